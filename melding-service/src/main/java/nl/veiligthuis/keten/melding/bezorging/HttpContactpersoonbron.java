package nl.veiligthuis.keten.melding.bezorging;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import nl.veiligthuis.keten.melding.melding.Moment;
import nl.veiligthuis.keten.melding.terugkoppeling.Bezorgkanaal.BezorgingMislukt;
import nl.veiligthuis.keten.melding.terugkoppeling.Bezorgkanaal.BezorgingOnderbroken;
import nl.veiligthuis.keten.melding.terugkoppeling.Contactpersoon;
import nl.veiligthuis.keten.melding.terugkoppeling.Contactpersoonbron;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 14 point 5: asks triage-service, through the {@code dataref} the architecture gives every event
 * ("informatiearm notificeren"), whom the melder can call: {@code GET {url}/api/v1/triages/{meldingId}/contactpersoon},
 * admitted by the scope {@code terugkoppeling:contactpersoon} of the configured {@code Authorization}. 404: none known
 * (the letter goes without). Anything else, or no answer, fails the attempt, so the letter is tried again with its
 * contact person rather than sent without. Without a URL the letters go without a contact person, as before.
 */
class HttpContactpersoonbron implements Contactpersoonbron {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final URI url;
    private final Duration timeout;
    private final String autorisatie;
    private final HttpClient http;

    HttpContactpersoonbron(URI url, Duration timeout, String autorisatie) {
        this.url = url;
        this.timeout = timeout;
        this.autorisatie = autorisatie == null || autorisatie.isBlank() ? null : autorisatie.strip();
        this.http = url == null ? null : HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    @Override
    public Optional<Contactpersoon> voor(String meldingId, Moment moment) {
        if (url == null) {
            return Optional.empty();
        }
        HttpRequest.Builder verzoek = HttpRequest.newBuilder(url.resolve("/api/v1/triages/" + meldingId
                        + "/contactpersoon?moment=" + moment.name()))
                .timeout(timeout).header("Accept", "application/json").GET();
        if (autorisatie != null) {
            verzoek.header("Authorization", autorisatie);
        }
        HttpResponse<byte[]> antwoord;
        try {
            antwoord = http.send(verzoek.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new BezorgingMislukt("contactpersoon: geen verbinding (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BezorgingOnderbroken();
        }
        if (antwoord.statusCode() == 404) {
            return Optional.empty();
        }
        if (antwoord.statusCode() != 200) {
            throw new BezorgingMislukt("contactpersoon: HTTP " + antwoord.statusCode());
        }
        JsonNode persoon = JSON.readTree(antwoord.body());
        return Optional.of(new Contactpersoon(persoon.path("naam").asString(null),
                persoon.path("telefoon").asString(null), persoon.path("organisatie").asString(null)));
    }
}
