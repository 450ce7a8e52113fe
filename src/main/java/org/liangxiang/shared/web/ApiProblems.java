package org.liangxiang.shared.web;

import java.util.Locale;
import org.liangxiang.shared.InvalidValueException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Bad input to the JSON API becomes an RFC 9457 problem detail that names the field and the rule broken, in the
 * caller's language (Chinese unless English was asked for), with both texts as extra properties.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiProblems {

    @ExceptionHandler(InvalidValueException.class)
    ProblemDetail invalidValue(InvalidValueException e) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.message(locale));
        problem.setTitle("en".equals(locale.getLanguage()) ? "Invalid value" : "输入不符合要求");
        problem.setProperty("field", e.field());
        problem.setProperty("rule", e.rule());
        problem.setProperty("detailZh", e.messageZh());
        problem.setProperty("detailEn", e.messageEn());
        return problem;
    }
}
