package nl.veiligthuis.keten.melding.adviesvraag;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import nl.veiligthuis.keten.melding.melding.MelderType;

/** Refuses {@code POLITIE}: the police make a melding (zorgmelding, mutatie huiselijk geweld), not an adviesvraag. */
@Target({FIELD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
@Constraint(validatedBy = GeenPolitie.Validator.class)
public @interface GeenPolitie {

    String message() default "de politie doet een melding (zorgmelding of mutatie huiselijk geweld), geen adviesvraag";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<GeenPolitie, MelderType> {

        @Override
        public boolean isValid(MelderType type, ConstraintValidatorContext context) {
            return type != MelderType.POLITIE;
        }
    }
}
