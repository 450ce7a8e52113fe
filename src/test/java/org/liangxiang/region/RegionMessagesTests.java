package org.liangxiang.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

class RegionMessagesTests {

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(
                new ClassPathResource("messages/" + name).getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    @Test
    void bothBundlesHaveTheSameKeysAllPrefixedWithTheModule() throws IOException {
        Properties chinese = load("region.properties");
        Properties english = load("region_en.properties");
        assertThat(english.stringPropertyNames()).isEqualTo(chinese.stringPropertyNames());
        assertThat(chinese.stringPropertyNames()).allMatch(key -> key.startsWith("region."));
    }

    @Test
    void everyImportRuleAndCodeRuleHasAMessage() throws IOException {
        Properties chinese = load("region.properties");
        assertThat(Arrays.stream(RegionImportException.ImportRule.values()).map(r -> "region.import." + r.key))
                .allMatch(chinese::containsKey);
        assertThat(Arrays.stream(InvalidRegionCodeException.Rule.values())
                        .map(r -> "region.problem.code." + r.name().toLowerCase(java.util.Locale.ROOT)))
                .allMatch(chinese::containsKey);
    }
}
