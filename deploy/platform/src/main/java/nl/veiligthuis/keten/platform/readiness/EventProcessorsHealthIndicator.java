package nl.veiligthuis.keten.platform.readiness;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * UP when every event processor runs without error and every segment of each streaming processor is claimed, by
 * this instance or by another one on the same database. Until then events would wait unprocessed.
 */
public class EventProcessorsHealthIndicator extends AbstractHealthIndicator {

    private final EventProcessingConfiguration processing;
    private final JdbcTemplate jdbc;

    public EventProcessorsHealthIndicator(EventProcessingConfiguration processing, JdbcTemplate jdbc) {
        this.processing = processing;
        this.jdbc = jdbc;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        builder.up();
        for (EventProcessor processor : processing.eventProcessors().values()) {
            if (!processor.isRunning() || processor.isError()) {
                builder.status(Status.OUT_OF_SERVICE).withDetail(processor.getName(),
                        processor.isError() ? "in error" : "not running");
            } else if (processor instanceof StreamingEventProcessor streaming) {
                int eigen = streaming.processingStatus().size();
                Integer vrij = jdbc.queryForObject(
                        "SELECT count(*) FROM token_entry WHERE processor_name = ? AND owner IS NULL", Integer.class,
                        processor.getName());
                boolean geclaimd = streaming.processingStatus().values().stream().noneMatch(s -> s.isErrorState())
                        && (eigen > 0 || (vrij != null && vrij == 0 && bestaat(processor.getName())));
                if (!geclaimd) {
                    builder.status(Status.OUT_OF_SERVICE);
                }
                builder.withDetail(processor.getName(), eigen + " segment(s) here" + (geclaimd ? "" : ", not claimed"));
            }
        }
    }

    private boolean bestaat(String processor) {
        Integer segmenten = jdbc.queryForObject("SELECT count(*) FROM token_entry WHERE processor_name = ?",
                Integer.class, processor);
        return segmenten != null && segmenten > 0;
    }
}
