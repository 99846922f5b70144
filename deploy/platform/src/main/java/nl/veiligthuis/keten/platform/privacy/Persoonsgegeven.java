package nl.veiligthuis.keten.platform.privacy;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Personal data in a stored event (R21): a name, a BSN, a date of birth, contact details, free text. The event store
 * keeps it encrypted with the key of the event's {@link Sleutelhouder}; once that key is destroyed the value reads as
 * {@link Ontsleuteling#GEWIST} (text), an empty list, set or map, or {@code null}.
 */
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@JacksonAnnotationsInside
@JsonSerialize(using = Versleuteling.class)
@JsonDeserialize(using = Ontsleuteling.class)
public @interface Persoonsgegeven {
}
