package nl.veiligthuis.keten.platform.messaging;

/** A record that is not a valid CloudEvent: never retried, parked on the dead-letter topic at once. */
public class OngeldigCloudEventException extends RuntimeException {

    public OngeldigCloudEventException(String message) {
        super(message);
    }
}
