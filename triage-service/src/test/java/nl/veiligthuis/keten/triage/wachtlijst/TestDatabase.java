package nl.veiligthuis.keten.triage.wachtlijst;

import nl.veiligthuis.keten.testinfra.TestInfrastructure;
import org.flywaydb.core.Flyway;
import org.postgresql.Driver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/** A fresh PostgreSQL database with triage-service's migrations, without a Spring context. */
final class TestDatabase {

    private TestDatabase() {
    }

    static JdbcClient nieuw() {
        var infrastructure = TestInfrastructure.get();
        String url = infrastructure.freshDatabase("wachtlijst");
        Flyway.configure()
                .dataSource(url, infrastructure.username(), infrastructure.password())
                .locations("classpath:db/platform", "classpath:db/migration/triage-service")
                .load()
                .migrate();
        return JdbcClient.create(new SimpleDriverDataSource(new Driver(), url, infrastructure.username(),
                infrastructure.password()));
    }
}
