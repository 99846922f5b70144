package nl.veiligthuis.keten.melding.melding;

import java.util.List;
import nl.veiligthuis.keten.platform.beveiliging.Beller;
import nl.veiligthuis.keten.platform.beveiliging.Rol;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who may learn that a gezin exists (issue 13 point 4): Veilig Thuis of a regio that has a melding about it, and the
 * inspecteur. Gezin recognition still joins a melding to the gezin its BSNs match and still offers the gezinnen that
 * match by name and date of birth; the answer just names to each caller only the gezinnen it may know, so neither a
 * partner system nor another regio can use the intake to ask whether a person is known.
 */
@Component
public class Gezinskennis {

    private final JdbcClient jdbc;

    public Gezinskennis(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean magKennen(Beller beller, String gezinId) {
        if (beller.heeftRol(Rol.INSPECTEUR)) {
            return true;
        }
        // the gezinsregister and the event store are written in the command's transaction: a melding of a moment ago
        // counts already, where the read model would follow a moment later
        return beller.heeftRol(Rol.VEILIG_THUIS_MEDEWERKER) && jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM gezinsregister g
                               JOIN domain_event_entry e ON e.aggregate_identifier = g.melding_id
                                                        AND e.sequence_number = 0
                               WHERE g.gezin_id = ?
                                 AND lower(convert_from(e.payload, 'UTF8')::json->>'regio') = lower(?))""")
                .params(gezinId, beller.organisatie()).query(Boolean.class).single();
    }

    public List<MogelijkDuplicaat> zichtbaar(Beller beller, List<MogelijkDuplicaat> duplicaten) {
        return duplicaten == null ? List.of()
                : duplicaten.stream().filter(duplicaat -> magKennen(beller, duplicaat.gezinId())).toList();
    }

    /** Only Veilig Thuis links a melding to a gezin it names; a partner system's melding is about the people it names. */
    public static boolean magGezinNoemen(Beller beller) {
        return beller.heeftRol(Rol.VEILIG_THUIS_MEDEWERKER);
    }
}
