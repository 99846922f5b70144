package nl.veiligthuis.keten.melding.regio;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The 26 Veilig Thuis regions and their municipalities ({@code keten.regio-indeling} in melding-service.yml).
 * A municipality belongs to exactly one region; a mapping that names one twice does not start.
 */
@ConfigurationProperties("keten")
public class RegioIndeling {

    private final Map<String, String> regioPerGemeente = new HashMap<>();

    public RegioIndeling(Map<String, List<String>> regioIndeling) {
        (regioIndeling == null ? Map.<String, List<String>>of() : regioIndeling).forEach((regio, gemeenten) ->
                gemeenten.forEach(gemeente -> {
                    String eerder = regioPerGemeente.put(sleutel(gemeente), regio);
                    if (eerder != null && !eerder.equals(regio)) {
                        throw new IllegalStateException("gemeente " + gemeente + " is mapped to both " + eerder
                                + " and " + regio);
                    }
                }));
    }

    /** Empty for a municipality the mapping does not know: the melding is still taken, never refused. */
    public Optional<String> regioVan(String gemeente) {
        return Optional.ofNullable(regioPerGemeente.get(sleutel(gemeente)));
    }

    private static String sleutel(String gemeente) {
        return gemeente.trim().toLowerCase(Locale.ROOT);
    }
}
