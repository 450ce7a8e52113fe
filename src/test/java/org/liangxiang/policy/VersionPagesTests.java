package org.liangxiang.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.liangxiang.shared.web.FormErrors;
import org.liangxiang.shared.web.Violation;

class VersionPagesTests {

    @Test
    void aRefusedSettingGoesAgainstTheSettingsFieldWithItsKeyInFront() {
        FormErrors errors = new FormErrors(List.of(
                new Violation("settings", "SYNTAX", "第1行：缺少等号"),
                new Violation("settings.money.living.amountFen", "RANGE", "必须大于 0"),
                new Violation("materials.LIVING.BASE.PHOTO", "UNKNOWN", "未知的要求"),
                new Violation("effectiveFrom", "AFTER_TODAY", "最早明天")));

        assertThat(VersionPages.onPage(errors, "materials").violations())
                .containsExactly(
                        new Violation("settings", "SYNTAX", "第1行：缺少等号"),
                        new Violation("settings", "RANGE", "money.living.amountFen: 必须大于 0"),
                        new Violation("settings", "UNKNOWN", "materials.LIVING.BASE.PHOTO: 未知的要求"),
                        new Violation("effectiveFrom", "AFTER_TODAY", "最早明天"));
    }

    @Test
    void withoutFurtherSettingFieldsOnlyTheSettingsOnesMove() {
        FormErrors errors = new FormErrors(List.of(new Violation("materials.LIVING.BASE.PHOTO", "UNKNOWN", "未知")));

        assertThat(VersionPages.onPage(errors).violations())
                .containsExactly(new Violation("materials.LIVING.BASE.PHOTO", "UNKNOWN", "未知"));
    }
}
