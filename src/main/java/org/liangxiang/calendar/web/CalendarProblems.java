package org.liangxiang.calendar.web;

import java.util.List;
import java.util.Locale;
import org.liangxiang.calendar.internal.InputRejected;
import org.liangxiang.calendar.internal.Violation;
import org.liangxiang.shared.web.Problems;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Bad input to the calendar API as RFC 9457 problem details in the one shape of {@link Problems}: {@code errors} lists
 * each field (parameter or JSON path) with the rule it breaks and a message in the caller's language; {@code field} and
 * {@code rule} repeat the first.
 */
@RestControllerAdvice(assignableTypes = {WorkingDaysController.class, CalendarYearsController.class})
class CalendarProblems {

    private final MessageSource messages;

    CalendarProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler
    ProblemDetail rejected(InputRejected e, Locale locale) {
        return problem(e.violations(), locale);
    }

    @ExceptionHandler
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e, Locale locale) {
        return problem(List.of(Violation.of(e.getName(), "integer", String.valueOf(e.getValue()))), locale);
    }

    @ExceptionHandler
    ProblemDetail unreadable(HttpMessageNotReadableException e, Locale locale) {
        return problem(List.of(Violation.of("body", "json")), locale);
    }

    /** Arguments as text, so that a year reads 2027 and not 2,027. */
    private String message(Violation v, Locale locale) {
        Object[] args = v.args().stream().map(String::valueOf).toArray();
        return messages.getMessage("calendar.rule." + v.rule(), args, locale);
    }

    private ProblemDetail problem(List<Violation> violations, Locale locale) {
        return Problems.of(
                HttpStatus.BAD_REQUEST,
                messages.getMessage("calendar.problem.title", null, locale),
                violations.stream()
                        .map(v -> new org.liangxiang.shared.web.Violation(v.field(), v.rule(), message(v, locale)))
                        .toList());
    }
}
