package nl.veiligthuis.keten.melding.melding;

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

/**
 * A gezinId this service knows from an earlier melding. Null is valid. A bean constraint rather than a check in the
 * controller, so an unknown gezin is listed in the same 400 as every other invalid field.
 */
@Target({FIELD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
@Constraint(validatedBy = BekendGezin.Validator.class)
public @interface BekendGezin {

    String message() default "geen bekend gezin: zoek het gezin op of laat gezinId weg";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<BekendGezin, String> {

        private final Gezinsherkenning gezinsherkenning;

        public Validator(Gezinsherkenning gezinsherkenning) {
            this.gezinsherkenning = gezinsherkenning;
        }

        @Override
        public boolean isValid(String gezinId, ConstraintValidatorContext context) {
            return gezinId == null || gezinsherkenning.kent(gezinId);
        }
    }
}
