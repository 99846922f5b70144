package nl.veiligthuis.keten.testinfra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import nl.veiligthuis.keten.embedded.DevToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The access matrix of a service (issue 13 point 2): every operation its OpenAPI document publishes, called without a
 * token and as every kind of caller, against the expected table the test writes down. An operation in the document
 * that the table does not name fails, so a new operation cannot go without a rule; an operation the table names that
 * the document lacks fails too.
 *
 * <p>The table has one line per operation: method, path template as in the document, then who may call it:
 * {@code VT} (Veilig Thuis medewerker), {@code WT} (wijkteammedewerker), {@code TL} (teamleider), {@code INS}
 * (inspecteur), {@code BEH} (beheerder), {@code ORG} (an organisation that only registers involvement, R18),
 * {@code MELD} and {@code ADV} (a partner system with scope {@code meldingen:indienen} or {@code adviesvragen:indienen}),
 * {@code TKP} (melding-service with scope {@code terugkoppeling:contactpersoon}, issue 14 point 5),
 * or {@code -} for nobody. A caller in the list must not get 401 or 403; any other caller must get 403; no token 401.
 * Path variables are filled with fresh UUIDs and a POST carries {@code {}}, so an admitted call finds nothing or is
 * refused as invalid input and changes nothing.
 */
public final class Toegangsmatrix {

    /**
     * The platform's endpoints, in every service: the operator's for the beheerder only; the access log (R20) for the
     * inspecteur, whether its chain is intact also for the beheerder.
     */
    public static final String PLATFORM = """
            GET  /api/v1/beheer/geparkeerde-berichten                                   BEH
            POST /api/v1/beheer/geparkeerde-berichten/{topic}/{partitie}/{offset}/herhaling BEH
            POST /api/v1/beheer/projecties/{naam}/herbouw                               BEH
            GET  /api/v1/beheer/projecties/{naam}/herbouw/{herbouwId}                   BEH
            POST /api/v1/beheer/wissingen                                               BEH
            GET  /api/v1/toegangslog                                                    INS
            GET  /api/v1/toegangslog/keten                                              INS
            GET  /api/v1/toegangslog/logboek-dataverwerkingen                           INS
            GET  /api/v1/toegangslog/verificatie                                        INS BEH
            """.strip() + "\n"; // not a constant: a constant is copied into each service's test class when it compiles

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, String> BELLERS = bellers();

    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;

    public Toegangsmatrix(int port) {
        this.port = port;
    }

    private static Map<String, String> bellers() {
        Map<String, String> bellers = new LinkedHashMap<>();
        bellers.put("VT", Testtokens.vtMedewerker());
        bellers.put("WT", Testtokens.wijkteammedewerker());
        bellers.put("TL", Testtokens.teamleider());
        bellers.put("INS", Testtokens.inspecteur());
        bellers.put("BEH", Testtokens.beheerder());
        bellers.put("ORG", DevToken.voor("Basisschool De Regenboog", "SCHOOL", "test-school-1"));
        bellers.put("MELD", Testtokens.partnersysteem("Politie Eenheid Rotterdam", "meldingen:indienen"));
        bellers.put("ADV", Testtokens.partnersysteem("Huisartsenpraktijk Vlaardingen", "adviesvragen:indienen"));
        bellers.put("TKP", Testtokens.partnersysteem("Veilig Thuis Keten melding-service",
                "terugkoppeling:contactpersoon"));
        return bellers;
    }

    /** Checks every published operation against {@code tabel}; reports every deviation at once. */
    public void toets(String tabel) throws Exception {
        Map<String, Set<String>> verwacht = lees(tabel);
        HttpResponse<String> document = stuur("GET", "/api/v1/openapi.json", null);
        assertThat(document.statusCode()).as("the OpenAPI document answers without a token").isEqualTo(200);
        Map<String, Set<String>> gepubliceerd = new TreeMap<>();
        JSON.readTree(document.body()).get("paths").properties().forEach(pad -> pad.getValue().properties()
                .forEach(operatie -> gepubliceerd.put(operatie.getKey().toUpperCase() + " " + pad.getKey(), Set.of())));
        assertThat(verwacht.keySet()).as("every published operation has exactly one line in the access table")
                .containsExactlyInAnyOrderElementsOf(gepubliceerd.keySet());

        List<String> afwijkingen = new ArrayList<>();
        for (Map.Entry<String, Set<String>> operatie : verwacht.entrySet()) {
            String methode = operatie.getKey().substring(0, operatie.getKey().indexOf(' '));
            String pad = operatie.getKey().substring(methode.length() + 1).replaceAll("\\{[^}]+}",
                    UUID.randomUUID().toString());
            int zonder = stuur(methode, pad, null).statusCode();
            if (zonder != 401) {
                afwijkingen.add(operatie.getKey() + " without a token: " + zonder + ", expected 401");
            }
            for (Map.Entry<String, String> beller : BELLERS.entrySet()) {
                int status = stuur(methode, pad, beller.getValue()).statusCode();
                boolean toegelaten = operatie.getValue().contains(beller.getKey());
                if (toegelaten && (status == 401 || status == 403) || !toegelaten && status != 403) {
                    afwijkingen.add(operatie.getKey() + " as " + beller.getKey() + ": " + status + ", expected "
                            + (toegelaten ? "admitted" : "403"));
                }
            }
        }
        assertThat(afwijkingen).as("deviations from the access table").isEmpty();
    }

