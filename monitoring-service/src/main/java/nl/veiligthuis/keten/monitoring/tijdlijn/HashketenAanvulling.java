package nl.veiligthuis.keten.monitoring.tijdlijn;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Flyway migration 2.5: chains the rows stored before 2.4 with the same {@link Ketenhash} the service uses, per
 * gezin_id in insertion order ({@code volgnummer}), writes the chain heads and makes {@code hash} NOT NULL. A
 * migration rather than a backfill at startup: it runs once, in one transaction, before the Kafka consumer can
 * append to a half-built chain. Spring Boot hands every {@link JavaMigration} bean to Flyway.
 */
@Component
class HashketenAanvulling implements JavaMigration {

    private static final int PARTIJ = 1000;

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("2.5");
    }

    @Override
    public String getDescription() {
        return "hashketen aanvullen";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection verbinding = context.getConnection();
        try (PreparedStatement rijen = verbinding.prepareStatement(
                "SELECT * FROM tijdlijn_gebeurtenis WHERE hash IS NULL ORDER BY gezin_id, volgnummer");
             PreparedStatement rij = verbinding.prepareStatement(
                     "UPDATE tijdlijn_gebeurtenis SET vorige_hash = ?, hash = ? WHERE event_id = ?");
             PreparedStatement kop = verbinding.prepareStatement(
                     "INSERT INTO tijdlijn_hashketen (gezin_id, laatste_hash, lengte) VALUES (?, ?, ?)")) {
            rijen.setFetchSize(PARTIJ);
            String gezinId = null;
            String vorigeHash = null;
            long positie = 0;
            int inPartij = 0;
            try (ResultSet rs = rijen.executeQuery()) {
                while (rs.next()) {
                    TijdlijnRij gelezen = TijdlijnRij.uit(rs);
                    if (!gelezen.gezinId().equals(gezinId)) {
                        voegKopToe(kop, gezinId, vorigeHash, positie);
                        gezinId = gelezen.gezinId();
                        vorigeHash = null;
                        positie = 0;
                    }
                    positie++;
                    String hash = Ketenhash.hash(gelezen, positie, vorigeHash);
                    rij.setString(1, vorigeHash);
                    rij.setString(2, hash);
                    rij.setString(3, gelezen.eventId());
                    rij.addBatch();
                    vorigeHash = hash;
                    if (++inPartij == PARTIJ) {
                        rij.executeBatch();
                        kop.executeBatch();
                        inPartij = 0;
                    }
                }
            }
            voegKopToe(kop, gezinId, vorigeHash, positie);
            rij.executeBatch();
            kop.executeBatch();
        }
        try (Statement ddl = verbinding.createStatement()) {
            ddl.execute("ALTER TABLE tijdlijn_gebeurtenis ALTER COLUMN hash SET NOT NULL");
        }
    }

    private static void voegKopToe(PreparedStatement kop, String gezinId, String laatsteHash, long lengte)
            throws SQLException {
        if (gezinId == null) {
            return;
        }
        kop.setString(1, gezinId);
        kop.setString(2, laatsteHash);
        kop.setLong(3, lengte);
        kop.addBatch();
    }
}
