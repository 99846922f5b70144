package nl.veiligthuis.keten.melding.bezorging;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import nl.veiligthuis.keten.melding.terugkoppeling.Bezorgkanaal;
import nl.veiligthuis.keten.melding.terugkoppeling.Bezorgkanaal.BezorgingOnderbroken;
import nl.veiligthuis.keten.melding.terugkoppeling.Bezorgopdracht;
import tools.jackson.databind.json.JsonMapper;

/**
 * R6: delivers a letter by HTTP POST (JSON) to VT's mail gateway or the melder's own system, at
 * {@code keten.terugkoppeling.bezorging.url}. A 2xx is delivered; anything else, or no answer within the timeout, is a
 * failure to try again, except a refusal of the letter itself (400, 409, 410, 413, 415, 422), which no retry mends.
 * The {@code Idempotency-Key} header carries the bezorgingId, the same on every attempt; an optional
 * {@code Authorization} header authenticates this service to the receiver. The melder's contact travels in the body:
 * outside the development mode only over https.
 */
class HttpBezorgkanaal implements Bezorgkanaal {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /**
     * The answers that refuse the letter itself, which no retry mends. Any other failure, a wrong Authorization or
     * URL (401, 403, 404) included, is a fault of the channel or its configuration: the letters wait for it.
     */
    private static final Set<Integer> WEIGERINGEN = Set.of(400, 409, 410, 413, 415, 422);

    private final URI url;
    private final HttpClient http;
    private final Duration timeout;
    private final String autorisatie;

    HttpBezorgkanaal(URI url, Duration timeout, String autorisatie, boolean ontwikkelmodus) {
        HttpInstellingen.vereisHttps(url, ontwikkelmodus, "keten.terugkoppeling.bezorging.url",
                "de brief draagt het contact van de melder");
        this.url = url;
        this.timeout = timeout;
        this.autorisatie = HttpInstellingen.autorisatie(autorisatie);
        this.http = url == null ? null : HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    @Override
    public boolean ingesteld() {
        return url != null;
    }

    @Override
    public void bezorg(Bezorgopdracht opdracht) {
        Map<String, Object> melder = new LinkedHashMap<>();
        melder.put("type", opdracht.melder().type().name());
        melder.put("organisatie", opdracht.melder().organisatie());
        melder.put("contact", opdracht.melder().contact());
        Map<String, Object> brief = new LinkedHashMap<>();
        brief.put("bezorgingId", opdracht.bezorgingId());
        brief.put("meldingId", opdracht.meldingId());
        brief.put("moment", opdracht.moment().name());
        brief.put("melder", melder);
        brief.put("tekst", opdracht.tekst());
        if (opdracht.contactpersoon() != null) {
            // issue 14 point 5, additive: whom the melder can call at Veilig Thuis
            Map<String, Object> contactpersoon = new LinkedHashMap<>();
            contactpersoon.put("naam", opdracht.contactpersoon().naam());
            contactpersoon.put("telefoon", opdracht.contactpersoon().telefoon());
            contactpersoon.put("organisatie", opdracht.contactpersoon().organisatie());
            brief.put("contactpersoon", contactpersoon);
        }
        HttpRequest.Builder verzoek = HttpRequest.newBuilder(url).timeout(timeout)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", opdracht.bezorgingId())
                .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(brief)));
        if (autorisatie != null) {
            verzoek.header("Authorization", autorisatie);
        }
        HttpResponse<Void> antwoord;
        try {
            antwoord = http.send(verzoek.build(), HttpResponse.BodyHandlers.discarding());
        } catch (java.io.IOException e) {
            throw new BezorgingMislukt("geen verbinding (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BezorgingOnderbroken();
        }
        int status = antwoord.statusCode();
        if (status / 100 != 2) {
            throw new BezorgingMislukt("HTTP " + status, !WEIGERINGEN.contains(status));
        }
    }
}
