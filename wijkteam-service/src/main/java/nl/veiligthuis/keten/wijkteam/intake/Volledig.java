package nl.veiligthuis.keten.wijkteam.intake;

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
import java.util.Map;

/**
 * A map keyed by an enum that has an entry for every value of it, e.g. all 13 ZRM domains. Null is valid. Each
 * missing key is its own invalid field ({@code scores[JUSTITIE]}), in the same 400 as every other invalid field.
 */
@Target({FIELD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
@Constraint(validatedBy = Volledig.Validator.class)
public @interface Volledig {

    /** The enum whose every value must be a key. */
    Class<? extends Enum<?>> value();

    String message() default "ontbreekt: elk onderdeel is verplicht";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<Volledig, Map<?, ?>> {

        private Enum<?>[] sleutels;

        @Override
        public void initialize(Volledig volledig) {
            sleutels = volledig.value().getEnumConstants();
        }

        @Override
        public boolean isValid(Map<?, ?> kaart, ConstraintValidatorContext context) {
            if (kaart == null) {
                return true;
            }
            boolean volledig = true;
            context.disableDefaultConstraintViolation();
            for (Enum<?> sleutel : sleutels) {
                if (!kaart.containsKey(sleutel)) {
                    volledig = false;
                    context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                            .addBeanNode().inIterable().atKey(sleutel)
                            .addConstraintViolation();
                }
            }
            return volledig;
        }
    }
}
