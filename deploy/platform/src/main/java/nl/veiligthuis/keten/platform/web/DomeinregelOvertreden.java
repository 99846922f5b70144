package nl.veiligthuis.keten.platform.web;

/**
 * A command refused by a rule of the domain (R-number from docs/domain). Answered with 409 and the rule,
 * because the request was well-formed but the case is not in a state that allows it.
 */
public class DomeinregelOvertreden extends RuntimeException {

    private final String regel;

    public DomeinregelOvertreden(String regel, String message) {
        super(message);
        this.regel = regel;
    }

    public String regel() {
        return regel;
    }
}
