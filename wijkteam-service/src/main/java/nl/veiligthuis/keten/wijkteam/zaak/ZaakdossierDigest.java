package nl.veiligthuis.keten.wijkteam.zaak;

import java.util.List;
import nl.veiligthuis.keten.platform.projectie.ProjectieDigest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Processing group "zaakdossier": the zaak's whole read side. Its features' projections (zaak, intake,
 * ondersteuningsplan, veiligheidsplan, monitoring, contact, samenwerking, opschaling, afsluiting, nazorg, gezinsregie)
 * share one group because they write the same rows (the overview's fase and counts, the signals and terms): they must
 * see a zaak's events in one order.
 * Each feature declares the tables its projection writes next to it (R19, docs/herbouw.md); this is the zaak
 * feature's part: the overview, regie, signals and terms. Rows of the other features find their gezin through their
 * zaak ({@link #GEZIN_VAN_ZAAK}). No column is left out: the projections take every moment from the event, none from
 * the clock. {@code monitoring_zaak} is in no group: the Kafka listener writes it.
 */
@Configuration(proxyBeanMethods = false)
public class ZaakdossierDigest {

    public static final String GROEP = "zaakdossier";

    /** The gezin of a row with a {@code zaak_id}, for a feature's digest declaration. */
    public static final String GEZIN_VAN_ZAAK =
            "(SELECT o.gezin_id FROM zaak_overzicht o WHERE o.zaak_id = t.zaak_id)";

    /** A feature's part of the group: its tables, each finding its gezin through its zaak. */
    public static ProjectieDigest deel(List<String> tabellen) {
        ProjectieDigest deel = ProjectieDigest.voor(GROEP);
        for (String tabel : tabellen) {
            deel = deel.tabel(tabel, GEZIN_VAN_ZAAK);
        }
        return deel;
    }

    @Bean
    public ProjectieDigest zaakdossierZaak() {
        return ProjectieDigest.voor(GROEP)
                .tabel("zaak_overzicht", "t.gezin_id")
                .tabel("zaak_regie", GEZIN_VAN_ZAAK)
                .tabel("zaak_signaal", GEZIN_VAN_ZAAK)
                .tabel("zaak_termijn", GEZIN_VAN_ZAAK)
                .bijgewerktVia("SELECT gezin_id FROM zaak_overzicht WHERE zaak_id = ANY(:aggregaten)")
                .voorheen("zaak-overzicht")
                // every handler of the group writes through the Leesmodel (ADR 0006)
                .viaLeesmodel();
    }
}
