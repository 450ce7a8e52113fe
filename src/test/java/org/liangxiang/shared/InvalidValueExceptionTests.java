package org.liangxiang.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class InvalidValueExceptionTests {

    private final InvalidValueException refused =
            new InvalidValueException("residentId", "RESIDENT_ID_LENGTH", "应为18位，实际为5位", "18 characters, not 5");

    @Test
    void carriesFieldRuleAndBothMessages() {
        assertThat(refused).isInstanceOf(IllegalArgumentException.class);
        assertThat(refused.field()).isEqualTo("residentId");
        assertThat(refused.rule()).isEqualTo("RESIDENT_ID_LENGTH");
        assertThat(refused.getMessage()).isEqualTo("应为18位，实际为5位 / 18 characters, not 5");
    }

    @Test
    void speaksTheRequestedLanguageAndChineseByDefault() {
        assertThat(refused.message(Locale.ENGLISH)).isEqualTo("18 characters, not 5");
        assertThat(refused.message(Locale.UK)).isEqualTo("18 characters, not 5");
        assertThat(refused.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("应为18位，实际为5位");
        assertThat(refused.message(Locale.FRENCH)).isEqualTo("应为18位，实际为5位");
        assertThat(refused.message(null)).isEqualTo("应为18位，实际为5位");
    }

    @Test
    void renamesTheFieldKeepingTheRule() {
        InvalidValueException renamed = refused.forField("guardianResidentId");

        assertThat(renamed.field()).isEqualTo("guardianResidentId");
        assertThat(renamed.rule()).isEqualTo(refused.rule());
        assertThat(renamed.getMessage()).isEqualTo(refused.getMessage());
    }
}
