package nl.veiligthuis.keten.platform.toegangslog;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.veiligthuis.keten.platform.beveiliging.Beller;
import nl.veiligthuis.keten.platform.beveiliging.Toegangskenmerken;
import nl.veiligthuis.keten.platform.web.Pseudoniem;
import org.springframework.http.MediaType;
import org.springframework.http.server.RequestPath;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import tools.jackson.core.JacksonException;
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
    private static final int MAXIMALE_LENGTE = 300;
    private static final Pattern STUURTEKENS = Pattern.compile("\\p{Cntrl}");

    private final String dienst;
    private final List<GezinOpzoeker> opzoekers;
    private final List<PersoonOpzoeker> persoonOpzoekers;
    private final HandlerMapping operaties;
    private final Grondslagen grondslagen;
    private final ObjectMapper json;

    Registratieopbouw(String dienst, List<GezinOpzoeker> opzoekers, List<PersoonOpzoeker> persoonOpzoekers,
                      HandlerMapping operaties, Grondslagen grondslagen, ObjectMapper json) {
        this.dienst = dienst;
        this.opzoekers = opzoekers;
        this.persoonOpzoekers = persoonOpzoekers;
        this.operaties = operaties;
        this.grondslagen = grondslagen;
        this.json = json;
    }

    Toegangsregistratie bouw(HttpServletRequest request, byte[] verzoek, HttpServletResponse response, byte[] antwoord,
                             int status, Instant begin, Instant einde, Trace trace) {
        String patroon = operatie(request);
        Map<String, String> variabelen = padvariabelen(request);
        Jwt token = (Jwt) request.getAttribute(Toegangskenmerken.TOKEN);
        Set<String> gezinnen = new LinkedHashSet<>();
        Set<String> personen = new LinkedHashSet<>();
        List<String> objecten = new ArrayList<>();
        variabelen.forEach((naam, ruw) -> {
            String waarde = schoon(ruw);
            objecten.add(naam + "=" + waarde);
            if (GEZIN_ID.equals(naam)) {
                gezinnen.add(waarde);
            } else if (PERSOON_ID.equals(naam)) {
                personen.add(waarde);
            }
            // an anonymous probe is recorded with what it named, without a query per request it sends
            if (token != null) {
                opzoekers.stream().filter(opzoeker -> opzoeker.parameter().equals(naam))
                        .forEach(opzoeker -> gezinnen.addAll(opzoeker.gezinnen().apply(ruw)));
                persoonOpzoekers.stream().filter(opzoeker -> opzoeker.parameter().equals(naam))
                        .forEach(opzoeker -> personen.addAll(opzoeker.personen().apply(ruw)));
            }
        });
        // a list by gezin or person names them as a query parameter
        if (request.getParameter(GEZIN_ID) != null) {
            gezinnen.add(schoon(request.getParameter(GEZIN_ID)));
        }
        if (request.getParameter(PERSOON_ID) != null) {
            personen.add(schoon(request.getParameter(PERSOON_ID)));
        }
        if (patroon == null) {
            // no operation has this path: keep what was tried, as evidence of probing
            objecten.add("pad=" + schoon(request.getRequestURI()));
        }
        aangemaakt(response, objecten, gezinnen);
        if (token != null && isJson(request.getContentType())) {
            // the body is the caller's input, checked or not: only what has the form of the chain's ids is taken
            ids(verzoek, gezinnen, personen, true);
        }
        if (status < 300 && isJson(response.getContentType())) {
            ids(antwoord, gezinnen, personen, false);
        }
        if (request.getAttribute(Toegangskenmerken.GEZINNEN) instanceof Collection<?> getoond) {
            getoond.forEach(gezinId -> gezinnen.add(schoon(String.valueOf(gezinId))));
        }

        Beller beller = token == null ? null : Beller.uit(token);
        String acteur = token == null ? null : acteur(token);
        String noodtoegang = (String) request.getAttribute(Toegangskenmerken.NOODTOEGANG);
        return new Toegangsregistratie(UUID.randomUUID(), trace.traceId(), trace.spanId(), begin, einde, dienst,
                request.getMethod() + " " + (patroon == null ? "(geen operatie)" : patroon),
                Handeling.van(request.getMethod()),
                Uitkomst.van(status, request.getAttribute(Toegangskenmerken.BUITEN_WERKGEBIED) != null), status,
                beller == null ? null : schoon(acteur != null ? acteur : beller.subject()),
                acteur == null ? null : schoon(beller.subject()),
                beller == null ? null : schoon(beller.organisatie()),
                beller == null ? null : schoon(rolEnScopes(beller)),
                grondslagen.voor(beller == null ? null : rolEnScopes(beller), noodtoegang),
                noodtoegang == null ? null : schoon(noodtoegang),
                List.copyOf(gezinnen), List.copyOf(personen),
                objecten);
    }

    /** The role, its scopes and, for a professional of one team, {@code team=<team>}: what the caller acted as. */
    private static String rolEnScopes(Beller beller) {
        StringBuilder rol = new StringBuilder(beller.rol());
        beller.scopes().stream().sorted().forEach(scope -> rol.append(' ').append(scope));
        if (beller.team() != null) {
            rol.append(" team=").append(beller.team());
        }
        return rol.toString();
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
        objecten.add("aangemaakt=" + schoon(pad));
        for (GezinOpzoeker opzoeker : opzoekers) {
            if (opzoeker.locatie() != null && pad.startsWith(opzoeker.locatie())) {
                String id = pad.substring(opzoeker.locatie().length());
                if (!id.isEmpty() && id.indexOf('/') < 0) {
                    gezinnen.addAll(opzoeker.gezinnen().apply(id));
                }
            }
        }
    }

    /**
     * Every gezin and person id a body names, at any depth (a worklist names many): a text field whose name ends in
     * {@code gezinId} or {@code persoonId} ({@code vorigGezinId} too), and the texts of a {@code gezinIds} or
     * {@code persoonIds} list. Of a request body only UUIDs, the form of the chain's ids, so that no name typed into
     * such a field ends up in the log that is never erased; one that is no JSON names nothing.
     */
    private void ids(byte[] inhoud, Set<String> gezinnen, Set<String> personen, boolean alleenUuid) {
        if (inhoud.length == 0) {
            return;
        }
        try {
            leesIds(inhoud, gezinnen, personen, alleenUuid);
        } catch (JacksonException onleesbaar) {
            // what was read until then stands
        }
    }

    private void leesIds(byte[] inhoud, Set<String> gezinnen, Set<String> personen, boolean alleenUuid) {
        try (JsonParser parser = json.createParser(inhoud)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token != JsonToken.VALUE_STRING) {
                    continue;
                }
                String naam = parser.streamReadContext().inArray()
                        ? parser.streamReadContext().getParent().currentName() : parser.currentName();
                if (naam == null) {
                    continue;
                }
                String soort = naam.toLowerCase(Locale.ROOT);
                if (alleenUuid && !Pseudoniem.is(parser.getString())) {
                    continue;
                }
                if (soort.endsWith("gezinid") || soort.equals("gezinids")) {
                    gezinnen.add(schoon(parser.getString()));
                } else if (soort.endsWith("persoonid") || soort.equals("persoonids")) {
                    personen.add(schoon(parser.getString()));
                }
            }
        }
    }

    private static boolean isJson(String type) {
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

    /** The caller's input as the log keeps it: without control characters (PostgreSQL refuses NUL), cut to length. */
    static String schoon(String waarde) {
        String zonder = STUURTEKENS.matcher(waarde).replaceAll("");
        return zonder.length() <= MAXIMALE_LENGTE ? zonder : zonder.substring(0, MAXIMALE_LENGTE);
    }
}
