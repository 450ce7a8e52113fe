package org.liangxiang.region;

import java.util.Locale;
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

/** RFC 9457 problem details for the region API, naming the field and the rule, in the request's language. */
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

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        FieldError error = e.getBindingResult().getFieldError();
        String field = error == null ? "body" : error.getField();
        String rule = error == null ? "valid" : String.valueOf(error.getCode());
        Object value = error == null ? null : error.getRejectedValue();
        return ResponseEntity.badRequest()
                .body(problem(
                        HttpStatus.BAD_REQUEST,
                        rule,
                        field,
                        value == null ? null : value.toString(),
                        "region.problem.invalidField",
                        field,
                        rule));
    }

    private ProblemDetail problem(
            HttpStatus status, String rule, String field, String value, String key, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage(key, args, locale));
        problem.setTitle(messages.getMessage("region.problem.title." + status.value(), null, locale));
        problem.setProperty("field", field);
        problem.setProperty("rule", rule);
        if (value != null) {
            problem.setProperty("value", value);
        }
        return problem;
    }
}
