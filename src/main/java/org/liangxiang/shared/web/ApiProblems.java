package org.liangxiang.shared.web;

import java.util.List;
import java.util.Locale;
import org.liangxiang.shared.InvalidInputException;
import org.liangxiang.shared.InvalidValueException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Bad input to the JSON API becomes an RFC 9457 problem detail in the shape of {@link Problems}, in the caller's
 * language (Chinese unless English was asked for); a single refusal also carries both texts as {@code detailZh} and
 * {@code detailEn}.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiProblems {

    @ExceptionHandler(InvalidValueException.class)
    ProblemDetail invalidValue(InvalidValueException e) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem =
                Problems.of(HttpStatus.BAD_REQUEST, Problems.invalidTitle(locale), List.of(Violation.of(e, locale)));
        problem.setProperty("detailZh", e.messageZh());
        problem.setProperty("detailEn", e.messageEn());
        return problem;
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalidInput(InvalidInputException e) {
        Locale locale = LocaleContextHolder.getLocale();
        return Problems.of(
                HttpStatus.BAD_REQUEST,
                Problems.invalidTitle(locale),
                e.violations().stream().map(v -> Violation.of(v, locale)).toList());
    }
}
