package nl.veiligthuis.keten.systeem;

import java.util.concurrent.locks.ReentrantLock;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.context.event.ApplicationStartingEvent;
import org.springframework.boot.context.event.SpringApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;

/**
 * Lets the services of one JVM initialise logging one at a time. Spring Boot sets up logging through JVM-wide system
 * properties; two contexts doing that at the same moment can read each other's half-written values and fail to start
 * ("Unknown format 'CONSOLE_LOG_STRUCTURED_FORMAT_IS_UNDEFINED'"). Only this short phase is serialised: the rest of
 * each start still runs in parallel.
 */
final class LoggingInitialisatieOpVolgorde implements ApplicationListener<SpringApplicationEvent>, Ordered {

    private static final ReentrantLock LOGGING = new ReentrantLock();

    @Override
    public void onApplicationEvent(SpringApplicationEvent event) {
        if (event instanceof ApplicationStartingEvent) {
            LOGGING.lock();
        } else if ((event instanceof ApplicationPreparedEvent || event instanceof ApplicationFailedEvent)
                && LOGGING.isHeldByCurrentThread()) {
            LOGGING.unlock();
        }
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
