package org.liangxiang.review.notice;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;
import org.liangxiang.shared.DisabilityLevel;
import org.liangxiang.shared.Subsidy;

/**
 * Dates, months and names as a notice in one language prints them (2025年10月9日 / 9 October 2025). The templates call
 * it as {@code fmt}; it is public only so that the template engine may call it.
 */
public final class NoticeFormat {

    private final Locale locale;
    private final DateTimeFormatter dates;
    private final DateTimeFormatter months;

    NoticeFormat(Locale locale) {
        this.locale = locale;
        boolean english = Notices.english(locale);
        this.dates = DateTimeFormatter.ofPattern(english ? "d MMMM yyyy" : "yyyy年M月d日", locale);
        this.months = DateTimeFormatter.ofPattern(english ? "MMMM yyyy" : "yyyy年M月", locale);
    }

    public String date(LocalDate date) {
        return date.format(dates);
    }

    public String month(YearMonth month) {
        return month.format(months);
    }

    public String subsidy(Subsidy subsidy) {
        return subsidy.name(locale);
    }

    public String subsidies(Collection<Subsidy> subsidies) {
        return subsidies.stream().map(this::subsidy).collect(Collectors.joining(Notices.english(locale) ? "; " : "、"));
    }

    public String level(DisabilityLevel level) {
        return Notices.english(locale) ? level.nameEn() : level.nameZh();
    }
}
