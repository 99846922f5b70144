package nl.veiligthuis.keten.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One partner system's calls on the chain, as the README's tour makes them: a melding to melding-service, the triage
 * decision to triage-service, the acceptance to wijkteam-service, and the timeline of monitoring-service. Each step's
 * latency goes to {@link Meting}; a step that fails throws {@link StapMislukt} after recording why.
 */
final class KetenKlant {

    static final Duration WACHTTIJD = Duration.ofSeconds(60);
    /** A client polls at 20 ms, backing off by half each time up to 200 ms: precise for quick steps, light for slow. */
    private static final long EERSTE_POLL_MILLIS = 20;
    private static final long LAATSTE_POLL_MILLIS = 200;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http;
    private final String host;
    private final Meting meting;
    private final Tokens tokens;

    KetenKlant(HttpClient http, String host, Meting meting, Tokens tokens) {
        this.http = http;
        this.host = host;
        this.meting = meting;
        this.tokens = tokens;
    }

    record Melding(String meldingId, String gezinId) {
    }

    /** A melding about a new gezin: pseudonymous test names, unique per call so no gezin is recognised twice. */
    Melding meld() {
        String n = Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36);
        String body = """
                {"melder": {"type": "POLITIE", "organisatie": "Politie Eenheid Rotterdam"},
                 "gezin": {"gemeente": "Vlaardingen", "leden": [
                   {"rol": "OUDER", "voornaam": "Ouder%1$s", "achternaam": "Gezin%1$s", "geboortedatum": "1988-04-12"},
                   {"rol": "KIND", "voornaam": "Kind%1$s", "achternaam": "Gezin%1$s", "geboortedatum": "2017-09-01"}]},
                 "geweldsvormen": ["PARTNERGEWELD"], "kinderenAanwezig": true, "acuutOnveilig": false,
                 "omschrijving": "Belastingproef"}""".formatted(n);
        JsonNode antwoord = post("intake", 8081, "/api/v1/meldingen", body, 201);
        return new Melding(antwoord.get("meldingId").asString(), antwoord.get("gezinId").asString());
    }

    void besluit(String meldingId) {
        post("besluit", 8082, "/api/v1/triages/" + meldingId + "/besluit", """
                {"uitkomst": "OVERDRACHT_LOKAAL_VELD", "triagist": {"naam": "A. de Vries", "telefoon": "010-1234567"},
                 "ernst": "ZORGEN_OVER_VEILIGHEID", "onderbouwing": "Geen acute onveiligheid",
                 "advies": "Gezinscoach inzetten"}""", 200);
    }

    /** Decides on an onderzoek; returns the onderzoekId the triage answers with. */
    String besluitTotOnderzoek(String meldingId) {
        return post("besluit", 8082, "/api/v1/triages/" + meldingId + "/besluit", """
                {"uitkomst": "ONDERZOEK", "triagist": {"naam": "B. Bakker", "telefoon": "010-7654321"},
                 "ernst": "STRUCTUREEL_ONVEILIG", "onderbouwing": "Zorgen over de veiligheid"}""", 200)
                .get("onderzoekId").asString();
    }

    void wachtOpOnderzoek(String stap, String onderzoekId) {
        wachtOp(stap, 8082, "/api/v1/onderzoeken/" + onderzoekId, antwoord -> true);
    }

    /** Starts, completes and hands over the onderzoek: the handover opens a zaak in the wijkteam. */
    void onderzoek(String onderzoekId) {
        String pad = "/api/v1/onderzoeken/" + onderzoekId;
        post("onderzoek start", 8082, pad + "/start",
                "{\"onderzoeker\": {\"naam\": \"M. Jansen\", \"telefoon\": \"010-7654321\"}}", 200);
        post("onderzoek afronding", 8082, pad + "/afronding", """
                {"onderzoeksvraag": "Is het kind veilig?", "onderzoeksresultaten": "Risico's bij beide ouders",
                 "doelenVanOndersteuning": ["Veilige thuissituatie"], "hulpverleningsadvies": "Gezinsbehandeling",
                 "voorstelCasusregisseur": "Wijkteam Westwijk", "veiligheidsafspraken": "Dagelijks contact met school"}""",
                200);
        post("overdrachtsgesprek", 8082, pad + "/overdrachtsgesprek",
                "{\"deelnemers\": [\"Veilig Thuis\", \"Wijkteam Westwijk\"], \"wijkteam\": \"Westwijk\"}", 200);
    }

    void accepteer(String zaakId) {
        post("acceptatie", 8083, "/api/v1/zaken/" + zaakId + "/acceptatie",
                "{\"team\": \"Westwijk\", \"medewerker\": {\"naam\": \"J. Smit\"}}", 200);
    }

    /** Waits until the triage that melding-service's event opens can be read. */
    void wachtOpTriage(String stap, String meldingId) {
        wachtOp(stap, 8082, "/api/v1/triages/" + meldingId, antwoord -> true);
    }

    String wachtOpZaak(String stap, String gezinId) {
        return wachtOp(stap, 8083, "/api/v1/zaken?gezinId=" + gezinId, antwoord -> antwoord.size() > 0)
                .get(0).get("zaakId").asString();
    }

    void wachtOpTijdlijn(String stap, String gezinId, String type) {
        wachtOp(stap, 8084, "/api/v1/gezinnen/" + gezinId + "/tijdlijn?grootte=100", antwoord -> {
            for (JsonNode gebeurtenis : antwoord.get("gebeurtenissen")) {
                if (type.equals(gebeurtenis.get("type").asString())) {
                    return true;
                }
            }
            return false;
        });
    }

    private JsonNode post(String stap, int poort, String pad, String body, int verwacht) {
        HttpRequest verzoek = HttpRequest.newBuilder(URI.create("http://" + host + ":" + poort + pad))
                .timeout(WACHTTIJD)
                .header("Authorization", "Bearer " + tokens.voorPoort(poort))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        long start = System.nanoTime();
        HttpResponse<String> antwoord = verstuur(stap, verzoek);
        if (antwoord.statusCode() != verwacht) {
            meting.fout(stap, "HTTP " + antwoord.statusCode());
            throw new StapMislukt(stap + ": HTTP " + antwoord.statusCode() + " " + antwoord.body());
        }
        meting.duur(stap, System.nanoTime() - start);
        return JSON.readTree(antwoord.body());
    }

    /** Polls until the answer is 200 and satisfies {@code klaar}; the wait is the step's latency. */
    private JsonNode wachtOp(String stap, int poort, String pad, Predicate<JsonNode> klaar) {
        HttpRequest verzoek = HttpRequest.newBuilder(URI.create("http://" + host + ":" + poort + pad))
                .timeout(WACHTTIJD).header("Authorization", "Bearer " + tokens.voorPoort(poort)).GET().build();
        long start = System.nanoTime();
        long grens = start + WACHTTIJD.toNanos();
        long poll = EERSTE_POLL_MILLIS;
        while (System.nanoTime() < grens) {
            HttpResponse<String> antwoord = verstuur(stap, verzoek);
            if (antwoord.statusCode() == 200) {
                JsonNode inhoud = JSON.readTree(antwoord.body());
                if (klaar.test(inhoud)) {
                    meting.duur(stap, System.nanoTime() - start);
                    return inhoud;
                }
            } else if (antwoord.statusCode() != 404) {
                meting.fout(stap, "HTTP " + antwoord.statusCode());
                throw new StapMislukt(stap + ": HTTP " + antwoord.statusCode());
            }
            try {
                Thread.sleep(poll);
                poll = Math.min(LAATSTE_POLL_MILLIS, poll + poll / 2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StapMislukt(stap + ": interrupted");
            }
        }
        meting.fout(stap, "not visible within " + WACHTTIJD.toSeconds() + " s");
        throw new StapMislukt(stap + ": not visible within " + WACHTTIJD.toSeconds() + " s");
    }

    private HttpResponse<String> verstuur(String stap, HttpRequest verzoek) {
        try {
            return http.send(verzoek, HttpResponse.BodyHandlers.ofString());
        } catch (IOException fout) {
            meting.fout(stap, fout.getClass().getSimpleName());
            throw new StapMislukt(stap + ": " + fout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StapMislukt(stap + ": interrupted");
        }
    }

    static final class StapMislukt extends RuntimeException {
        StapMislukt(String reden) {
            super(reden, null, false, false);
        }
    }
}
