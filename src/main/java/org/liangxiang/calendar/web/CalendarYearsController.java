package org.liangxiang.calendar.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.List;
import org.liangxiang.calendar.WorkingDayScheduleEntered;
import org.liangxiang.calendar.internal.ScheduleEntry;
import org.liangxiang.calendar.internal.ScheduleStore;
import org.liangxiang.calendar.internal.YearScheduleForm;
import org.liangxiang.shared.ChinaTime;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Which years have a published schedule, and entering a new year's schedule (system administrators). */
@RestController
@RequestMapping("/api/calendar/years")
@Tag(name = "Working-day calendar")
class CalendarYearsController {

    private final ScheduleStore store;
    private final ScheduleEntry entry;

    CalendarYearsController(ScheduleStore store, ScheduleEntry entry) {
        this.store = store;
        this.entry = entry;
    }

    @GetMapping
    @Operation(
            summary = "The years with a published schedule, and this year and next when they have none",
            description = "PUBLISHED years are authoritative; a PROVISIONAL year is counted Monday to Friday.")
    List<YearResponse> years() {
        return YearResponse.list(store.publishedYears(), ChinaTime.today().getYear());
    }

    @PutMapping("/{year}")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    @Operation(
            summary = "Enter (or correct) a year's holiday schedule",
            description = "Replaces the year's holidays and make-up working days and publishes"
                    + " WorkingDayScheduleEntered, on which deadlines computed provisionally for the year are"
                    + " recomputed. System administrators only.")
    @ApiResponse(responseCode = "200", description = "The schedule is published")
    @ApiResponse(
            responseCode = "400",
            description = "A field breaks a rule; errors names each field and rule; nothing was stored",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "403", description = "Not a system administrator")
    YearEntered enter(
            @Parameter(description = "The schedule's year", example = "2027") @PathVariable int year,
            @RequestBody YearScheduleForm schedule,
            Principal principal) {
        WorkingDayScheduleEntered entered = entry.enter(year, schedule, principal.getName());
        return new YearEntered(
                year,
                YearResponse.PUBLISHED,
                entered.replacedProvisional(),
                schedule.days().size());
    }

    @Schema(description = "The outcome of entering a year's schedule")
    record YearEntered(int year, String status, boolean replacedProvisional, int days) {}
}
