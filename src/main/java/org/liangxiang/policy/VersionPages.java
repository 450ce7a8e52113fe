package org.liangxiang.policy;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.liangxiang.shared.InvalidValueException;
import org.liangxiang.shared.RegionCode;
import org.liangxiang.shared.web.FormErrors;
import org.liangxiang.shared.web.SettingsText;
import org.liangxiang.shared.web.Violation;
import org.springframework.ui.Model;

/**
 * What the two settings-version administration pages (regional policy at {@code /staff/admin/policy}, required
 * materials at {@code /staff/admin/guides}) have in common, with the template {@code shared/settings-versions}: the form
 * of a new version as typed, a version as the page lists it, a region's versions on the page, and a refusal of one
 * setting shown against the settings field.
 */
public final class VersionPages {

    private VersionPages() {}

    /** The new-version form as typed (and the region whose versions are shown). */
    public record Form(String region, String effectiveFrom, String settings, String note) {

        /** An empty form for {@code region}, effective from tomorrow ({@code tomorrow}). */
        public static Form empty(String region, String tomorrow) {
            return new Form(region, tomorrow, "", "");
        }
    }

    /** A version as the page lists it: the settings as text lines. */
    public record Row(String effectiveFrom, long sequence, String settings, String note, String createdBy) {

        static Row of(SettingsVersion v) {
            return new Row(
                    v.effectiveFrom().toString(),
                    v.sequence(),
                    SettingsText.format(v.settings()),
                    v.note(),
                    v.createdBy());
        }
    }

    /**
     * Puts the form, the region's versions (none when the region cannot be read, which is then reported unless the
     * errors name the region already) and the errors on the model.
     */
    public static void show(
            Model model,
            Form form,
            FormErrors errors,
            Locale locale,
            Function<RegionCode, List<SettingsVersion>> versionsOf) {
        List<Row> versions = List.of();
        try {
            versions = versionsOf.apply(VersionRules.parseRegion("region", form.region())).stream()
                    .map(Row::of)
                    .toList();
        } catch (InvalidValueException e) {
            if (!errors.has("region")) {
                errors = FormErrors.of(e, locale);
            }
        }
        model.addAttribute("form", form);
        model.addAttribute("versions", versions);
        model.addAttribute("errors", errors);
    }

    /**
     * The refusals as the page shows them: a refusal of one setting (its field {@code settings.<key>}, or a field
     * starting with one of {@code settingFields}, such as {@code materials.}) goes against the settings field, with the
     * key in front of the message.
     */
    public static FormErrors onPage(FormErrors errors, String... settingFields) {
        return new FormErrors(errors.violations().stream()
                .map(v -> isSetting(v.field(), settingFields) ? new Violation("settings", v.rule(), keyed(v)) : v)
                .toList());
    }

    private static boolean isSetting(String field, String... settingFields) {
        if (field.startsWith("settings")) {
            return true;
        }
        for (String prefix : settingFields) {
            if (field.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static String keyed(Violation v) {
        if (v.field().equals("settings")) {
            return v.message();
        }
        String key = v.field().startsWith("settings.") ? v.field().substring("settings.".length()) : v.field();
        return key + ": " + v.message();
    }
}
