package nl.veiligthuis.keten.melding.bezorging;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import nl.veiligthuis.keten.melding.melding.Moment;
import nl.veiligthuis.keten.melding.terugkoppeling.Bezorgkanaal.BezorgingMislukt;
import nl.veiligthuis.keten.melding.terugkoppeling.Bezorgkanaal.BezorgingOnderbroken;
import nl.veiligthuis.keten.melding.terugkoppeling.Contactpersoon;
import nl.veiligthuis.keten.melding.terugkoppeling.Contactpersoonbron;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 14 point 5: asks triage-service, through the {@code dataref} the architecture gives every event
 * ("informatiearm notificeren"), whom the melder can call: {@code GET {url}/api/v1/triages/{meldingId}/contactpersoon},
 * admitted by the scope {@code terugkoppeling:contactpersoon} of the configured {@code Authorization}. 404: none known
 * (the letter goes without). No answer, or a 503 while triage-service's read model catches up, fails the attempt, so
 * the letter is tried again with its contact person; a refused token (401, 403) cannot be mended by asking again. The
 * round then sends the letter without (Bezorgronde): the contact person must never cost the melder the letter.
 */
class HttpContactpersoonbron implements Contactpersoonbron {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String basis;
    private final Duration timeout;
    private final String autorisatie;
    private final HttpClient http;

    HttpContactpersoonbron(URI url, Duration timeout, String autorisatie, boolean ontwikkelmodus) {
        HttpInstellingen.vereisHttps(url, ontwikkelmodus, "keten.terugkoppeling.contactpersoon.url",
                "het verzoek draagt een token");
        // the configured path prefix is kept; the resource is appended to it
        this.basis = url == null ? null : url.toString().replaceAll("/+$", "");
        this.timeout = timeout;
        this.autorisatie = HttpInstellingen.autorisatie(autorisatie);
        this.http = url == null ? null : HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    @Override
    public Optional<Contactpersoon> voor(String meldingId, Moment moment) {
        if (basis == null) {
            return Optional.empty();
        }
        HttpRequest.Builder verzoek = HttpRequest.newBuilder(URI.create(basis + "/api/v1/triages/" + meldingId
                        + "/contactpersoon?moment=" + moment.name()))
                .timeout(timeout).header("Accept", "application/json").GET();
        if (autorisatie != null) {
            verzoek.header("Authorization", autorisatie);
        }
        HttpResponse<byte[]> antwoord;
        try {
            antwoord = http.send(verzoek.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new BezorgingMislukt("contactpersoon: geen verbinding (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BezorgingOnderbroken();
        }
        int status = antwoord.statusCode();
        if (status == 404) {
            return Optional.empty();
        }
        if (status != 200) {
            // a refused token is this service's configuration: asking again does not mend it
            throw new BezorgingMislukt("contactpersoon: HTTP " + status, status != 401 && status != 403);
        }
        JsonNode persoon;
        try {
            persoon = JSON.readTree(antwoord.body());
        } catch (JacksonException e) {
            // a proxy's page or a cut-off answer: perhaps right again on the next attempt
            throw new BezorgingMislukt("contactpersoon: onleesbaar antwoord");
        }
        if (persoon == null || !persoon.isObject()) {
            throw new BezorgingMislukt("contactpersoon: onleesbaar antwoord");
        }
        String naam = persoon.path("naam").asString("");
        if (naam.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new Contactpersoon(enkeleRegel(naam), enkeleRegel(persoon.path("telefoon").asString(null)),
                enkeleRegel(persoon.path("organisatie").asString(null))));
    }

    /** A value for one line of the letter. */
    private static String enkeleRegel(String waarde) {
        return waarde == null ? null : waarde.replaceAll("[\\r\\n\\t]+", " ").strip();
    }
}
