package org.liangxiang.intake;

import java.util.List;
import java.util.Locale;
import org.liangxiang.shared.InvalidValueException;
import org.liangxiang.shared.web.Problems;
import org.liangxiang.shared.web.Violation;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/** RFC 9457 problem details for intake's API (404, 409, 422, too-large uploads), in the shape of {@link Problems}. */
@RestControllerAdvice(assignableTypes = {ApplicationsController.class, StaffIntakeController.class})
class IntakeProblems {

    private final IntakeMessages messages;
    private final ApplicationResources resources;

    IntakeProblems(IntakeMessages messages, ApplicationResources resources) {
        this.messages = messages;
        this.resources = resources;
    }

    @ExceptionHandler
    ProblemDetail notFound(ApplicationNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "notFound", "applicationId", "INTAKE_APPLICATION_NOT_FOUND");
    }

    @ExceptionHandler
    ProblemDetail state(ApplicationStateException e) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = problem(
                HttpStatus.CONFLICT,
                "state",
                "status",
                "INTAKE_STATUS_" + e.act(),
                messages.text("intake.status." + e.status(), locale),
                messages.text("intake.act." + e.act(), locale));
        problem.setProperty("applicationStatus", e.status().name());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail changed(ApplicationChangedException e) {
        ProblemDetail problem = problem(
                HttpStatus.CONFLICT,
                "changed",
                "version",
                "INTAKE_CONCURRENT_CHANGE",
                messages.text("intake.status." + e.status(), LocaleContextHolder.getLocale()));
        problem.setProperty("currentStatus", e.status().name());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail open(OpenApplicationExistsException e) {
        Locale locale = LocaleContextHolder.getLocale();
        ApplicationResource.Place township =
                e.receivingTownship().isEmpty() ? null : resources.place(e.receivingTownship());
        ProblemDetail problem = problem(
                HttpStatus.CONFLICT,
                "open",
                "subsidies",
                "INTAKE_OPEN_APPLICATION_EXISTS",
                e.subsidy().name(locale),
                e.number(),
                township == null ? "" : township.name(),
                messages.text("intake.status." + e.status(), locale));
        problem.setProperty(
                "openApplication",
                new OpenApplication(
                        e.subsidy().name(), e.number(), township, e.status().name()));
        return problem;
    }

    record OpenApplication(String subsidy, String number, ApplicationResource.Place receivingTownship, String status) {}

    @ExceptionHandler
    ProblemDetail reused(IdempotencyKeys.IdempotencyKeyReusedException e) {
        return problem(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "idempotencyReused",
                ApplicationApi.IDEMPOTENCY_KEY,
                "INTAKE_IDEMPOTENCY_KEY_REUSED");
    }

    @ExceptionHandler
    ProblemDetail running(IdempotencyKeys.IdempotencyKeyInUseException e) {
        return problem(
                HttpStatus.CONFLICT,
                "idempotencyRunning",
                ApplicationApi.IDEMPOTENCY_KEY,
                "INTAKE_IDEMPOTENCY_KEY_RUNNING");
    }

    /** A part over the multipart limit (well above 10 MB): the same answer as a file over 10 MB. */
    @ExceptionHandler
    ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
        InvalidValueException refusal =
                messages.invalid("file", "INTAKE_FILE_TOO_LARGE", ApplicationMaterials.MAX_BYTES / (1024 * 1024));
        Locale locale = LocaleContextHolder.getLocale();
        return Problems.of(
                HttpStatus.CONTENT_TOO_LARGE,
                messages.text("intake.problem.tooLarge.title", locale),
                List.of(Violation.of(refusal, locale)));
    }

    private ProblemDetail problem(HttpStatus status, String key, String field, String rule, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        return Problems.of(
                status,
                messages.text("intake.problem." + key + ".title", locale),
                List.of(new Violation(field, rule, messages.text("intake.problem." + key + ".detail", locale, args))));
    }
}
