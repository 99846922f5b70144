package nl.veiligthuis.keten.monitoring.aanvulling;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * R21: a correction says what it corrects ({@code betreft}); an own statement says whose it is ({@code persoonId}).
 * Reported on those fields, beside any other invalid field of the body.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = Compleet.Validator.class)
@interface Compleet {

    String message() default "onvolledig";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<Compleet, AanvullingRequest> {

        @Override
        public boolean isValid(AanvullingRequest request, ConstraintValidatorContext context) {
            boolean geldig = true;
            context.disableDefaultConstraintViolation();
            if (request.soort() == Soort.CORRECTIE && request.betreft() == null) {
                context.buildConstraintViolationWithTemplate("een correctie zegt wat zij corrigeert")
                        .addPropertyNode("betreft").addConstraintViolation();
                geldig = false;
            }
            if (request.soort() == Soort.EIGEN_VERKLARING && request.persoonId() == null) {
                context.buildConstraintViolationWithTemplate("een eigen verklaring is van een gezinslid")
                        .addPropertyNode("persoonId").addConstraintViolation();
                geldig = false;
            }
            return geldig;
        }
    }
}
