package nl.veiligthuis.keten.wijkteam.intake;

import static nl.veiligthuis.keten.wijkteam.zaak.ZaakdossierDigest.GEZIN_VAN_ZAAK;

import nl.veiligthuis.keten.platform.projectie.ProjectieDigest;
import nl.veiligthuis.keten.wijkteam.zaak.ZaakdossierDigest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The tables {@link IntakeProjection} writes in group "zaakdossier" (R19): the intake per zaak (R11): gezinsleden, conversations, safety assessments and evaluations, ZRM and the analysis of leefgebieden. */
@Configuration(proxyBeanMethods = false)
public class IntakeDigest {

    @Bean
    public ProjectieDigest zaakdossierIntake() {
        return ProjectieDigest.voor(ZaakdossierDigest.GROEP)
                .tabel("intake_zaak", GEZIN_VAN_ZAAK)
                .tabel("intake_gezinslid", GEZIN_VAN_ZAAK)
                .tabel("intake_gesprek", GEZIN_VAN_ZAAK)
                .tabel("intake_veiligheidsinschatting", GEZIN_VAN_ZAAK)
                .tabel("intake_evaluatieoordeel", GEZIN_VAN_ZAAK)
                .tabel("intake_zrm", GEZIN_VAN_ZAAK)
                .tabel("intake_leefgebiedenanalyse", GEZIN_VAN_ZAAK);
    }
}
