package nl.veiligthuis.keten.monitoring.inspectie;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.veiligthuis.keten.monitoring.tijdlijn.Actor;
import nl.veiligthuis.keten.monitoring.tijdlijn.TijdlijnGebeurtenis;
import tools.jackson.databind.json.JsonMapper;

/** A synthetic gezin timeline for the checks: entries in causal order with the facts their producers publish. */
final class Geschiedenis {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final List<TijdlijnGebeurtenis> stappen = new ArrayList<>();

    Geschiedenis stap(String type, String tijdstip, Object... feiten) {
        return stap(type, tijdstip, "Veilig Thuis", feiten);
    }

    Geschiedenis stapVan(String organisatie, String type, String tijdstip, Object... feiten) {
        return stap(type, tijdstip, organisatie, feiten);
    }

    private Geschiedenis stap(String type, String tijdstip, String organisatie, Object... feiten) {
        Map<String, Object> velden = new LinkedHashMap<>();
        for (int i = 0; i < feiten.length; i += 2) {
            velden.put((String) feiten[i], feiten[i + 1]);
        }
        stappen.add(new TijdlijnGebeurtenis(type, Instant.parse(tijdstip), "test", new Actor("TEST", organisatie),
                type, "e" + (stappen.size() + 1), "nl.veilig-thuis.keten.test." + type, null, null,
                JSON.valueToTree(velden)));
        return this;
    }

    List<TijdlijnGebeurtenis> stappen() {
        return List.copyOf(stappen);
    }

    String eventId(String type) {
        return stappen.stream().filter(stap -> stap.type().equals(type)).findFirst().orElseThrow().eventId();
    }

    /** The history as known at {@code bekendOp}, when every entry was received at its own time. */
    Gezinsdossier dossier(Instant bekendOp) {
        return Gezinsdossier.van("g1", stappen.stream().filter(stap -> !stap.tijdstip().isAfter(bekendOp)).toList());
    }

    Gezinsdossier dossier() {
        return Gezinsdossier.van("g1", List.copyOf(stappen));
    }
}
