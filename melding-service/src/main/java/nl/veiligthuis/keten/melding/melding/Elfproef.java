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

/** A BSN: nine digits passing the elfproef (weights 9 … 2 and -1, sum divisible by 11, not all zeros). Null is valid. */
@Target({FIELD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
@Constraint(validatedBy = Elfproef.Validator.class)
public @interface Elfproef {

    String message() default "geen geldig BSN: negen cijfers die aan de elfproef voldoen";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<Elfproef, String> {

        @Override
        public boolean isValid(String bsn, ConstraintValidatorContext context) {
            return bsn == null || isBsn(bsn);
        }

        public static boolean isBsn(String bsn) {
            if (!bsn.matches("\\d{9}") || bsn.equals("000000000")) {
                return false;
            }
            int som = 0;
            for (int i = 0; i < 8; i++) {
                som += (9 - i) * (bsn.charAt(i) - '0');
            }
            som -= bsn.charAt(8) - '0';
            return som % 11 == 0;
        }
    }
}
