package nl.veiligthuis.keten.platform.axon;

import java.util.Optional;
import org.axonframework.messaging.Message;

/**
 * Who acted, as the token named them when their request caused an event (issue 13 point 3): its pseudonymous subject,
 * organisation and role, from the event's metadata. Empty for an event a system caused, or one stored before the
 * organisation and role were recorded.
 */
public record Handelende(String subject, String organisatie, String rol) {

    public static Optional<Handelende> van(Message<?> bericht) {
        Object organisatie = bericht.getMetaData().get(AxonJdbcConfiguration.HANDELENDE_ORGANISATIE);
        Object rol = bericht.getMetaData().get(AxonJdbcConfiguration.HANDELENDE_ROL);
        if (organisatie == null || rol == null) {
            return Optional.empty();
        }
        Object subject = bericht.getMetaData().get(AxonJdbcConfiguration.HANDELENDE);
        return Optional.of(new Handelende(subject == null ? null : subject.toString(), organisatie.toString(),
                rol.toString()));
    }
}
