package nl.veiligthuis.keten.platform.web;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.veiligthuis.keten.platform.domein.DomeinregelDetails;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.databind.DatabindException;

/**
 * RFC 9457 problem details for every refusal. A 400 lists all invalid fields at once in
 * {@code invalidParams} (name, reason, code), as the API Design Rules ask.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice {

    static final String RETRY_AFTER_SECONDEN = "1";
    private static final Logger LOG = LoggerFactory.getLogger(ProblemDetailsAdvice.class);
    private static final int FRAMES = 8;

    public record InvalidParam(String name, String reason, String code) {
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    public ProblemDetail ongeldigeVelden(MethodArgumentNotValidException exception) {
        List<InvalidParam> invalid = new ArrayList<>();
        for (FieldError error : exception.getBindingResult().getFieldErrors()) {
            invalid.add(new InvalidParam(error.getField(), error.getDefaultMessage(), error.getCode()));
        }
        exception.getBindingResult().getGlobalErrors().forEach(error ->
                invalid.add(new InvalidParam(error.getObjectName(), error.getDefaultMessage(), error.getCode())));
        invalid.sort(Comparator.comparing(InvalidParam::name));
        return ongeldig(invalid);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    public ResponseEntity<ProblemDetail> onleesbaar(HttpMessageNotReadableException exception) {
        for (Throwable oorzaak = exception; oorzaak != null; oorzaak = oorzaak.getCause()) {
            if (oorzaak instanceof MaximaleOmvangFilter.TeGroot teGroot) {
                return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                        .body(MaximaleOmvangFilter.teGroot(teGroot.maximum()));
            }
        }
        String veld = "body";
        if (exception.getCause() instanceof DatabindException databind && !databind.getPath().isEmpty()) {
            veld = pad(databind);
        }
        return ResponseEntity.badRequest().body(ongeldig(List.of(new InvalidParam(veld,
                "waarde kan niet gelezen worden (verkeerd type, onbekende waarde of geen geldige JSON)", "onleesbaar"))));
    }

    /** A path no operation has: problem+json like every other answer, not the framework's default error body. */
    @ExceptionHandler(NoResourceFoundException.class)
    public ProblemDetail geenOperatie(NoResourceFoundException exception) {
        return probleem(HttpStatus.NOT_FOUND, "Niet gevonden", "Dit pad is geen operatie van deze dienst.", Map.of());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    public ResponseEntity<ProblemDetail> verkeerdeMethode(HttpRequestMethodNotSupportedException exception) {
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).body(probleem(HttpStatus.METHOD_NOT_ALLOWED,
                "Methode niet toegestaan", "Deze operatie kent de methode " + exception.getMethod() + " niet.",
                Map.of()));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    public ResponseEntity<ProblemDetail> verkeerdType(HttpMediaTypeNotSupportedException exception) {
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).body(probleem(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Verkeerd type", "Deze operatie leest alleen application/json.",
                Map.of()));
    }

    @ExceptionHandler(OngeldigeInvoer.class)
    public ProblemDetail ongeldigeInvoer(OngeldigeInvoer exception) {
        return ongeldig(exception.invalidParams());
    }

    @ExceptionHandler({NietGevonden.class, AggregateNotFoundException.class})
    public ProblemDetail nietGevonden(RuntimeException exception) {
        return probleem(HttpStatus.NOT_FOUND, "Niet gevonden", exception.getMessage(), Map.of());
    }

    @ExceptionHandler(CommandExecutionException.class)
    public ProblemDetail commandoGeweigerd(CommandExecutionException exception) {
        Object details = exception.getDetails().orElse(null);
        if (details instanceof DomeinregelDetails regel) {
            return probleem(HttpStatus.CONFLICT, "Domeinregel overtreden", exception.getMessage(),
                    Map.of("regel", regel.regel()));
        }
        return onverwachtProbleem(exception);
    }

    /**
     * Whatever no other handler answers: 500 problem+json that says nothing of the cause, whose message may hold a
     * family's data, and a kenmerk under which the log has the exception's classes and where it arose, without its
     * messages. Spring's own exceptions keep the status Spring gives them.
     */
    @ExceptionHandler(Exception.class)
    public ProblemDetail onverwacht(Exception exception) throws Exception {
        // Spring's own and a client gone (a broken pipe): as before, not an error of this service's making
        if (exception instanceof ErrorResponse || exception instanceof TypeMismatchException
                || exception instanceof BindException || exception instanceof IOException
                || AnnotatedElementUtils.hasAnnotation(exception.getClass(), ResponseStatus.class)) {
            throw exception;
        }
        return onverwachtProbleem(exception);
    }

    private static ProblemDetail onverwachtProbleem(Throwable exception) {
        String kenmerk = UUID.randomUUID().toString();
        StringBuilder spoor = new StringBuilder();
        for (Throwable oorzaak = exception; oorzaak != null; oorzaak = oorzaak.getCause()) {
            spoor.append(spoor.isEmpty() ? "" : " <- ").append(oorzaak.getClass().getName());
            StackTraceElement[] frames = oorzaak.getStackTrace();
            for (int i = 0; i < Math.min(FRAMES, frames.length); i++) {
                spoor.append("\n\tat ").append(frames[i]);
            }
        }
        LOG.error("Unexpected error, kenmerk {}: {}", kenmerk, spoor);
        return probleem(HttpStatus.INTERNAL_SERVER_ERROR, "Onverwachte fout",
                "Er ging onverwacht iets mis; noem de beheerder het kenmerk.", Map.of("kenmerk", kenmerk));
    }

    /**
     * Two requests changed the same aggregate at once and this one lost: nothing of it was stored, and the same
     * request succeeds when it is sent again.
     */
    @ExceptionHandler(ConcurrencyException.class)
    public ResponseEntity<ProblemDetail> gelijktijdigGewijzigd(ConcurrencyException exception) {
        return opnieuwProberen(HttpStatus.CONFLICT, "Gelijktijdig gewijzigd",
                "een ander verzoek wijzigde dit op hetzelfde moment; er is niets vastgelegd, stuur het verzoek opnieuw");
    }

    /** The service is saturated (no database connection within the pool's timeout): refuse quickly, never hang. */
    @ExceptionHandler({CannotGetJdbcConnectionException.class, CannotCreateTransactionException.class,
            TransientDataAccessResourceException.class})
    public ResponseEntity<ProblemDetail> overbelast(RuntimeException exception) {
        return opnieuwProberen(HttpStatus.SERVICE_UNAVAILABLE, "Tijdelijk overbelast",
                "de dienst is overbelast; er is niets vastgelegd, stuur het verzoek opnieuw na Retry-After seconden");
    }

    static ResponseEntity<ProblemDetail> opnieuwProberen(HttpStatus status, String title, String detail) {
        return ResponseEntity.status(status).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDEN)
                .body(probleem(status, title, detail, Map.of()));
    }

    static ProblemDetail ongeldig(List<InvalidParam> invalid) {
        return probleem(HttpStatus.BAD_REQUEST, "Ongeldige invoer",
                "Een of meer velden zijn ongeldig; er is niets gewijzigd.", Map.of("invalidParams", invalid));
    }

    private static String pad(DatabindException exception) {
        StringBuilder pad = new StringBuilder();
        for (var reference : exception.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!pad.isEmpty()) {
                    pad.append('.');
                }
                pad.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                pad.append('[').append(reference.getIndex()).append(']');
            }
        }
        return pad.isEmpty() ? "body" : pad.toString();
    }

    static ProblemDetail probleem(HttpStatus status, String title, String detail, Map<String, Object> extra) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(URI.create("about:blank"));
        extra.forEach(problem::setProperty);
        return problem;
    }
}