    /** The actuator: health for everyone, the rest (metrics) for the beheerder only. */
    public void toetsActuator() throws Exception {
        assertThat(stuur("GET", "/actuator/health", null).statusCode()).isEqualTo(200);
        assertThat(stuur("GET", "/actuator/health/readiness", null).statusCode()).isEqualTo(200);
        assertThat(stuur("GET", "/actuator/prometheus", null).statusCode()).isEqualTo(401);
        assertThat(stuur("GET", "/actuator/prometheus", Testtokens.vtMedewerker()).statusCode()).isEqualTo(403);
        assertThat(stuur("GET", "/actuator/prometheus", Testtokens.beheerder()).statusCode()).isEqualTo(200);
    }

    /**
     * A request as this caller, on a service at {@code port}: {@code body} as JSON, or none.
     */
    public static HttpResponse<String> als(int port, String token, String methode, String pad, String body)
            throws IOException, InterruptedException {
        var verzoek = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pad))
                .header("Authorization", Testtokens.bearer(token)).header("Content-Type", "application/json")
                .method(methode, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        return HttpClient.newHttpClient().send(verzoek.build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * R20: the gezin's access log, read as the inspecteur, names an attempt on {@code verwerking} by {@code organisatie}
     * with this outcome (for example {@code BUITEN_WERKGEBIED}): the service found the gezin of the object the path
     * named, even for a request it refused.
     */
    public static void assertGelogd(int port, String gezinId, String verwerking, String organisatie, String uitkomst)
            throws IOException, InterruptedException {
        HttpResponse<String> log = als(port, Testtokens.inspecteur(), "GET", "/api/v1/toegangslog?gezinId=" + gezinId,
                null);
        assertThat(log.statusCode()).as(log.body()).isEqualTo(200);
        List<JsonNode> regels = new ArrayList<>();
        JSON.readTree(log.body()).forEach(regels::add);
        assertThat(regels).as(log.body()).anySatisfy(regel -> {
            assertThat(regel.get("verwerking").asString()).isEqualTo(verwerking);
            assertThat(regel.get("organisatie").asString()).isEqualTo(organisatie);
            assertThat(regel.get("uitkomst").asString()).isEqualTo(uitkomst);
        });
    }

    /**
     * The answer about an object outside the caller's werkgebied ({@code id}) says no more than the answer about an
     * unknown one: same status, same title, the same detail but for the id.
     */
    public static void assertZelfdeAlsOnbekend(HttpResponse<String> buiten, String id, HttpResponse<String> onbekend,
                                               String onbekendId) {
        assertThat(buiten.statusCode()).as(buiten.body()).isEqualTo(404);
        assertThat(onbekend.statusCode()).as(onbekend.body()).isEqualTo(404);
        JsonNode a = JSON.readTree(buiten.body());
        JsonNode b = JSON.readTree(onbekend.body());
        assertThat(a.get("title")).isEqualTo(b.get("title"));
        assertThat(a.get("detail").asString().replace(id, "ID")).isEqualTo(b.get("detail").asString()
                .replace(onbekendId, "ID"));
    }

    private static Map<String, Set<String>> lees(String tabel) {
        Map<String, Set<String>> verwacht = new TreeMap<>();
        for (String regel : tabel.strip().split("\n")) {
            String[] delen = regel.strip().split("\\s+");
            Set<String> wie = new TreeSet<>();
            for (int i = 2; i < delen.length; i++) {
                if (!delen[i].equals("-")) {
                    assertThat(BELLERS).as("caller in line: " + regel).containsKey(delen[i]);
                    wie.add(delen[i]);
                }
            }
            assertThat(verwacht.put(delen[0] + " " + delen[1], wie)).as("duplicate line: " + regel).isNull();
        }
        return verwacht;
    }

    private HttpResponse<String> stuur(String methode, String pad, String token) throws IOException,
            InterruptedException {
        var verzoek = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pad))
                .header("Content-Type", "application/json")
                .method(methode, methode.equals("POST") ? HttpRequest.BodyPublishers.ofString("{}")
                        : HttpRequest.BodyPublishers.noBody());
        if (token != null) {
            verzoek.header("Authorization", Testtokens.bearer(token));
        }
        return http.send(verzoek.build(), HttpResponse.BodyHandlers.ofString());
    }
}
