package nl.veiligthuis.keten.melding.melding;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.veiligthuis.keten.testinfra.Testtokens;
import tools.jackson.databind.json.JsonMapper;

/** Meldingen as partner systems post them to {@code POST /api/v1/meldingen}, for melding-service's tests. */
public final class Meldingverzoeken {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Meldingverzoeken() {
    }

    /** A valid melding of the gezin Jansen (a mother and a child) by the police. */
    public static String geldig() {
        return """
                {"melder": {"type": "POLITIE", "organisatie": "Politie Eenheid Rotterdam"},
                 "gezin": {"gemeente": "Vlaardingen",
                           "leden": [{"rol": "OUDER", "voornaam": "Sanne", "achternaam": "Jansen", "geboortedatum": "1988-04-12"},
                                     {"rol": "KIND", "voornaam": "Mila", "achternaam": "Jansen", "geboortedatum": "2017-09-01"}]},
                 "geweldsvormen": ["PARTNERGEWELD"], "kinderenAanwezig": true, "acuutOnveilig": false,
                 "omschrijving": "Ruzie tussen ouders, kind was aanwezig"}""";
    }

    /**
     * Posts {@code aantal} valid meldingen, each about a gezin of its own, from {@code clients} concurrent clients,
     * round robin over the ports; asserts that every one is answered 201 within a minute and answers their meldingIds.
     */
    public static Set<String> burst(int aantal, int clients, int... poorten) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        HttpClient http = HttpClient.newHttpClient();
        try {
            List<Future<HttpResponse<String>>> antwoorden = new ArrayList<>();
            for (int i = 0; i < aantal; i++) {
                URI meldingen = URI.create("http://localhost:" + poorten[i % poorten.length] + "/api/v1/meldingen");
                String body = geldig().replace("Jansen", "Burst" + UUID.randomUUID().toString().substring(0, 8));
                antwoorden.add(pool.submit(() -> http.send(Testtokens.verzoek(meldingen)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString())));
            }
            Set<String> meldingIds = new HashSet<>();
            for (var antwoord : antwoorden) {
                var response = antwoord.get(60, TimeUnit.SECONDS);
                assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
                meldingIds.add(JSON.readTree(response.body()).get("meldingId").asString());
            }
            assertThat(meldingIds).hasSize(aantal);
            return meldingIds;
        } finally {
            pool.shutdown();
        }
    }
}
