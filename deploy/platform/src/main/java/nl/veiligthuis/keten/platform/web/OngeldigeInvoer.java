package nl.veiligthuis.keten.platform.web;

import java.util.List;
import nl.veiligthuis.keten.platform.web.ProblemDetailsAdvice.InvalidParam;

/** Invalid input found after bean validation (e.g. against the clock); answered as a 400 like any other. */
public class OngeldigeInvoer extends RuntimeException {

    private final List<InvalidParam> invalidParams;

    public OngeldigeInvoer(String veld, String reden, String code) {
        super(veld + ": " + reden);
        this.invalidParams = List.of(new InvalidParam(veld, reden, code));
    }

    public OngeldigeInvoer(List<InvalidParam> invalidParams) {
        super(invalidParams.size() + " ongeldige velden");
        this.invalidParams = List.copyOf(invalidParams);
    }

    public List<InvalidParam> invalidParams() {
        return invalidParams;
    }
}
