package org.liangxiang.policy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.liangxiang.shared.ChinaTime;
import org.liangxiang.shared.InvalidValueException;
import org.liangxiang.shared.RegionCode;
import org.liangxiang.shared.RegionLevel;

/**
 * The rules every new settings version obeys, for policy and guide alike: it belongs to a province, prefecture, county
 * or township (not a village); it takes effect after today, so that every answer for today or earlier stays as it was
 * given (only seeding may date a version back); it sets at least one key; its note is short.
 */
public final class VersionRules {

    /** Dates are China's: a version "from tomorrow" means tomorrow in Beijing time. */
    public static final ZoneId ZONE = ChinaTime.ZONE;

    static final int MAX_NOTE_LENGTH = 500;

    private VersionRules() {}

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /** A region code from a request, refused as the named field. */
    public static RegionCode parseRegion(String field, String text) {
        try {
            return RegionCode.of(text);
        } catch (InvalidValueException e) {
            throw e.forField(field);
        }
    }

    /** An ISO date (2026-12-01) from a request, or {@code orElse} when absent; refused as the named field. */
    public static LocalDate parseDate(String field, String text, LocalDate orElse) {
        if (text == null || text.isBlank()) {
            return orElse;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidValueException(
                    field,
                    "DATE_FORMAT",
                    "日期格式应为YYYY-MM-DD，如2026-12-01",
                    "A date is written YYYY-MM-DD, e.g. 2026-12-01");
        }
    }

    public static void checkRegion(RegionCode region) {
        if (region.level() == RegionLevel.VILLAGE) {
            throw new InvalidValueException(
                    "region",
                    "VERSION_REGION_LEVEL",
                    "只能为省、市、县或乡镇（街道）设置，不能为村（社区）设置",
                    "Settings belong to a province, city, county or township, not a village");
        }
    }

    /** A version takes effect tomorrow at the earliest, so that no answer already given can change. */
    public static void checkEffectiveFrom(LocalDate effectiveFrom, LocalDate today) {
        if (effectiveFrom == null) {
            throw new InvalidValueException(
                    "effectiveFrom", "VERSION_EFFECTIVE_FROM_REQUIRED", "请填写生效日期", "An effective date is required");
        }
        if (!effectiveFrom.isAfter(today)) {
            throw new InvalidValueException(
                    "effectiveFrom",
                    "VERSION_EFFECTIVE_FROM_NOT_FUTURE",
                    "生效日期最早为明天：已经作出的答复不能改变",
                    "The effective date is tomorrow at the earliest: answers already given cannot change");
        }
    }

    public static void checkNote(String note) {
        if (note != null && note.length() > MAX_NOTE_LENGTH) {
            throw new InvalidValueException(
                    "note",
                    "VERSION_NOTE_TOO_LONG",
                    "说明不能超过" + MAX_NOTE_LENGTH + "个字符",
                    "The note has at most " + MAX_NOTE_LENGTH + " characters");
        }
    }

    public static void checkNotEmpty(java.util.Map<String, ?> settings) {
        if (settings == null || settings.isEmpty()) {
            throw new InvalidValueException(
                    "settings", "VERSION_SETTINGS_EMPTY", "至少设置一项", "A version sets at least one setting");
        }
    }
}
