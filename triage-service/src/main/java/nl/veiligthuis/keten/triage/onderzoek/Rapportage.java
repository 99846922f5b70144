package nl.veiligthuis.keten.triage.onderzoek;

import java.util.List;

/** R8: what the wijkteam receives after an onderzoek. Free text: stays in triage-service, fetched via dataref. */
public record Rapportage(String onderzoeksvraag, String onderzoeksresultaten, List<String> doelenVanOndersteuning,
                         String hulpverleningsadvies, String voorstelCasusregisseur, String veiligheidsafspraken) {
}
