package nl.veiligthuis.keten.platform.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.veiligthuis.keten.platform.web.ProblemDetailsAdvice.InvalidParam;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * A 400 names every invalid field at once, even when one value cannot be read (issue 13 point 8): while the body is
 * read, {@link OnleesbareVelden} notes unreadable values and unknown fields and reads on; afterwards, if any was noted,
 * the body is validated here and both lists go back together. Nothing reaches the controller.
 */
@ControllerAdvice
class VolledigeInvoer extends RequestBodyAdviceAdapter {

    private final Validator validator;

    VolledigeInvoer(Validator validator) {
        this.validator = validator;
    }

    @Override
    public boolean supports(MethodParameter parameter, Type type, Class<? extends HttpMessageConverter<?>> converter) {
        return true;
    }

    @Override
    public HttpInputMessage beforeBodyRead(HttpInputMessage invoer, MethodParameter parameter, Type type,
                                           Class<? extends HttpMessageConverter<?>> converter) {
        OnleesbareVelden.open();
        return invoer;
    }

    @Override
    public Object afterBodyRead(Object body, HttpInputMessage invoer, MethodParameter parameter, Type type,
                                Class<? extends HttpMessageConverter<?>> converter) {
        List<InvalidParam> onleesbaar = OnleesbareVelden.van().orElse(List.of());
        if (onleesbaar.isEmpty()) {
            return body;
        }
        List<InvalidParam> alle = new ArrayList<>(onleesbaar);
        Set<String> genoemd = onleesbaar.stream().map(InvalidParam::name).collect(Collectors.toSet());
        for (ConstraintViolation<Object> overtreding : validator.validate(body)) {
            // a list's element is named as Spring names it ("gezien[0]"), not with the validator's "<list element>"
            String veld = overtreding.getPropertyPath().toString().replaceAll("\\.<[^>]+>", "");
            // an unreadable value was left empty: its "must not be empty" says nothing new
            if (!genoemd.contains(veld)) {
                alle.add(new InvalidParam(veld, overtreding.getMessage(), code(overtreding)));
            }
        }
        alle.sort(Comparator.comparing(InvalidParam::name));
        throw new OngeldigeInvoer(alle);
    }

    private static String code(ConstraintViolation<Object> overtreding) {
        return overtreding.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
    }
}
