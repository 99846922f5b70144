package nl.veiligthuis.keten.platform.logging;

import ch.qos.logback.classic.pattern.ClassicConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * {@code %dienst} in the log pattern ({@code logback-spring.xml}): the {@link Dienstnaam} of the logging thread,
 * empty when it has none, so that {@code %esb(%dienst){APPLICATION_NAME}} falls back to the application name.
 */
public class DienstConverter extends ClassicConverter {

    @Override
    public String convert(ILoggingEvent event) {
        String naam = Dienstnaam.huidige();
        return naam == null ? "" : naam;
    }
}
