package nl.veiligthuis.keten.platform.web;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import java.util.Arrays;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;

/** Documents the optional {@code Idempotency-Key} header on every POST operation ({@link IdempotencyFilter}). */
public class IdempotencyKeyParameter implements OperationCustomizer {

    static final String BESCHRIJVING = """
            Optionele sleutel van de client (1-255 afdrukbare ASCII-tekens) waarmee een POST veilig herhaald kan \
            worden. Een herhaling met dezelfde sleutel en dezelfde body binnen 24 uur krijgt het eerste geslaagde \
            antwoord terug, met header `Idempotency-Replayed: true`, en maakt niets nieuws aan. Dezelfde sleutel \
            met een andere body geeft 422; zolang het eerste verzoek nog loopt geeft een herhaling 409. \
            Een geweigerd of mislukt verzoek wordt niet bewaard, zodat een verbeterde herhaling kan slagen.""";

    @Override
    public Operation customize(Operation operation, HandlerMethod handlerMethod) {
        if (isPost(handlerMethod) && !heeftAl(operation)) {
            operation.addParametersItem(new HeaderParameter()
                    .name(IdempotencyKey.HEADER)
                    .required(false)
                    .description(BESCHRIJVING)
                    .example("7d9f1c2e-5b4a-4c3d-8e2f-1a0b9c8d7e6f")
                    .schema(new StringSchema().minLength(1).maxLength(IdempotencyKey.MAX_LENGTE)
                            .pattern("^[\\x20-\\x7E]+$")));
        }
        return operation;
    }

    private static boolean isPost(HandlerMethod handlerMethod) {
        RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(handlerMethod.getMethod(),
                RequestMapping.class);
        return mapping != null && Arrays.asList(mapping.method()).contains(RequestMethod.POST);
    }

    private static boolean heeftAl(Operation operation) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(parameter -> IdempotencyKey.HEADER.equalsIgnoreCase(parameter.getName()));
    }
}
