package nl.veiligthuis.keten.platform.toegangslog;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import nl.veiligthuis.keten.platform.beveiliging.Beller;
import nl.veiligthuis.keten.platform.beveiliging.Toegangskenmerken;
import org.springframework.http.MediaType;
import org.springframework.http.server.RequestPath;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.ObjectMapper;

/**
 * Builds the access log's record of one request from what security, the handler and the answer left on it: the
 * operation and its path variables, the caller, and every gezin and person the request named or the answer showed.
 */
class Registratieopbouw {

    static final String GEZIN_ID = "gezinId";
    static final String PERSOON_ID = "persoonId";
    private static final int MAXIMALE_PADLENGTE = 300;

    private final String dienst;
    private final List<GezinOpzoeker> opzoekers;
    private final HandlerMapping operaties;
    private final Grondslagen grondslagen;
    private final ObjectMapper json;

    Registratieopbouw(String dienst, List<GezinOpzoeker> opzoekers, HandlerMapping operaties, Grondslagen grondslagen,
                      ObjectMapper json) {
        this.dienst = dienst;
        this.opzoekers = opzoekers;
        this.operaties = operaties;
        this.grondslagen = grondslagen;
        this.json = json;
    }

    Toegangsregistratie bouw(HttpServletRequest request, HttpServletResponse response, byte[] antwoord, int status,
                             Instant begin, Instant einde, Trace trace) {
        String patroon = operatie(request);
        Map<String, String> variabelen = padvariabelen(request);
        Set<String> gezinnen = new LinkedHashSet<>();
        Set<String> personen = new LinkedHashSet<>();
        List<String> objecten = new ArrayList<>();
        variabelen.forEach((naam, waarde) -> {
            objecten.add(naam + "=" + waarde);
            if (GEZIN_ID.equals(naam)) {
                gezinnen.add(waarde);
            } else if (PERSOON_ID.equals(naam)) {
                personen.add(waarde);
            }
            opzoekers.stream().filter(opzoeker -> opzoeker.parameter().equals(naam))
                    .forEach(opzoeker -> gezinnen.addAll(opzoeker.gezinnen().apply(waarde)));
        });
        // a list by gezin or person names them as a query parameter
        if (request.getParameter(GEZIN_ID) != null) {
            gezinnen.add(afgekapt(request.getParameter(GEZIN_ID)));
        }
        if (request.getParameter(PERSOON_ID) != null) {
            personen.add(afgekapt(request.getParameter(PERSOON_ID)));
        }
        if (patroon == null) {
            // no operation has this path: keep what was tried, as evidence of probing
            objecten.add("pad=" + afgekapt(request.getRequestURI()));
        }
        aangemaakt(response, objecten, gezinnen);
        if (status < 300 && isJson(response)) {
            uitAntwoord(antwoord, gezinnen, personen);
        }

        Jwt token = (Jwt) request.getAttribute(Toegangskenmerken.TOKEN);
        Beller beller = token == null ? null : Beller.uit(token);
        String acteur = token == null ? null : acteur(token);
        String noodtoegang = (String) request.getAttribute(Toegangskenmerken.NOODTOEGANG);
        String rol = beller == null ? null : beller.rol();
        return new Toegangsregistratie(UUID.randomUUID(), trace.traceId(), trace.spanId(), begin, einde, dienst,
                request.getMethod() + " " + (patroon == null ? "(geen operatie)" : patroon),
                Handeling.van(request.getMethod()),
                Uitkomst.van(status, request.getAttribute(Toegangskenmerken.BUITEN_WERKGEBIED) != null), status,
                beller == null ? null : acteur != null ? acteur : beller.subject(),
                acteur == null ? null : beller.subject(),
                beller == null ? null : beller.organisatie(),
                beller == null ? null : rolEnScopes(beller),
                grondslagen.voor(rol, noodtoegang), noodtoegang, List.copyOf(gezinnen), List.copyOf(personen),
                objecten);
    }

    private static String rolEnScopes(Beller beller) {
        if (beller.scopes().isEmpty()) {
            return beller.rol();
        }
        return beller.rol() + " " + String.join(" ", beller.scopes().stream().sorted().toList());
    }

    /**
     * The operation's path pattern. A request that security refused never reached its handler, so the handler
     * mapping is asked here for the operation it would have been.
     */
    private String operatie(HttpServletRequest request) {
        Object patroon = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        if (patroon == null && operaties != null) {
            RequestPath vorige = ServletRequestPathUtils.hasParsedRequestPath(request)
                    ? ServletRequestPathUtils.getParsedRequestPath(request) : null;
            try {
                ServletRequestPathUtils.parseAndCache(request);
                operaties.getHandler(request);
            } catch (Exception geenOperatie) {
                // an unknown path, or a method this path does not have
            } finally {
                ServletRequestPathUtils.setParsedRequestPath(vorige, request);
            }
            patroon = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        }
        return patroon == null ? null : patroon.toString();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> padvariabelen(HttpServletRequest request) {
        Object variabelen = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        return variabelen == null ? Map.of() : new TreeMap<>((Map<String, String>) variabelen);
    }

    /** What a POST created, and its gezin where a service says how to find it. */
    private void aangemaakt(HttpServletResponse response, List<String> objecten, Set<String> gezinnen) {
        String locatie = response.getHeader("Location");
        if (locatie == null) {
            return;
        }
        String pad = URI.create(locatie).getPath();
        objecten.add("aangemaakt=" + afgekapt(pad));
        for (GezinOpzoeker opzoeker : opzoekers) {
            if (opzoeker.locatie() != null && pad.startsWith(opzoeker.locatie())) {
                String id = pad.substring(opzoeker.locatie().length());
                if (!id.isEmpty() && id.indexOf('/') < 0) {
                    gezinnen.addAll(opzoeker.gezinnen().apply(id));
                }
            }
        }
    }

    /** Every gezin and person id the answer showed, at any depth: a worklist names many. */
    private void uitAntwoord(byte[] antwoord, Set<String> gezinnen, Set<String> personen) {
        if (antwoord.length == 0) {
            return;
        }
        try (JsonParser parser = json.createParser(antwoord)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.VALUE_STRING) {
                    String naam = parser.currentName();
                    if (GEZIN_ID.equals(naam)) {
                        gezinnen.add(parser.getString());
                    } else if (PERSOON_ID.equals(naam)) {
                        personen.add(parser.getString());
                    }
                }
            }
        }
    }

    private static boolean isJson(HttpServletResponse response) {
        String type = response.getContentType();
        try {
            return type != null && MediaType.parseMediaType(type).isCompatibleWith(MediaType.APPLICATION_JSON);
        } catch (IllegalArgumentException onleesbaar) {
            return false;
        }
    }

    /** RFC 8693 delegation: {@code act.sub} acted on behalf of the token's subject. */
    private static String acteur(Jwt token) {
        return token.getClaims().get("act") instanceof Map<?, ?> act && act.get("sub") instanceof String acteur
                ? acteur : null;
    }

    private static String afgekapt(String pad) {
        return pad.length() <= MAXIMALE_PADLENGTE ? pad : pad.substring(0, MAXIMALE_PADLENGTE);
    }
}
