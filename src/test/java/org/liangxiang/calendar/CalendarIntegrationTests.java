package org.liangxiang.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.liangxiang.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The calendar API against the real database. Years entered here are random years of the 22nd to 29th centuries laid
 * out like 2025 (1 October a Wednesday), each standing for "2027, before and after its schedule is entered": 2027
 * itself is left unpublished so that no other test sees the shared database change under it.
 */
@IntegrationTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class CalendarIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationEvents events;

    @Autowired
    WorkingDays workingDays;

    /** Years of 2100-2899 whose 1 October is a Wednesday, as in 2025, in random order; each handed out once. */
    static final Deque<Integer> UNUSED_YEARS = shuffledYearsLike2025();

    static Deque<Integer> shuffledYearsLike2025() {
        List<Integer> years = IntStream.rangeClosed(2100, 2899)
                .filter(y -> LocalDate.of(y, 10, 1).getDayOfWeek() == DayOfWeek.WEDNESDAY)
                .boxed()
                .collect(Collectors.toCollection(ArrayList::new));
        Collections.shuffle(years);
        return new ConcurrentLinkedDeque<>(years);
    }

    /** A year no test has entered, laid out like 2025. */
    static int unpublishedYearLike2025() {
        return UNUSED_YEARS.pop();
    }

    /** 2025's National Day schedule moved to the given year: 10/1-10/8 off, Sunday 9/28 and Saturday 10/11 worked. */
    static String nationalDaySchedule(int year) {
        StringBuilder days = new StringBuilder();
        days.append(day(year + "-09-28", "MAKEUP_WORKDAY", "国庆节"));
        for (int d = 1; d <= 8; d++) {
            days.append(',').append(day(year + "-10-0" + d, "HOLIDAY", "国庆节、中秋节"));
        }
        days.append(',').append(day(year + "-10-11", "MAKEUP_WORKDAY", "国庆节"));
        return "{\"source\":\"国务院办公厅关于" + year + "年部分节假日安排的通知\",\"days\":[" + days + "]}";
    }

    static String day(String date, String kind, String name) {
        return "{\"date\":\"" + date + "\",\"kind\":\"" + kind + "\",\"name\":\"" + name + "\"}";
    }

    ResultActions getAsAnyone(String uri) throws Exception {
        return mvc.perform(get(uri).with(user("reader")));
    }

    /** Every staff principal carries ROLE_STAFF besides its own role, as SignedInStaff does. */
    static String[] staff(String... roles) {
        String[] all = java.util.Arrays.copyOf(roles, roles.length + 1);
        all[roles.length] = "STAFF";
        return all;
    }

    ResultActions enter(int year, String body, String... roles) throws Exception {
        return mvc.perform(put("/api/calendar/years/" + year)
                .with(user("admin-" + year).roles(staff(roles)))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    @Test
    void addsWorkingDaysAcrossTheNationalDayWeek() throws Exception {
        getAsAnyone("/api/calendar/working-days?from=2025-09-30&add=1")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.from").value("2025-09-30"))
                .andExpect(jsonPath("$.add").value(1))
                .andExpect(jsonPath("$.date").value("2025-10-09"))
                .andExpect(jsonPath("$.provisional").value(false))
                .andExpect(jsonPath("$.provisionalYears", empty()));
    }

    @Test
    void countsWorkingDaysBetweenTwoDates() throws Exception {
        getAsAnyone("/api/calendar/working-days?from=2025-09-26&to=2025-10-11")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.from").value("2025-09-26"))
                .andExpect(jsonPath("$.to").value("2025-10-11"))
                .andExpect(jsonPath("$.workingDays").value(6))
                .andExpect(jsonPath("$.provisional").value(false));
    }

    @Test
    void anUnpublishedYearIsAnsweredMondayToFridayAndProvisionally() throws Exception {
        getAsAnyone("/api/calendar/working-days?from=2030-09-30&add=1")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.date").value("2030-10-01"))
                .andExpect(jsonPath("$.provisional").value(true))
                .andExpect(jsonPath("$.provisionalYears", contains(2030)));
    }

    @Test
    void listsTheBundledYearsAsPublished() throws Exception {
        getAsAnyone("/api/calendar/years")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.year == 2025)].status", contains("PUBLISHED")))
                .andExpect(jsonPath("$[?(@.year == 2025)].holidays", contains(28)))
                .andExpect(jsonPath("$[?(@.year == 2025)].makeupWorkdays", contains(5)))
                .andExpect(jsonPath("$[?(@.year == 2020)].status", contains("PUBLISHED")))
                .andExpect(jsonPath("$[?(@.year == 2026)].holidays", contains(33)));
        int nextYear = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear() + 1;
        getAsAnyone("/api/calendar/years")
                .andExpect(jsonPath(
                        "$[?(@.year == " + nextYear + ")].status",
                        contains(nextYear <= 2026 ? "PUBLISHED" : "PROVISIONAL")));
    }

    @Test
    void enteringAYearsSchedulePublishesItAndChangesTheAnswers() throws Exception {
        int year = unpublishedYearLike2025();
        String from = year + "-09-30";
        getAsAnyone("/api/calendar/working-days?from=" + from + "&add=1")
                .andExpect(jsonPath("$.date").value(year + "-10-01"))
                .andExpect(jsonPath("$.provisionalYears", contains(year)));

        enter(year, nationalDaySchedule(year), "SYSTEM_ADMIN")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.year").value(year))
                .andExpect(jsonPath("$.status").value("PUBLISHED"))
                .andExpect(jsonPath("$.replacedProvisional").value(true))
                .andExpect(jsonPath("$.days").value(10));

        getAsAnyone("/api/calendar/working-days?from=" + from + "&add=1")
                .andExpect(jsonPath("$.date").value(year + "-10-09"))
                .andExpect(jsonPath("$.provisional").value(false));
        assertThat(workingDays.isWorkingDay(LocalDate.of(year, 10, 11)).workingDay())
                .isTrue();
        getAsAnyone("/api/calendar/years")
                .andExpect(jsonPath("$[?(@.year == " + year + ")].status", contains("PUBLISHED")))
                .andExpect(jsonPath("$[?(@.year == " + year + ")].enteredBy", contains("admin-" + year)))
                .andExpect(jsonPath("$[?(@.year == " + year + ")].holidays", contains(8)));
        assertThat(events.stream(WorkingDayScheduleEntered.class))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.year()).isEqualTo(year);
                    assertThat(e.replacedProvisional()).isTrue();
                    assertThat(e.envelope().actorId()).isEqualTo("admin-" + year);
                    assertThat(e.envelope().applicationId()).isNull();
                });
    }

    @Test
    void correctingAPublishedYearReplacesItsDaysAndSaysItWasNotProvisional() throws Exception {
        int year = unpublishedYearLike2025();
        enter(year, nationalDaySchedule(year), "SYSTEM_ADMIN").andExpect(status().isOk());
        String correction = "{\"source\":\"更正\",\"days\":[" + day(year + "-10-01", "HOLIDAY", "国庆节") + "]}";

        enter(year, correction, "SYSTEM_ADMIN")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.replacedProvisional").value(false));

        assertThat(workingDays.plus(LocalDate.of(year, 9, 30), 1).date()).isEqualTo(LocalDate.of(year, 10, 2));
        assertThat(events.stream(WorkingDayScheduleEntered.class))
                .extracting(WorkingDayScheduleEntered::replacedProvisional)
                .containsExactly(true, false);
    }

    @Test
    void onlyASystemAdministratorEntersASchedule() throws Exception {
        int year = unpublishedYearLike2025();

        enter(year, nationalDaySchedule(year), "COUNTY_APPROVER").andExpect(status().isForbidden());

        assertThat(workingDays.isWorkingDay(LocalDate.of(year, 10, 1)).provisional())
                .isTrue();
        getAsAnyone("/api/calendar/years").andExpect(jsonPath("$[*].year", not(hasItem(year))));
        assertThat(events.stream(WorkingDayScheduleEntered.class)).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource({
        "from=2025-09-30,                     add,  add-or-to",
        "from=2025-09-30&add=-1,              add,  range",
        "from=2025-09-30&add=3651,            add,  range",
        "from=2025-09-30&add=ten,             add,  integer",
        "from=2025/09/30&add=1,               from, date-format",
        "from=2025-02-30&add=1,               from, date-format",
        "add=1,                               from, required",
        "from=2025-09-30&to=2025-13-01,       to,   date-format",
        "from=2025-09-30&add=1&to=2025-10-09, to,   not-with-add",
        "from=2000-01-01&to=2025-01-01,       to,   span",
    })
    void badParametersGetAProblemNamingTheParameterAndRule(String query, String field, String rule) throws Exception {
        getAsAnyone("/api/calendar/working-days?" + query)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.title").value("请求不符合要求"))
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.errors[0].rule").value(rule))
                .andExpect(jsonPath("$.errors[0].message").isNotEmpty())
                .andExpect(jsonPath("$.field").value(field))
                .andExpect(jsonPath("$.rule").value(rule));
    }

    @Test
    void problemsSpeakEnglishOnRequest() throws Exception {
        getAsAnyone("/api/calendar/working-days?from=2025-09-30&add=3651&lang=en")
                .andExpect(jsonPath("$.title").value("The request breaks a rule"))
                .andExpect(jsonPath("$.errors[0].message").value("must be between 0 and 3650."))
                .andExpect(jsonPath("$.detail").value("must be between 0 and 3650."));
    }

    @ParameterizedTest(name = "{1} {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"source\":\"通知\",\"days\":[{\"date\":\"Y-10-01\",\"kind\":\"HOLIDAY\",\"name\":\"国庆节\"},"
                        + "{\"date\":\"Y-10-01\",\"kind\":\"HOLIDAY\",\"name\":\"国庆节\"}]}"
                        + "| days[1].date | unique",
                "{\"source\":\"通知\",\"days\":[{\"date\":\"Y-10-01\",\"kind\":\"HOLIDAY\",\"name\":\"国庆节\"},"
                        + "{\"date\":\"Y-10-09\",\"kind\":\"MAKEUP_WORKDAY\",\"name\":\"国庆节\"}]}"
                        + "| days[1].date | makeup-on-weekend",
                "{\"source\":\"通知\",\"days\":[{\"date\":\"Y-10-01\",\"kind\":\"DAY_OFF\",\"name\":\"国庆节\"}]}"
                        + "| days[0].kind | one-of",
                "{\"source\":\"\",\"days\":[{\"date\":\"Y-10-01\",\"kind\":\"HOLIDAY\",\"name\":\"国庆节\"}]}"
                        + "| source | required",
                "{\"source\":\"通知\",\"days\":[]} | days | required",
                "{\"source\":\"通知\",\"days\":[{\"date\":\"2020-10-01\",\"kind\":\"HOLIDAY\",\"name\":\"国庆节\"}]}"
                        + "| days[0].date | in-year",
                "{\"source\":\"通知\",\"days\":[ | body | json",
            })
    void aBadScheduleIsRefusedWholeNamingTheFieldAndRule(String body, String field, String rule) throws Exception {
        int year = unpublishedYearLike2025();

        enter(year, body.replace("Y-", year + "-"), "SYSTEM_ADMIN")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.errors[0].rule").value(rule));

        assertThat(workingDays.isWorkingDay(LocalDate.of(year, 10, 1)).provisional())
                .isTrue();
        assertThat(events.stream(WorkingDayScheduleEntered.class)).isEmpty();
    }

    @Test
    void aDayAnotherYearsScheduleNamesIsRefused() throws Exception {
        // 2023's schedule begins 元旦 on 2022-12-31
        enter(2022, "{\"source\":\"通知\",\"days\":[" + day("2022-12-31", "HOLIDAY", "元旦") + "]}", "SYSTEM_ADMIN")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("days[0].date"))
                .andExpect(jsonPath("$.errors[0].rule").value("named-by-other-year"))
                .andExpect(jsonPath("$.errors[0].message").value("这一天已列在 2023 年的节假日安排中。"));

        assertThat(workingDays.isWorkingDay(LocalDate.of(2022, 10, 8)).workingDay())
                .as("2022's schedule is unchanged: Saturday 10/8 is still worked")
                .isTrue();
    }

    @Test
    void aYearOutOfRangeIsRefused() throws Exception {
        enter(1999, nationalDaySchedule(1999), "SYSTEM_ADMIN")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("year"))
                .andExpect(jsonPath("$.errors[0].rule").value("range"));
    }
}
