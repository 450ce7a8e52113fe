package org.liangxiang.calendar.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import org.liangxiang.calendar.WorkingDayCount;

@Schema(description = "The working days after from up to and including to (negative when to is earlier)")
record WorkingDayCountResponse(
        LocalDate from, LocalDate to, int workingDays, boolean provisional, List<Integer> provisionalYears) {

    static WorkingDayCountResponse of(WorkingDayCount answer) {
        return new WorkingDayCountResponse(
                answer.from(), answer.to(), answer.workingDays(), answer.provisional(), answer.provisionalYears());
    }
}
