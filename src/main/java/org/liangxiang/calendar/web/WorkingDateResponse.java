package org.liangxiang.calendar.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import org.liangxiang.calendar.WorkingDayDate;

@Schema(description = "The add-th working day after from")
record WorkingDateResponse(
        LocalDate from, int add, LocalDate date, boolean provisional, List<Integer> provisionalYears) {

    static WorkingDateResponse of(WorkingDayDate answer) {
        return new WorkingDateResponse(
                answer.from(), answer.add(), answer.date(), answer.provisional(), answer.provisionalYears());
    }
}
