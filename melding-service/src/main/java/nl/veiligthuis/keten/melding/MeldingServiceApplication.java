package nl.veiligthuis.keten.melding;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.builder.SpringApplicationBuilder;

@SpringBootApplication
@ConfigurationPropertiesScan
public class MeldingServiceApplication {

    public static final String NAAM = "melding-service";

    public static void main(String[] args) {
        builder().run(args);
    }

    /** The service's configuration file is named after it, so four services can share one classpath. */
    public static SpringApplicationBuilder builder() {
        System.setProperty("disable-axoniq-console-message", "true");
        return new SpringApplicationBuilder(MeldingServiceApplication.class)
                .properties("spring.config.name=" + NAAM);
    }
}
