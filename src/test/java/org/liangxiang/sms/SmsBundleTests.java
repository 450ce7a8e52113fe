package org.liangxiang.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class SmsBundleTests {

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = SmsBundleTests.class.getClassLoader().getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void chineseAndEnglishBundlesHaveTheSameKeysAllPrefixedWithTheModule() throws IOException {
        Properties zh = load("messages/sms.properties");
        Properties en = load("messages/sms_en.properties");

        assertThat(zh).isNotEmpty();
        assertThat(en.keySet()).isEqualTo(zh.keySet());
        assertThat(zh.keySet()).allSatisfy(key -> assertThat((String) key).startsWith("sms."));
    }
}
