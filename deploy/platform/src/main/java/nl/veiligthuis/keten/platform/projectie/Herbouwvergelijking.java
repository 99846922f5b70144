package nl.veiligthuis.keten.platform.projectie;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The projection before a herbouw against the rebuilt one, gezin by gezin, by {@link ProjectieDigest}. A gezin that
 * received events the "before" state had not seen yet differs legitimately: it counts as bijgewerkt, not afwijkend.
 */
public record Herbouwvergelijking(
        @Schema(description = "True when no gezin deviates (gezinnen bijgewerkt tijdens de herbouw excepted)")
        boolean gelijk,
        @Schema(description = "Gezinnen before or after", example = "1250") long gezinnen,
        @Schema(description = "Gezinnen whose digests are equal", example = "1248") long gelijkeGezinnen,
        @Schema(description = "Gezinnen that differ without an event to explain it", example = "0") long afwijkend,
        @Schema(description = "The first " + Herbouwvergelijking.MAX_GETOOND + " deviating gezinIds, sorted",
                example = "[]") List<String> afwijkendeGezinnen,
        @Schema(description = "Gezinnen that differ and received events after the state before was taken",
                example = "2") long bijgewerktTijdensHerbouw,
        @Schema(description = "The first " + Herbouwvergelijking.MAX_GETOOND + " of those gezinIds, sorted",
                example = "[\"a7e5d6c4-1b2a-4f3e-8d9c-5b6a7f8e9d01\"]") List<String> bijgewerkteGezinnen,
        @Schema(description = "A limit of this comparison, if any",
                example = "Gezinnen met nieuwe events tijdens de herbouw zijn niet te onderscheiden van afwijkingen.")
        String toelichting) {

    public static final int MAX_GETOOND = 100;

    static final String ZONDER_BIJGEWERKT = "Deze projectie declareert geen koppeling van aggregaten aan gezinnen: "
            + "gezinnen met nieuwe events tijdens de herbouw tellen als afwijkend.";

    /**
     * @param bijgewerkt gezinnen with events after the "before" state, or null when that cannot be determined
     */
    public static Herbouwvergelijking van(Map<String, String> voor, Map<String, String> na, Set<String> bijgewerkt) {
        TreeSet<String> gezinnen = new TreeSet<>(voor.keySet());
        gezinnen.addAll(na.keySet());
        long gelijk = 0;
        long afwijkend = 0;
        long verklaard = 0;
        List<String> afwijkende = new ArrayList<>();
        List<String> bijgewerkte = new ArrayList<>();
        for (String gezin : gezinnen) {
            if (Objects.equals(voor.get(gezin), na.get(gezin))) {
                gelijk++;
            } else if (bijgewerkt != null && bijgewerkt.contains(gezin)) {
                verklaard++;
                voegToe(bijgewerkte, gezin);
            } else {
                afwijkend++;
                voegToe(afwijkende, gezin);
            }
        }
        return new Herbouwvergelijking(afwijkend == 0, gezinnen.size(), gelijk, afwijkend, afwijkende, verklaard,
                bijgewerkte, bijgewerkt == null ? ZONDER_BIJGEWERKT : null);
    }

    private static void voegToe(List<String> lijst, String gezin) {
        if (lijst.size() < MAX_GETOOND) {
            lijst.add(gezin);
        }
    }
}
