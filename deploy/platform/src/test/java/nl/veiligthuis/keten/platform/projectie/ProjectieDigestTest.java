package nl.veiligthuis.keten.platform.projectie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    void namesThatCouldCarrySqlAreRefused() {
        assertThatThrownBy(() -> ProjectieDigest.voor("zaak-overzicht").tabel("zaak; DROP TABLE x", "t.gezin_id"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ProjectieDigest.voor("zaak-overzicht").tabel("zaak", "t.gezin_id", "a'b"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ProjectieDigest.voor("Zaak Overzicht")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ProjectieDigest.voor("x").tabel("a", "t.g").tabel("a", "t.g"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ProjectieDigest.voor("x").bijgewerktVia("SELECT gezin_id FROM x"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
