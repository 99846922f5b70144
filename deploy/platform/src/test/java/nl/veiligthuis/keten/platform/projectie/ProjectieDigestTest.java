package nl.veiligthuis.keten.platform.projectie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProjectieDigestTest {

    @Test
    void r19_eachTableIsDigestedPerGezinWithoutTheExcludedColumnsInBytewiseOrder() {
        ProjectieDigest digest = ProjectieDigest.voor("zicht-op-veiligheid")
                .tabel("zicht_op_veiligheid", "t.gezin_id", "volgnummer")
                .tabel("terugmelding", "t.gezin_id");

        assertThat(digest.tabellen()).extracting(ProjectieDigest.Tabel::naam)
                .containsExactly("zicht_op_veiligheid", "terugmelding");
        String sql = digest.tabellen().get(0).sql();
        assertThat(sql).contains("(to_jsonb(t) - '{volgnummer}'::text[])::text AS rij FROM zicht_op_veiligheid t")
                .contains("coalesce((t.gezin_id)::text, '(zonder gezin)')")
                .contains("ORDER BY q.rij COLLATE \"C\"")
                .contains("GROUP BY q.gezin_id");
        assertThat(digest.tabellen().get(1).sql()).contains("to_jsonb(t)::text AS rij FROM terugmelding t");
        assertThat(digest.kentBijgewerkt()).isFalse();
        assertThat(digest.bijgewerktVia("SELECT gezin_id FROM x WHERE id = ANY(:aggregaten)").kentBijgewerkt())
                .isTrue();
    }

    @Test
    void r19_theFeaturesOfOneGroupEachDeclareTheirOwnTablesAndTheHerbouwJoinsThem() {
        ProjectieDigest zaak = ProjectieDigest.voor("zaakdossier").tabel("zaak_overzicht", "t.gezin_id")
                .bijgewerktVia("SELECT gezin_id FROM zaak_overzicht WHERE zaak_id = ANY(:aggregaten)")
                .voorheen("zaak-overzicht");
        ProjectieDigest intake = ProjectieDigest.voor("zaakdossier").tabel("intake_zaak", "t.zaak_id")
                .tabel("intake_gezinslid", "t.zaak_id");

        ProjectieDigest samen = ProjectieDigest.samen(List.of(zaak, intake));

        assertThat(samen.processingGroup()).isEqualTo("zaakdossier");
        assertThat(samen.tabellen()).extracting(ProjectieDigest.Tabel::naam)
                .containsExactly("intake_gezinslid", "intake_zaak", "zaak_overzicht");
        assertThat(samen.kentBijgewerkt()).isTrue();
        assertThat(samen.voorheen()).containsExactly("zaak-overzicht");
        assertThat(ProjectieDigest.samen(List.of(intake, zaak)).tabellen())
                .isEqualTo(samen.tabellen());
    }

    @Test
    void aTableDeclaredByTwoFeaturesOrPartsOfDifferentGroupsAreRefused() {
        ProjectieDigest zaak = ProjectieDigest.voor("zaakdossier").tabel("zaak_overzicht", "t.gezin_id");
        assertThatThrownBy(() -> ProjectieDigest.samen(List.of(zaak,
                ProjectieDigest.voor("zaakdossier").tabel("zaak_overzicht", "t.gezin_id"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("zaak_overzicht");
        assertThatThrownBy(() -> ProjectieDigest.samen(List.of(zaak,
                ProjectieDigest.voor("wachtlijst").tabel("wachtlijst_zaak", "t.gezin_id"))))
                .isInstanceOf(IllegalArgumentException.class);
        String bijgewerkt = "SELECT gezin_id FROM zaak_overzicht WHERE zaak_id = ANY(:aggregaten)";
        assertThatThrownBy(() -> ProjectieDigest.samen(List.of(zaak.bijgewerktVia(bijgewerkt),
                ProjectieDigest.voor("zaakdossier").tabel("intake_zaak", "t.zaak_id").bijgewerktVia(bijgewerkt))))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> zaak.voorheen("zaakdossier")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void namesThatCouldCarrySqlAreRefused() {
        assertThatThrownBy(() -> ProjectieDigest.voor("zaakdossier").tabel("zaak; DROP TABLE x", "t.gezin_id"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ProjectieDigest.voor("zaakdossier").tabel("zaak", "t.gezin_id", "a'b"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ProjectieDigest.voor("Zaak Overzicht")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ProjectieDigest.voor("x").tabel("a", "t.g").tabel("a", "t.g"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ProjectieDigest.voor("x").bijgewerktVia("SELECT gezin_id FROM x"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
