package nl.veiligthuis.keten.platform.privacy;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The property of a stored event whose value names the key its {@link Persoonsgegeven}s are encrypted with: the
 * gezin, or for an event about no gezin (an adviesvraag) its own id. An event with personal data must have one.
 */
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface Sleutelhouder {
}
