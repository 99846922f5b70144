package nl.veiligthuis.keten.melding;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * R6, issue 14 point 5: a real HTTP endpoint standing in for VT's mail gateway in the tests. It keeps every letter it
 * accepted with its Idempotency-Key, answers 503 to a melding's first letters when told to, so retries can be seen to
 * work, and 422 to a melding's letters when told to refuse them.
 */
public final class Postbus {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Postbus INSTANTIE = new Postbus();

    /** A letter as it arrived: its body and the Idempotency-Key header. */
    public record Brief(JsonNode inhoud, String idempotencyKey) {
    }

    private final HttpServer server;
    private final List<Brief> ontvangen = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> storingen = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> aanbiedingen = new ConcurrentHashMap<>();
    private final java.util.Set<String> geweigerd = ConcurrentHashMap.newKeySet();
    private final Map<String, byte[]> contactpersonen = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> contactstoringen = new ConcurrentHashMap<>();
    private final java.util.Set<String> tokenGeweigerd = ConcurrentHashMap.newKeySet();
    private final java.util.Set<String> onleesbaar = ConcurrentHashMap.newKeySet();

    private Postbus() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/brieven", uitwisseling -> {
            JsonNode inhoud = JSON.readTree(uitwisseling.getRequestBody().readAllBytes());
            String meldingId = inhoud.path("meldingId").asString("");
            aanbiedingen.computeIfAbsent(meldingId, id -> new AtomicInteger()).incrementAndGet();
            AtomicInteger storing = storingen.get(meldingId);
            int status = geweigerd.contains(meldingId) ? 422
                    : storing != null && storing.getAndDecrement() > 0 ? 503 : 202;
            if (status == 202) {
                ontvangen.add(new Brief(inhoud, uitwisseling.getRequestHeaders().getFirst("Idempotency-Key")));
            }
            uitwisseling.sendResponseHeaders(status, -1);
            uitwisseling.close();
        });
        // issue 14 point 5: triage-service's contact person, as melding-service asks it at delivery
        server.createContext("/api/v1/triages/", uitwisseling -> {
            String[] delen = uitwisseling.getRequestURI().getPath().split("/");
            String meldingId = delen.length > 4 ? delen[4] : "";
            String autorisatie = uitwisseling.getRequestHeaders().getFirst("Authorization");
            AtomicInteger storing = contactstoringen.get(meldingId);
            byte[] persoon = contactpersonen.get(meldingId);
            int status = !CONTACTTOKEN.equals(autorisatie) || tokenGeweigerd.contains(meldingId) ? 401
                    : storing != null && storing.getAndDecrement() > 0 ? 503 : persoon == null ? 404 : 200;
            if (status == 200 && onleesbaar.contains(meldingId)) {
                persoon = "<html>Aanmelden bij de proxy</html>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
                uitwisseling.getResponseHeaders().add("Content-Type", "text/html");
                uitwisseling.sendResponseHeaders(200, persoon.length);
                uitwisseling.getResponseBody().write(persoon);
            } else if (status == 200) {
                uitwisseling.getResponseHeaders().add("Content-Type", "application/json");
                uitwisseling.sendResponseHeaders(200, persoon.length);
                uitwisseling.getResponseBody().write(persoon);
            } else {
                uitwisseling.sendResponseHeaders(status, -1);
            }
            uitwisseling.close();
        });
        server.start();
    }

    /** The Authorization melding-service must send for the contact person. */
    public static final String CONTACTTOKEN = "Bearer test-terugkoppeling-contactpersoon";

    /** Base URL for {@code keten.terugkoppeling.contactpersoon.url}. */
    public String basis() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** triage-service knows this contact person for the melding. */
    public void contactpersoonVoor(String meldingId, String naam, String telefoon, String organisatie) {
        contactpersonen.put(meldingId, JSON.writeValueAsBytes(Map.of("naam", naam, "telefoon", telefoon,
                "organisatie", organisatie, "rol", "TRIAGIST", "meldingId", meldingId)));
    }

    /** Every question for this melding's contact person is refused as if the token were wrong (401). */
    public void weigerTokenVoor(String meldingId) {
        tokenGeweigerd.add(meldingId);
    }

    /** Every question for this melding's contact person gets a 200 that is no JSON (a proxy's page). */
    public void onleesbaarVoor(String meldingId) {
        onleesbaar.add(meldingId);
    }

    /** The next {@code aantal} questions for this melding's contact person are answered 503. */
    public void contactstoringVoor(String meldingId, int aantal) {
        contactstoringen.put(meldingId, new AtomicInteger(aantal));
    }

    public static Postbus get() {
        return INSTANTIE;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/brieven";
    }

    /** The next {@code aantal} letters of this melding are answered 503. */
    public void storingVoor(String meldingId, int aantal) {
        storingen.put(meldingId, new AtomicInteger(aantal));
    }

    /** Every letter of this melding is refused as such (422): no retry mends that. */
    public void weigerVoor(String meldingId) {
        geweigerd.add(meldingId);
    }

    /** How many times a letter of this melding was offered, accepted or not. */
    public int aangeboden(String meldingId) {
        AtomicInteger aantal = aanbiedingen.get(meldingId);
        return aantal == null ? 0 : aantal.get();
    }

    public List<Brief> brievenVoor(String meldingId) {
        return ontvangen.stream().filter(brief -> meldingId.equals(brief.inhoud().path("meldingId").asString("")))
                .toList();
    }
}
