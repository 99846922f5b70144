package nl.veiligthuis.keten.melding.melding;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Only a police melder says what kind of police melding it is (002 §3.2); reported on {@code politiemelding}. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = AlleenPolitie.Validator.class)
@interface AlleenPolitie {

    String message() default "alleen een melding van de politie is een zorgmelding of een mutatie";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<AlleenPolitie, MeldingRequest.MelderRequest> {

        @Override
        public boolean isValid(MeldingRequest.MelderRequest melder, ConstraintValidatorContext context) {
            if (melder == null || melder.politiemelding() == null || melder.type() == null
                    || melder.type() == MelderType.POLITIE) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("politiemelding").addConstraintViolation();
            return false;
        }
    }
}
