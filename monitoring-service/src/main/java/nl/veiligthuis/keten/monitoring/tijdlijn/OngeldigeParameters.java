package nl.veiligthuis.keten.monitoring.tijdlijn;

import java.util.List;
import nl.veiligthuis.keten.platform.web.OngeldigeInvoer;
import nl.veiligthuis.keten.platform.web.ProblemDetailsAdvice.InvalidParam;

/** Every invalid query parameter at once, as the platform's 400 lists the fields of a body. */
public final class OngeldigeParameters extends OngeldigeInvoer {

    private final List<InvalidParam> alle;

    public OngeldigeParameters(List<InvalidParam> alle) {
        super(alle.get(0).name(), alle.get(0).reason(), alle.get(0).code());
        this.alle = List.copyOf(alle);
    }

    @Override
    public List<InvalidParam> invalidParams() {
        return alle;
    }
}
