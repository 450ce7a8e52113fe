package org.liangxiang.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.support.ResourceBundleMessageSource;

class SmsMessageTests {

    private final SmsTexts texts = new SmsTexts(messages());

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("messages/sms");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    @Test
    void rendersTheChineseTemplateWithItsParametersInOrder() {
        assertThat(texts.render(SmsMessage.of("verification-code", "246810", "10")))
                .isEqualTo("【两项补贴】您的验证码是246810，10分钟内有效。请勿把验证码告诉任何人。");
    }

    @Test
    void refusesAnUnknownTemplateNamingIt() {
        assertThatThrownBy(() -> texts.render(SmsMessage.of("no-such-template")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sms.template.no-such-template");
    }

    @ParameterizedTest
    @CsvSource({
        "verification-code, true",
        "a1, true",
        "Verification-Code, false",
        "1-code, false",
        "code.with.dots, false",
        "'', false",
        "sms.template.x, false"
    })
    void acceptsOnlyLowerCaseTemplateCodes(String code, boolean accepted) {
        if (accepted) {
            assertThat(SmsMessage.of(code).templateCode()).isEqualTo(code);
        } else {
            assertThatThrownBy(() -> SmsMessage.of(code)).hasMessageStartingWith("templateCode:");
        }
    }

    @Test
    void refusesNullParameters() {
        assertThatThrownBy(() -> new SmsMessage("verification-code", Arrays.asList("1", null)))
                .hasMessageStartingWith("parameters:");
        assertThat(new SmsMessage("verification-code", List.of()).parameters()).isEmpty();
    }

    // GB 3101 mobile numbers: 11 digits, 1 then 3-9
    @ParameterizedTest
    @CsvSource({
        "13812345678, true",
        "19912345678, true",
        "12812345678, false",
        "1381234567, false",
        "138123456789, false",
        "+8613812345678, false",
        "138 1234 5678, false",
        "０１３８１２３４５６７, false",
        "'', false"
    })
    void acceptsOnlyMainlandMobileNumbers(String number, boolean accepted) {
        if (accepted) {
            assertThat(SmsGateway.requireMobile(number)).isEqualTo(number);
        } else {
            assertThatThrownBy(() -> SmsGateway.requireMobile(number))
                    .hasMessage("phoneNumber: a mainland mobile number, 11 digits starting with 1");
        }
    }
}
