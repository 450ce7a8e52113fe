package org.liangxiang.review;

import java.util.List;
import java.util.Locale;
import org.liangxiang.shared.web.Problems;
import org.liangxiang.shared.web.Violation;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The review API's refusals as RFC 9457 problem details in the shared shape: 404 for a case that is unknown or outside
 * the jurisdiction, 403 for an act of another kind of office, 409 for a stale version or a state the act does not
 * apply to (with the case's current state as {@code current}), 400 for a malformed value.
 */
@RestControllerAdvice(assignableTypes = ReviewController.class)
class ReviewProblems {

    private final MessageSource messages;

    ReviewProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler
    ProblemDetail notFound(CaseNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "applicationId", "NOT_FOUND", "review.problem.NOT_FOUND");
    }

    @ExceptionHandler
    ProblemDetail notYours(NotYourActException e) {
        ProblemDetail problem = problem(
                HttpStatus.FORBIDDEN, "act", "OFFICE", "review.problem.OFFICE", message("review.office." + e.office()));
        problem.setProperty("office", e.office());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail conflict(CaseConflictException e) {
        CaseSummary current = e.current();
        ProblemDetail problem = problem(
                HttpStatus.CONFLICT,
                e.rule() == CaseConflictException.Rule.STALE_VERSION ? "expectedVersion" : "state",
                e.rule().name(),
                "review.problem." + e.rule(),
                message("review.state." + current.state()),
                current.version());
        problem.setProperty("current", current);
        return problem;
    }

    /** Intake's own act on the application (a withdrawal, a resubmission) met the staff's act: the database chose. */
    @ExceptionHandler
    ProblemDetail concurrent(PessimisticLockingFailureException e) {
        return problem(HttpStatus.CONFLICT, "expectedVersion", "CONCURRENT_CHANGE", "review.problem.CONCURRENT_CHANGE");
    }

    @ExceptionHandler
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        return problem(HttpStatus.BAD_REQUEST, "body", "BODY_UNREADABLE", "review.problem.BODY_UNREADABLE");
    }

    @ExceptionHandler
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return problem(
                HttpStatus.BAD_REQUEST, e.getName(), "VALUE_UNKNOWN", "review.problem.VALUE_UNKNOWN", e.getName());
    }

    private ProblemDetail problem(HttpStatus status, String field, String rule, String key, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        String text = messages.getMessage(key, args, locale);
        return Problems.of(
                status,
                messages.getMessage("review.problem.title." + status.value(), null, locale),
                List.of(new Violation(field, rule, text)));
    }

    private String message(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
