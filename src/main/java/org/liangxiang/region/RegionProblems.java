package org.liangxiang.region;

import java.util.List;
import java.util.Locale;
import org.liangxiang.shared.web.Problems;
import org.liangxiang.shared.web.Violation;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * RFC 9457 problem details for the region API in the one shape of {@link Problems} ({@code errors} with field, rule
 * and message; {@code field} and {@code rule} of the first), in the request's language, with the offending {@code
 * value} and, for an import file, its {@code line}.
 */
@RestControllerAdvice(assignableTypes = {RegionController.class, RegionAdminController.class})
class RegionProblems extends ResponseEntityExceptionHandler {

    private final MessageSource messages;

    RegionProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler
    ProblemDetail unknownCode(UnknownRegionException e) {
        return problem(HttpStatus.NOT_FOUND, "unknown-code", "code", e.code(), "region.problem.unknownCode", e.code());
    }

    @ExceptionHandler
    ProblemDetail unknownPath(UnknownNamePathException e) {
        return problem(HttpStatus.NOT_FOUND, "unknown-path", "path", e.path(), "region.problem.unknownPath", e.path());
    }

    @ExceptionHandler
    ProblemDetail invalidCode(InvalidRegionCodeException e) {
        String rule = e.rule().name().toLowerCase(Locale.ROOT);
        return problem(
                HttpStatus.BAD_REQUEST,
                rule,
                e.field(),
                e.value(),
                "region.problem.code." + rule,
                e.field(),
                e.value());
    }

    @ExceptionHandler
    ProblemDetail importRefused(RegionImportException e) {
        HttpStatus status = e.rule() == RegionImportException.ImportRule.EDITION_EXISTS
                ? HttpStatus.CONFLICT
                : HttpStatus.BAD_REQUEST;
        String line = e.line() == null ? "-" : e.line().toString();
        ProblemDetail problem = problem(
                status,
                e.rule().key,
                e.field(),
                e.value(),
                "region.import." + e.rule().key,
                e.field(),
                line,
                e.value());
        if (e.line() != null) {
            problem.setProperty("line", e.line());
        }
        return problem;
    }

    /** Every field that breaks a constraint is listed; {@code value} is the first one's rejected value. */
    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        List<FieldError> errors = e.getBindingResult().getFieldErrors();
        List<Violation> violations = errors.isEmpty()
                ? List.of(violation("valid", "body", "region.problem.invalidField", locale, "body", "valid"))
                : errors.stream()
                        .map(error -> violation(
                                String.valueOf(error.getCode()),
                                error.getField(),
                                "region.problem.invalidField",
                                locale,
                                error.getField(),
                                error.getCode()))
                        .toList();
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, title(HttpStatus.BAD_REQUEST, locale), violations);
        Object value = errors.isEmpty() ? null : errors.get(0).getRejectedValue();
        if (value != null) {
            problem.setProperty("value", value.toString());
        }
        return ResponseEntity.badRequest().body(problem);
    }

    /** The one problem shape ({@link Problems}), plus the offending {@code value} when there is one. */
    private ProblemDetail problem(
            HttpStatus status, String rule, String field, String value, String key, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem =
                Problems.of(status, title(status, locale), List.of(violation(rule, field, key, locale, args)));
        if (value != null) {
            problem.setProperty("value", value);
        }
        return problem;
    }

    private Violation violation(String rule, String field, String key, Locale locale, Object... args) {
        return new Violation(field, rule, messages.getMessage(key, args, locale));
    }

    private String title(HttpStatus status, Locale locale) {
        return messages.getMessage("region.problem.title." + status.value(), null, locale);
    }
}
