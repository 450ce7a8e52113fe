package org.liangxiang.calendar.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.liangxiang.calendar.WorkingDays;
import org.liangxiang.calendar.internal.InputRejected;
import org.liangxiang.calendar.internal.Violation;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Working-day arithmetic for anyone: public reference data. */
@RestController
@RequestMapping("/api/calendar")
@Tag(name = "Working-day calendar", description = "State Council holiday schedules and working-day arithmetic")
class WorkingDaysController {

    static final int MAX_ADD = 3650;
    static final int MAX_SPAN_DAYS = 7305;

    private final WorkingDays workingDays;

    WorkingDaysController(WorkingDays workingDays) {
        this.workingDays = workingDays;
    }

    @GetMapping("/working-days")
    @Operation(
            summary = "Add working days to a date, or count the working days between two dates",
            description = "With add=N: the N-th working day after from (from itself is not counted; add=0 gives from)."
                    + " With to: the working days after from up to and including to (negative when to is earlier)."
                    + " provisional is true when a year counted has no published schedule (Monday to Friday was"
                    + " assumed); provisionalYears names those years.")
    @ApiResponse(
            responseCode = "200",
            content = @Content(schema = @Schema(oneOf = {WorkingDateResponse.class, WorkingDayCountResponse.class})))
    @ApiResponse(
            responseCode = "400",
            description = "A parameter is missing or breaks a rule; errors names each parameter and rule",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemDetail.class)))
    Object workingDays(
            @Parameter(
                            description = "The triggering day, YYYY-MM-DD",
                            example = "2025-09-30",
                            required = true,
                            schema = @Schema(type = "string", format = "date"))
                    @RequestParam(required = false)
                    String from,
            @Parameter(
                            description = "Working days to add, 0 to " + MAX_ADD + " (give add or to)",
                            example = "1",
                            schema = @Schema(type = "integer", minimum = "0", maximum = "3650"))
                    @RequestParam(required = false)
                    String add,
            @Parameter(
                            description = "The other date, YYYY-MM-DD (give add or to)",
                            example = "2025-10-09",
                            schema = @Schema(type = "string", format = "date"))
                    @RequestParam(required = false)
                    String to) {
        List<Violation> violations = new ArrayList<>();
        LocalDate fromDate = Params.date("from", from, violations);
        if (add == null && to == null) {
            violations.add(Violation.of("add", "add-or-to"));
        } else if (add != null && to != null) {
            violations.add(Violation.of("to", "not-with-add"));
        }
        Integer days = add == null ? null : Params.integer("add", add, 0, MAX_ADD, violations);
        LocalDate toDate = to == null ? null : Params.date("to", to, violations);
        if (fromDate != null && toDate != null && Math.abs(ChronoUnit.DAYS.between(fromDate, toDate)) > MAX_SPAN_DAYS) {
            violations.add(Violation.of("to", "span", MAX_SPAN_DAYS));
        }
        if (!violations.isEmpty()) {
            throw new InputRejected(violations);
        }
        return days != null
                ? WorkingDateResponse.of(workingDays.plus(fromDate, days))
                : WorkingDayCountResponse.of(workingDays.between(fromDate, toDate));
    }
}
