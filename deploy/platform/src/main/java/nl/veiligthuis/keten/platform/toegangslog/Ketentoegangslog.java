package nl.veiligthuis.keten.platform.toegangslog;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import nl.veiligthuis.keten.platform.toegangslog.ToegangslogController.Toegang;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A gezin's or person's overview of who accessed their data in the whole chain (R20): this service's own access log
 * and, asked with the caller's own token, the other services' ({@code keten.diensten.<service>} names their addresses).
 * A service that does not answer is named as such, so the overview never passes for complete when it is not.
 */
class Ketentoegangslog implements AutoCloseable {

    /** The services of the chain: only these are asked, whatever else the configuration names. */
    static final List<String> DIENSTEN = List.of("melding-service", "triage-service", "wijkteam-service",
            "monitoring-service");
    private static final Duration WACHTTIJD = Duration.ofSeconds(5);
    /** However slow another service is, the overview answers within this. */
    private static final Duration UITERSTE = Duration.ofSeconds(8);
    private static final TypeReference<List<Toegang>> TOEGANGEN = new TypeReference<>() {
    };

    /** How far one service's part came; {@code volgende}: the {@code na} to read on there, null when it is all here. */
    record Dienstdeel(String dienst, boolean bereikt, int aantal, Long volgende, String fout) {
    }

    /** Every service's part and their records together, oldest first. */
    record Ketenoverzicht(List<Dienstdeel> diensten, List<Toegang> toegangen) {
    }

    private final Toegangslog eigen;
    private final String dienst;
    private final Map<String, String> anderen;
    private final JsonMapper json;
    private final boolean alleenHttps;
    private final ExecutorService vragers = Executors.newFixedThreadPool(2, taak -> {
        Thread draad = new Thread(taak, "ketentoegangslog");
        draad.setDaemon(true);
        return draad;
    });
    private final HttpClient http;

    /**
     * @param alleenHttps outside the development mode: a caller's token goes only to an {@code https} address; another
     *                    address is reported as not configured and never called
     */
    Ketentoegangslog(Toegangslog eigen, String dienst, Map<String, String> diensten, JsonMapper json,
                     boolean alleenHttps) {
        this.eigen = eigen;
        this.dienst = dienst;
        Map<String, String> anderen = new TreeMap<>();
        DIENSTEN.stream().filter(naam -> !naam.equals(dienst)).forEach(naam -> anderen.put(naam,
                diensten.getOrDefault(naam, "")));
        this.anderen = Map.copyOf(anderen);
        this.json = json;
        this.alleenHttps = alleenHttps;
        this.http = HttpClient.newBuilder().connectTimeout(WACHTTIJD).executor(vragers).build();
    }


    Ketenoverzicht voor(String gezinId, String persoonId, int maximum, String autorisatie) {
        List<CompletableFuture<Deel>> gevraagd = new ArrayList<>();
        anderen.forEach((naam, adres) -> gevraagd.add(vraag(naam, adres, gezinId, persoonId, maximum, autorisatie)
                .completeOnTimeout(onbereikt(naam, "geen antwoord binnen " + UITERSTE.toSeconds() + " s"),
                        UITERSTE.toMillis(), TimeUnit.MILLISECONDS)));
        List<Deel> delen = new ArrayList<>();
        delen.add(deel(dienst, eigen.voor(gezinId, persoonId, 0, maximum).stream().map(Toegang::van).toList(),
                maximum));
        gevraagd.forEach(deel -> delen.add(deel.join()));
        List<Toegang> samen = new ArrayList<>();
        delen.forEach(deel -> samen.addAll(deel.toegangen()));
        samen.sort(Comparator.comparing(Toegang::begin).thenComparing(Toegang::dienst)
                .thenComparingLong(Toegang::volgnummer));
        return new Ketenoverzicht(delen.stream().map(Deel::stand).sorted(Comparator.comparing(Dienstdeel::dienst))
                .toList(), samen);
    }

    private record Deel(Dienstdeel stand, List<Toegang> toegangen) {
    }

    private static Deel deel(String naam, List<Toegang> toegangen, int maximum) {
        Long volgende = toegangen.size() < maximum ? null : toegangen.get(toegangen.size() - 1).volgnummer();
        return new Deel(new Dienstdeel(naam, true, toegangen.size(), volgende, null), toegangen);
    }

    private CompletableFuture<Deel> vraag(String naam, String adres, String gezinId, String persoonId, int maximum,
                                          String autorisatie) {
        if (adres.isBlank() || alleenHttps && !adres.startsWith("https://")) {
            return CompletableFuture.completedFuture(onbereikt(naam, "niet geconfigureerd (keten.diensten." + naam
                    + (alleenHttps ? ", https" : "") + ")"));
        }
        StringBuilder vraag = new StringBuilder(adres.replaceAll("/+$", "")).append("/api/v1/toegangslog?maximum=")
                .append(maximum);
        if (gezinId != null) {
            vraag.append("&gezinId=").append(URLEncoder.encode(gezinId, StandardCharsets.UTF_8));
        }
        if (persoonId != null) {
            vraag.append("&persoonId=").append(URLEncoder.encode(persoonId, StandardCharsets.UTF_8));
        }
        HttpRequest verzoek;
        try {
            verzoek = HttpRequest.newBuilder(URI.create(vraag.toString())).timeout(WACHTTIJD)
                    .header("Authorization", autorisatie).header("Accept", "application/json").GET().build();
        } catch (IllegalArgumentException e) {
            return CompletableFuture.completedFuture(onbereikt(naam, "ongeldig adres (keten.diensten." + naam + ")"));
        }
        return http.sendAsync(verzoek, HttpResponse.BodyHandlers.ofByteArray())
                .thenApply(antwoord -> antwoord.statusCode() != 200 ? onbereikt(naam, "antwoordde "
                        + antwoord.statusCode()) : deel(naam, json.readValue(antwoord.body(), TOEGANGEN), maximum))
                // only the kind of failure: the answer of another service is not repeated here
                .exceptionally(fout -> onbereikt(naam, "niet bereikt (" + oorzaak(fout).getClass().getSimpleName()
                        + ")"));
    }

    private static Throwable oorzaak(Throwable fout) {
        return fout instanceof java.util.concurrent.CompletionException && fout.getCause() != null ? fout.getCause()
                : fout;
    }

    private static Deel onbereikt(String naam, String fout) {
        return new Deel(new Dienstdeel(naam, false, 0, null, fout), List.of());
    }

    @Override
    public void close() {
        vragers.shutdownNow();
    }
}
