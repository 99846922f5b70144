package nl.veiligthuis.keten.platform.beveiliging;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import nl.veiligthuis.keten.platform.web.NietGevonden;
import nl.veiligthuis.keten.platform.web.OngeldigeInvoer;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.UrlPathHelper;

/**
 * The data-level half of authorisation (issue 13 point 2): a Veilig Thuis medewerker, wijkteammedewerker or teamleider
 * sees only objects their own organisation holds, as the service's {@link OrganisatieOpzoeker}s say for each path
 * variable of the request (and a worklist's {@code regio} or {@code gemeente}). What lies outside gets the same 404 as
 * what does not exist, so the answer reveals nothing; for a scoped caller that 404 comes before the body's validation. The inspecteur and the beheerder are bounded by their role's rules alone; an organisation that
 * only registers involvement (R18) by its controller.
 */
class WerkgebiedControle implements HandlerInterceptor {

    private static final int MINIMALE_REDEN = 10;
    private static final int MAXIMALE_REDEN = 500;

    private final List<OrganisatieOpzoeker> opzoekers;

    WerkgebiedControle(List<OrganisatieOpzoeker> opzoekers) {
        this.opzoekers = opzoekers;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (opzoekers.isEmpty()
                || !(SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token)) {
            return true;
        }
        Beller beller = Beller.uit(token.getToken());
        if (!beller.isBegrensd()) {
            return true;
        }
        String reden = noodtoegangsreden(request, beller);
        @SuppressWarnings("unchecked")
        Map<String, String> padvariabelen = (Map<String, String>) request.getAttribute(
                HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        // decoded, as MVC matched it: /api/v1/werkvoorr%61ad is the worklist too
        String pad = UrlPathHelper.defaultInstance.getPathWithinApplication(request);
        for (OrganisatieOpzoeker opzoeker : opzoekers) {
            if (!opzoeker.geldtOp(pad)) {
                continue;
            }
            String waarde = padvariabelen == null ? null : padvariabelen.get(opzoeker.parameter());
            boolean opPad = waarde != null;
            // a query parameter only where it names whose list it is (a worklist's regio); a list by gezin is
            // filtered by its controller, so that outside the werkgebied it is the empty list of an unknown gezin
            if (waarde == null && opzoeker.alleenOp() != null) {
                waarde = request.getParameter(opzoeker.parameter());
            }
            if (waarde != null && opzoeker.buiten(beller, waarde)) {
                if (opPad && reden != null) {
                    // emergency access opens the one object a path names, never another organisation's list
                    request.setAttribute(Toegangskenmerken.NOODTOEGANG, reden);
                    continue;
                }
                // one answer for "unknown" and "not yours"; the access log knows the difference
                request.setAttribute(Toegangskenmerken.BUITEN_WERKGEBIED, opzoeker.parameter());
                throw new NietGevonden(opzoeker.parameter() + " " + waarde + " is niet bekend");
            }
        }
        return true;
    }

    /**
     * Emergency access ("break the glass", NEN 7513): a Veilig Thuis medewerker, who answers crises day and night, may
     * read an object outside their regio by giving the reason in the {@code Noodtoegang} header. The access log
     * records the reason with the access, for the review that must follow; only where it opened something. It opens
     * reading only, and only the objects a path names.
     *
     * @return the reason, or {@code null} when none was asked
     */
    private static String noodtoegangsreden(HttpServletRequest request, Beller beller) {
        String reden = request.getHeader(Toegangskenmerken.NOODTOEGANG_HEADER);
        if (reden == null) {
            return null;
        }
        if (!beller.heeftRol(Rol.VEILIG_THUIS_MEDEWERKER) || !"GET".equals(request.getMethod())) {
            throw new OngeldigeInvoer(Toegangskenmerken.NOODTOEGANG_HEADER,
                    "alleen een Veilig Thuis medewerker kan noodtoegang vragen, en alleen om te lezen",
                    "NOODTOEGANG_NIET_TOEGESTAAN");
        }
        String getrimd = reden.strip();
        if (getrimd.length() < MINIMALE_REDEN || getrimd.length() > MAXIMALE_REDEN) {
            throw new OngeldigeInvoer(Toegangskenmerken.NOODTOEGANG_HEADER,
                    "geef de reden voor noodtoegang in " + MINIMALE_REDEN + " tot " + MAXIMALE_REDEN + " tekens",
                    "NOODTOEGANG_REDEN");
        }
        return getrimd;
    }
}
