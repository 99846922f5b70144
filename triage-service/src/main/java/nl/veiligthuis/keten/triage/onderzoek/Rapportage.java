package nl.veiligthuis.keten.triage.onderzoek;

import java.util.List;
import nl.veiligthuis.keten.platform.privacy.Ontsleuteling;
import nl.veiligthuis.keten.platform.privacy.Persoonsgegeven;

/** R8: what the wijkteam receives after an onderzoek. Free text: stays in triage-service, fetched via dataref. */
public record Rapportage(@Persoonsgegeven String onderzoeksvraag, @Persoonsgegeven String onderzoeksresultaten,
                         @Persoonsgegeven List<String> doelenVanOndersteuning,
                         @Persoonsgegeven String hulpverleningsadvies, @Persoonsgegeven String voorstelCasusregisseur,
                         @Persoonsgegeven String veiligheidsafspraken) {

    /** As it reads once its gezin is erased (R21): that there was one stays, what it said is gone. */
    static Rapportage gewist() {
        String gewist = Ontsleuteling.GEWIST;
        return new Rapportage(gewist, gewist, List.of(), gewist, gewist, gewist);
    }
}
