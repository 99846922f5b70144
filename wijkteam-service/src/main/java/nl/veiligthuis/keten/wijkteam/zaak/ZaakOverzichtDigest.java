package nl.veiligthuis.keten.wijkteam.zaak;

import nl.veiligthuis.keten.platform.projectie.ProjectieDigest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Makes processing group "zaak-overzicht" rebuildable (R19, docs/herbouw.md): every table its projections write
 * (the zaak overview, the signals and terms, and the tables of intake, plans, monitoring contacts, escalation and
 * closing). Rows find their gezin through their zaak. No column is left out: the projections take every moment from
 * the event, none from the clock. {@code monitoring_zaak} is not in it: the Kafka listener writes it, not the group.
 */
@Configuration(proxyBeanMethods = false)
public class ZaakOverzichtDigest {

    static final String GEZIN_VAN_ZAAK = "(SELECT o.gezin_id FROM zaak_overzicht o WHERE o.zaak_id = t.zaak_id)";

    @Bean
    public ProjectieDigest zaakOverzichtProjectie() {
        ProjectieDigest digest = ProjectieDigest.voor("zaak-overzicht")
                .tabel("zaak_overzicht", "t.gezin_id")
                .tabel("zaak_monitoringcontact_doel", """
                        (SELECT o.gezin_id FROM zaak_monitoringcontact c JOIN zaak_overzicht o ON o.zaak_id = c.zaak_id
                         WHERE c.contact_id = t.contact_id)""")
                .bijgewerktVia("SELECT gezin_id FROM zaak_overzicht WHERE zaak_id = ANY(:aggregaten)");
        for (String tabel : new String[] {"zaak_regie", "zaak_signaal", "zaak_termijn",
                "intake_zaak", "intake_gezinslid", "intake_gesprek", "intake_veiligheidsinschatting",
                "intake_evaluatieoordeel", "intake_zrm", "intake_leefgebiedenanalyse",
                "ondersteuningsplan", "ondersteuningsplan_doel", "ondersteuningsplan_actie",
                "ondersteuningsplan_beoordeling", "ondersteuningsplan_evaluatie", "ondersteuningsplan_evaluatie_doel",
                "procesbespreking", "veiligheidsplan_versie", "veiligheidsplan_evaluatie",
                "veiligheidsplan_gemiste_evaluatie", "zaak_monitoringcontact", "zaak_opschaling",
                "zaak_afsluitvoorstel", "zaak_informatiedeling"}) {
            digest = digest.tabel(tabel, GEZIN_VAN_ZAAK);
        }
        return digest;
    }
}
