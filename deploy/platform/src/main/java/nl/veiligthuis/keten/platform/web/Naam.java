package nl.veiligthuis.keten.platform.web;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A person's or place's name as the chain accepts it (issue 13 point 8): letters, digits, spaces and the punctuation
 * of names ("Anne-Marie", "'s-Hertogenbosch", "J. de Vries"), but no markup or statement characters and no control
 * characters, so a name can never be read as HTML, a query or a template by whoever shows it.
 */
@Pattern(regexp = Naam.PATROON, message = Naam.UITLEG)
@Constraint(validatedBy = {})
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT,
        ElementType.TYPE_USE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Naam {

    String PATROON = "^[^<>&\"\\\\{}\\[\\]|;=^`\\p{Cntrl}]*$";
    String UITLEG = "geen tekens < > & \" \\ { } [ ] | ; = ^ ` of stuurtekens";

    String message() default UITLEG;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
