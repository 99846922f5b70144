package nl.veiligthuis.keten.platform.beveiliging;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * What authentication and authorisation decided about a request, kept as request attributes for the access log
 * (R20), which writes its record after Spring Security has cleared its context.
 */
public final class Toegangskenmerken {

    /** The caller's verified {@link org.springframework.security.oauth2.jwt.Jwt}, absent without a valid token. */
    public static final String TOKEN = Toegangskenmerken.class.getName() + ".token";

    /** Present when the object lies outside the caller's werkgebied: answered as unknown, logged as refused. */
    public static final String BUITEN_WERKGEBIED = Toegangskenmerken.class.getName() + ".buitenWerkgebied";

    /** The reason given for emergency access, present when it opened the object to the caller. */
    public static final String NOODTOEGANG = Toegangskenmerken.class.getName() + ".noodtoegang";

    /**
     * The gezinnen a controller showed or refused beyond what the path and a JSON answer name: the gezinnen of a CSV
     * export, or the gezin of a list a controller filtered to nothing outside the werkgebied; a collection of ids.
     */
    public static final String GEZINNEN = Toegangskenmerken.class.getName() + ".gezinnen";

    /** The request header that asks for emergency access and says why. */
    public static final String NOODTOEGANG_HEADER = "Noodtoegang";

    private Toegangskenmerken() {
    }

    /** Records that the parameter named another organisation's or team's list, which the controller refuses. */
    public static void buitenWerkgebiedOp(String parameter) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes verzoek) {
            verzoek.getRequest().setAttribute(BUITEN_WERKGEBIED, parameter);
        }
    }

    /** Records that a controller answered as for an unknown gezin because it lies outside the caller's werkgebied. */
    public static void buitenWerkgebied(String gezinId) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes verzoek) {
            verzoek.getRequest().setAttribute(BUITEN_WERKGEBIED, "gezinId");
            toonde(List.of(gezinId));
        }
    }

    /** Records the gezinnen a controller showed that no JSON answer names, such as those of a CSV export. */
    public static void toonde(Collection<String> gezinIds) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes verzoek) {
            @SuppressWarnings("unchecked")
            Collection<String> al = (Collection<String>) verzoek.getRequest().getAttribute(GEZINNEN);
            List<String> samen = new ArrayList<>(al == null ? List.of() : al);
            samen.addAll(gezinIds);
            verzoek.getRequest().setAttribute(GEZINNEN, samen);
        }
    }
}
