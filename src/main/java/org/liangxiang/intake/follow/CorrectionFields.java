package org.liangxiang.intake.follow;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.liangxiang.intake.ApplicationResource;

/**
 * The fields a return names, as the correction page shows them: label, the value to show (what was typed, else the
 * current one; the account number is never shown back, only its masked form as a hint), and the choices of a
 * yes/no or whose-account field.
 */
record CorrectionFields(String path, String label, String value, String hint, List<Option> options) {

    static final String ACCOUNT_NUMBER = "payee.accountNumber";

    /** One choice of a radio group. */
    record Option(String value, String label, String id) {}

    public boolean choice() {
        return !options.isEmpty();
    }

    static List<CorrectionFields> of(
            List<ApplicationResource.CorrectionEntry> items,
            Map<String, String> current,
            Map<String, String> typed,
            FollowViews views,
            Locale locale) {
        return items.stream()
                .filter(i -> "FIELD".equals(i.kind()))
                .map(i -> field(i.code(), current.get(i.code()), typed.get(i.code()), views, locale))
                .toList();
    }

    private static CorrectionFields field(String path, String current, String typed, FollowViews views, Locale locale) {
        String label = views.text("intake.field." + path, locale);
        return switch (path) {
            case ACCOUNT_NUMBER ->
                new CorrectionFields(
                        path,
                        label,
                        typed == null ? "" : typed,
                        views.text("intake.follow.correction.accountNumberHint", locale, current),
                        List.of());
            case "person.underGuardianship" ->
                new CorrectionFields(
                        path,
                        label,
                        typed == null ? current : typed,
                        null,
                        options(path, List.of("true", "false"), "intake.follow.correction.yesNo.", views, locale));
            case "payee.holder" ->
                new CorrectionFields(
                        path,
                        label,
                        typed == null ? current : typed,
                        null,
                        options(
                                path,
                                List.of("PERSON", "GUARDIAN"),
                                "intake.follow.correction.holder.",
                                views,
                                locale));
            case "person.homeTownship" ->
                new CorrectionFields(
                        path,
                        label,
                        typed == null ? current : typed,
                        views.text("intake.follow.correction.townshipHint", locale),
                        List.of());
            default -> new CorrectionFields(path, label, typed == null ? current : typed, null, List.of());
        };
    }

    private static List<Option> options(
            String path, List<String> values, String keyPrefix, FollowViews views, Locale locale) {
        return values.stream()
                .map(v -> new Option(
                        v, views.text(keyPrefix + v, locale), v.equals(values.get(0)) ? path : path + "-" + v))
                .toList();
    }
}
