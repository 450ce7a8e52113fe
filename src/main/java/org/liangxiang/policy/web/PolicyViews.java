package org.liangxiang.policy.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.liangxiang.policy.PolicyField;
import org.liangxiang.policy.PolicyFields;
import org.liangxiang.policy.PolicyInForce;
import org.liangxiang.policy.ResolvedSetting;
import org.liangxiang.policy.SettingOrigin;
import org.liangxiang.policy.SettingsVersion;
import org.springframework.context.MessageSource;

/** The JSON shapes of the policy API. */
final class PolicyViews {

    private PolicyViews() {}

    record Version(
            UUID id,
            String region,
            LocalDate effectiveFrom,
            long sequence,
            Map<String, Object> settings,
            Instant createdAt,
            String createdBy,
            String note) {

        static Version of(SettingsVersion v) {
            return new Version(
                    v.id(),
                    v.region().value(),
                    v.effectiveFrom(),
                    v.sequence(),
                    v.settings(),
                    v.createdAt(),
                    v.createdBy(),
                    v.note());
        }
    }

    /** One field's value; {@code region} and {@code versionId} are null for a national default. */
    record Setting(String key, Object value, SettingOrigin origin, String region, UUID versionId) {

        static Setting of(ResolvedSetting s) {
            return new Setting(
                    s.key(),
                    s.value(),
                    s.origin(),
                    s.region() == null ? null : s.region().value(),
                    s.versionId());
        }
    }

    /** A limit computed from fields, never set itself. */
    record Derived(String key, Object value, List<String> derivedFrom) {}

    record InForce(String region, LocalDate date, String reference, List<Setting> settings, List<Derived> derived) {

        static InForce of(PolicyInForce policy) {
            List<String> chainKeys =
                    List.of(PolicyFields.REVIEW_CHAIN.key(), PolicyFields.PUBLIC_NOTICE_PAUSES_DECISION_CLOCK.key());
            return new InForce(
                    policy.region().value(),
                    policy.date(),
                    policy.reference().toString(),
                    policy.settings().stream().map(Setting::of).toList(),
                    List.of(
                            new Derived(PolicyFields.DERIVED_DECISION_DAYS, policy.decisionWorkingDays(), chainKeys),
                            new Derived(
                                    PolicyFields.DERIVED_PUBLIC_NOTICE_DAYS,
                                    policy.publicNoticeDays(),
                                    List.of(PolicyFields.REVIEW_CHAIN.key()))));
        }
    }

    record Field(String key, Object nationalDefault, String basis, String nameZh, String nameEn) {

        static Field of(PolicyField<?> field, MessageSource messages) {
            String code = "policy.field." + field.key();
            return new Field(
                    field.key(),
                    writeDefault(field),
                    field.basis(),
                    messages.getMessage(code, null, Locale.SIMPLIFIED_CHINESE),
                    messages.getMessage(code, null, Locale.ENGLISH));
        }

        private static <T> Object writeDefault(PolicyField<T> field) {
            return field.write(field.nationalDefault());
        }
    }
}
