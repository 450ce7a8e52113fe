package org.liangxiang.calendar.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.liangxiang.calendar.internal.ScheduleStore.PublishedYear;

@Schema(description = "A year of the calendar: PUBLISHED (authoritative) or PROVISIONAL (counted Monday to Friday)")
record YearResponse(
        int year,
        @Schema(allowableValues = {PUBLISHED, PROVISIONAL}) String status,
        Instant enteredAt,
        String enteredBy,
        Integer holidays,
        Integer makeupWorkdays) {

    static final String PUBLISHED = "PUBLISHED";
    static final String PROVISIONAL = "PROVISIONAL";

    /** The published years, with this year and next added as provisional when they have no schedule. */
    static List<YearResponse> list(List<PublishedYear> published, int thisYear) {
        List<YearResponse> years = new ArrayList<>();
        for (PublishedYear p : published) {
            years.add(new YearResponse(
                    p.year(), PUBLISHED, p.enteredAt(), p.enteredBy(), p.holidays(), p.makeupWorkdays()));
        }
        for (int year = thisYear; year <= thisYear + 1; year++) {
            int y = year;
            if (published.stream().noneMatch(p -> p.year() == y)) {
                years.add(new YearResponse(year, PROVISIONAL, null, null, null, null));
            }
        }
        years.sort((a, b) -> Integer.compare(a.year(), b.year()));
        return List.copyOf(years);
    }
}
