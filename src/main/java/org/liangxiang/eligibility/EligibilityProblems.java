package org.liangxiang.eligibility;

import java.util.List;
import java.util.Locale;
import org.liangxiang.region.UnknownRegionException;
import org.liangxiang.shared.web.Problems;
import org.liangxiang.shared.web.Violation;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** RFC 9457 problem details of the eligibility API for what is not bad input: 403, 404, 409. */
@RestControllerAdvice(
        assignableTypes = {
            ReferenceImportController.class,
            CheckController.class,
            RecheckController.class,
            OutreachController.class
        })
class EligibilityProblems {

    private final MessageSource messages;

    EligibilityProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler
    ProblemDetail outside(OutsideJurisdictionException e) {
        return problem(
                HttpStatus.FORBIDDEN, e.field(), "OUTSIDE_JURISDICTION", "eligibility.problem.outsideJurisdiction");
    }

    @ExceptionHandler
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, e.what(), "NOT_FOUND", "eligibility.problem.notFound");
    }

    @ExceptionHandler
    ProblemDetail unknownRegion(UnknownRegionException e) {
        return problem(HttpStatus.BAD_REQUEST, "region", "REGION_UNKNOWN", "eligibility.problem.unknownRegion");
    }

    @ExceptionHandler
    ProblemDetail alreadyDecided(AlreadyDecidedException e) {
        return problem(HttpStatus.CONFLICT, "status", "ALREADY_DECIDED", "eligibility.problem.alreadyDecided");
    }

    private ProblemDetail problem(HttpStatus status, String field, String rule, String key) {
        Locale locale = LocaleContextHolder.getLocale();
        return Problems.of(
                status,
                messages.getMessage("eligibility.problem.title." + status.value(), null, locale),
                List.of(new Violation(field, rule, messages.getMessage(key, null, locale))));
    }
}
