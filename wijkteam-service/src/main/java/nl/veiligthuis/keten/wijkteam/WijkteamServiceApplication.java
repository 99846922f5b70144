package nl.veiligthuis.keten.wijkteam;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

@SpringBootApplication
public class WijkteamServiceApplication {

    public static final String NAAM = "wijkteam-service";

    public static void main(String[] args) {
        builder().run(args);
    }

    /** The service's configuration file is named after it, so four services can share one classpath. */
    public static SpringApplicationBuilder builder() {
        System.setProperty("disable-axoniq-console-message", "true");
        return new SpringApplicationBuilder(WijkteamServiceApplication.class)
                .properties("spring.config.name=" + NAAM);
    }
}
