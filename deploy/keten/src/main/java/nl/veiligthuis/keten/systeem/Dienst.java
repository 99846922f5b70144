package nl.veiligthuis.keten.systeem;

import java.util.function.Supplier;
import nl.veiligthuis.keten.melding.MeldingServiceApplication;
import nl.veiligthuis.keten.monitoring.MonitoringServiceApplication;
import nl.veiligthuis.keten.triage.TriageServiceApplication;
import nl.veiligthuis.keten.wijkteam.WijkteamServiceApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The four services of the chain, with their default port and database. */
public enum Dienst {

    MELDING("melding-service", "melding", 8081, MeldingServiceApplication::builder),
    TRIAGE("triage-service", "triage", 8082, TriageServiceApplication::builder),
    WIJKTEAM("wijkteam-service", "wijkteam", 8083, WijkteamServiceApplication::builder),
    MONITORING("monitoring-service", "monitoring", 8084, MonitoringServiceApplication::builder);

    private final String naam;
    private final String database;
    private final int standaardPoort;
    private final Supplier<SpringApplicationBuilder> builder;

    Dienst(String naam, String database, int standaardPoort, Supplier<SpringApplicationBuilder> builder) {
        this.naam = naam;
        this.database = database;
        this.standaardPoort = standaardPoort;
        this.builder = builder;
    }

    public String naam() {
        return naam;
    }

    public String database() {
        return database;
    }

    public int standaardPoort() {
        return standaardPoort;
    }

    SpringApplicationBuilder builder() {
        return builder.get();
    }
}
