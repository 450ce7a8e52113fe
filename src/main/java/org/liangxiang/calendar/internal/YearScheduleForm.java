package org.liangxiang.calendar.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * A year's schedule as an administrator enters it: the notice it comes from and every day that departs from the
 * Monday-to-Friday week. Fields are kept as text so that each bad value is reported against its own field.
 */
@Schema(description = "A year's holiday schedule (国务院办公厅关于某年部分节假日安排的通知)")
public record YearScheduleForm(
        @Schema(description = "The notice the schedule comes from", example = "国务院办公厅关于2027年部分节假日安排的通知")
        String source,

        @Schema(description = "Every holiday and make-up working day of the schedule")
        List<Day> days) {

    @Schema(name = "YearScheduleDay")
    public record Day(
            @Schema(
                    description = "ISO date; in the year, or in December before or January after it",
                    example = "2027-01-01")
            String date,

            @Schema(description = "HOLIDAY or MAKEUP_WORKDAY (a Saturday or Sunday worked)", example = "HOLIDAY")
            String kind,

            @Schema(description = "The festival, in Chinese", example = "元旦")
            String name) {}
}
