package org.liangxiang.calendar.web;

import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.liangxiang.calendar.internal.InputRejected;
import org.liangxiang.calendar.internal.ScheduleEntry;
import org.liangxiang.calendar.internal.ScheduleStore;
import org.liangxiang.calendar.internal.Violation;
import org.liangxiang.calendar.internal.YearScheduleForm;
import org.liangxiang.shared.ChinaTime;
import org.liangxiang.shared.web.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The system administrator's page for the working-day calendar ({@code /staff/admin/calendar}): the years with a
 * schedule, and entering a new year's schedule (the State Council's notice) as lines of text, one day a line. The same
 * service as {@code PUT /api/calendar/years/{year}}; its problem messages are shown against the fields (a day's mistake
 * against the days, with its line number).
 */
@Controller
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
class CalendarAdminController {

    private static final Pattern DAY_FIELD = Pattern.compile("days\\[(\\d+)]\\.?(.*)");

    private final ScheduleStore store;
    private final ScheduleEntry entry;
    private final MessageSource messages;

    CalendarAdminController(ScheduleStore store, ScheduleEntry entry, MessageSource messages) {
        this.store = store;
        this.entry = entry;
        this.messages = messages;
    }

    /** The page's form: the year, the notice, and the days as "date,kind,name" lines. */
    record YearForm(String year, String source, String days) {

        static YearForm empty(int year) {
            return new YearForm(Integer.toString(year), "", "");
        }
    }

    @GetMapping("/staff/admin/calendar")
    String page(Model model) {
        return show(model, YearForm.empty(ChinaTime.today().getYear() + 1), FormErrors.none());
    }

    @PostMapping("/staff/admin/calendar")
    String enter(YearForm form, Principal principal, Model model, Locale locale) {
        int year;
        try {
            year = Integer.parseInt(form.year() == null ? "" : form.year().strip());
        } catch (NumberFormatException e) {
            return show(
                    model,
                    form,
                    FormErrors.of(
                            "year",
                            "integer",
                            message(Violation.of("year", "integer", String.valueOf(form.year())), locale)));
        }
        try {
            entry.enter(year, new YearScheduleForm(form.source(), days(form.days())), principal.getName());
            return "redirect:/staff/admin/calendar?saved=" + year;
        } catch (InputRejected e) {
            return show(model, form, errors(e.violations(), locale));
        }
    }

    private String show(Model model, YearForm form, FormErrors errors) {
        model.addAttribute(
                "years",
                YearResponse.list(store.publishedYears(), ChinaTime.today().getYear()));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "calendar/admin-calendar";
    }

    /** One day a line: date, kind (HOLIDAY or MAKEUP_WORKDAY, or 假/班) and name, separated by commas or spaces. */
    static List<YearScheduleForm.Day> days(String text) {
        List<YearScheduleForm.Day> days = new ArrayList<>();
        for (String line : (text == null ? "" : text).split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.strip().split("[,，\\s]+", 3);
            String kind = parts.length > 1 ? kind(parts[1]) : "";
            days.add(new YearScheduleForm.Day(parts[0], kind, parts.length > 2 ? parts[2] : ""));
        }
        return days;
    }

    private static String kind(String text) {
        return switch (text) {
            case "假", "休", "holiday" -> "HOLIDAY";
            case "班", "workday" -> "MAKEUP_WORKDAY";
            default -> text;
        };
    }

    /** The service's violations against the page's fields: a day's against "days", naming its line. */
    private FormErrors errors(List<Violation> violations, Locale locale) {
        List<org.liangxiang.shared.web.Violation> shown = new ArrayList<>();
        for (Violation v : violations) {
            Matcher day = DAY_FIELD.matcher(v.field());
            String field = day.matches() ? "days" : v.field().startsWith("days") ? "days" : v.field();
            String text = message(v, locale);
            if (day.matches()) {
                text = messages.getMessage(
                        "calendar.admin.line", new Object[] {Integer.parseInt(day.group(1)) + 1, text}, locale);
            }
            shown.add(new org.liangxiang.shared.web.Violation(field, v.rule(), text));
        }
        return new FormErrors(shown);
    }

    private String message(Violation v, Locale locale) {
        Object[] args = v.args().stream().map(String::valueOf).toArray();
        return messages.getMessage("calendar.rule." + v.rule(), args, locale);
    }
}
