package nl.veiligthuis.keten.platform.axon;

import java.util.HashMap;
import java.util.Map;
import nl.veiligthuis.keten.platform.beveiliging.Beller;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;

/**
 * Puts the token's pseudonymous subject, organisation and role on every event a request's command causes (issue 13
 * point 3): the command is handled on the request's thread, where the caller is known. A command from a Kafka record
 * or a deadline has none.
 */
class HandelendeCorrelatie implements CorrelationDataProvider {

    @Override
    public Map<String, ?> correlationDataFor(Message<?> message) {
        return Beller.huidige().map(HandelendeCorrelatie::gegevens).orElseGet(Map::of);
    }

    private static Map<String, String> gegevens(Beller beller) {
        Map<String, String> gegevens = new HashMap<>();
        if (beller.subject() != null) {
            gegevens.put(AxonJdbcConfiguration.HANDELENDE, beller.subject());
        }
        if (beller.organisatie() != null) {
            gegevens.put(AxonJdbcConfiguration.HANDELENDE_ORGANISATIE, beller.organisatie());
        }
        gegevens.put(AxonJdbcConfiguration.HANDELENDE_ROL, beller.rol());
        return gegevens;
    }
}
