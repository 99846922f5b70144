package nl.veiligthuis.keten.melding.bezorging;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.veiligthuis.keten.melding.terugkoppeling.Bezorgkanaal;
import nl.veiligthuis.keten.melding.terugkoppeling.Bezorgopdracht;
import tools.jackson.databind.json.JsonMapper;

/**
 * R6: delivers a letter by HTTP POST (JSON) to VT's mail gateway or the melder's own system, at
 * {@code keten.terugkoppeling.bezorging.url}. A 2xx is delivered; anything else, or no answer within the timeout, is a
 * failure to try again. The {@code Idempotency-Key} header carries the bezorgingId, the same on every attempt.
 */
class HttpBezorgkanaal implements Bezorgkanaal {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final URI url;
    private final HttpClient http;
    private final Duration timeout;

    HttpBezorgkanaal(URI url, Duration timeout) {
        this.url = url;
        this.timeout = timeout;
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
        HttpRequest verzoek = HttpRequest.newBuilder(url).timeout(timeout)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", opdracht.bezorgingId())
                .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(brief)))
                .build();
        HttpResponse<Void> antwoord;
        try {
            antwoord = http.send(verzoek, HttpResponse.BodyHandlers.discarding());
        } catch (java.io.IOException e) {
            throw new BezorgingMislukt("geen verbinding (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BezorgingMislukt("onderbroken");
        }
        if (antwoord.statusCode() / 100 != 2) {
            throw new BezorgingMislukt("HTTP " + antwoord.statusCode());
        }
    }
}
