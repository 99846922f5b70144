package nl.veiligthuis.keten.testinfra;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;

class TestInfrastructureIntegrationTest {

    @Test
    void givesOneKafkaAndAFreshDatabasePerCall() throws Exception {
        TestInfrastructure infrastructure = TestInfrastructure.get();

        String first = infrastructure.freshDatabase("Infra-Test");
        String second = infrastructure.freshDatabase("Infra-Test");
        assertThat(first).isNotEqualTo(second).contains("/infra_test_");
        try (Connection connection = DriverManager.getConnection(second, infrastructure.username(),
                infrastructure.password());
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select 1")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getInt(1)).isEqualTo(1);
        }

        assertThat(infrastructure.springProperties("spring")).containsKeys("spring.datasource.url",
                "spring.datasource.username", "spring.datasource.password")
                .containsEntry("spring.kafka.bootstrap-servers", infrastructure.bootstrapServers());
        assertThat(TestInfrastructure.get()).isSameAs(infrastructure);

        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                infrastructure.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic("infrastructure-check", 1, (short) 1))).all()
                    .get(30, TimeUnit.SECONDS);
            assertThat(admin.listTopics().names().get(30, TimeUnit.SECONDS)).contains("infrastructure-check");
        }
    }
}
