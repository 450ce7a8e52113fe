package org.liangxiang.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every message of the calendar module exists in Chinese and in English. */
class CalendarMessagesTests {

    static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (var in = CalendarMessagesTests.class.getResourceAsStream("/messages/" + name + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void chineseAndEnglishHaveTheSameKeysAllPrefixedWithTheModule() throws IOException {
        Properties zh = bundle("calendar");
        Properties en = bundle("calendar_en");

        assertThat(en.stringPropertyNames()).isEqualTo(zh.stringPropertyNames());
        assertThat(zh.stringPropertyNames()).allMatch(key -> key.startsWith("calendar."));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "required",
                "date-format",
                "integer",
                "range",
                "add-or-to",
                "not-with-add",
                "span",
                "max-length",
                "max-size",
                "one-of",
                "in-year",
                "unique",
                "makeup-on-weekend",
                "named-by-other-year",
                "json"
            })
    void everyRuleHasAMessage(String rule) throws IOException {
        assertThat(bundle("calendar").getProperty("calendar.rule." + rule)).isNotBlank();
    }
}
