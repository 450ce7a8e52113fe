package org.liangxiang.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Every kind has its message texts in both languages and its SMS template; the retry waits double. */
class NoticeKindTests {

    @ParameterizedTest
    @EnumSource(NoticeKind.class)
    void everyKindHasItsTextsAndItsSmsTemplate(NoticeKind kind) throws IOException {
        for (String bundle : new String[] {"notification", "notification_en"}) {
            Properties texts = load(bundle);
            assertThat(texts.getProperty(kind.titleKey()))
                    .as(bundle + " " + kind)
                    .isNotBlank();
            assertThat(texts.getProperty(kind.textKey()))
                    .as(bundle + " " + kind)
                    .contains("{0}");
        }
        String sms = load("sms").getProperty("sms.template." + kind.smsTemplate());
        assertThat(sms).as(kind.name()).startsWith("【两项补贴】").contains("{0}");
        assertThat(sms.length()).as("short enough for one or two SMS").isLessThanOrEqualTo(70);
    }

    @ParameterizedTest
    @CsvSource({"1, PT1M", "2, PT2M", "3, PT4M", "4, PT8M", "5, PT16M"})
    void theWaitAfterEachFailureDoubles(int failures, Duration wait) {
        assertThat(new NotificationProperties(null, null, null).backoff(failures))
                .isEqualTo(wait);
    }

    @Test
    void aKindsKeysFollowItsName() {
        assertThat(NoticeKind.SUBSIDY_APPROVED.textKey()).isEqualTo("notification.subsidy-approved.text");
        assertThat(NoticeKind.SUBSIDY_APPROVED.smsTemplate()).isEqualTo("notification-subsidy-approved");
    }

    private static Properties load(String bundle) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = NoticeKindTests.class.getResourceAsStream("/messages/" + bundle + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
