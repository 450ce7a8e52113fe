package org.liangxiang.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.liangxiang.shared.InvalidValueException;
import tools.jackson.databind.json.JsonMapper;

/** A guide's contacts always have a text channel; summaries never restate policy figures. */
class ContentRulesTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            {"TOWNSHIP_WINDOW": {"name": "便民服务中心", "phone": "0371-00001234"}}                    | contacts.TOWNSHIP_WINDOW               | GUIDE_TEXT_CHANNEL_REQUIRED
            {"TOWNSHIP_WINDOW": {"name": "便民服务中心", "phone": "call us", "sms": "106900"}}          | contacts.TOWNSHIP_WINDOW.phone         | GUIDE_PHONE_FORMAT
            {"TOWNSHIP_WINDOW": {"name": "便民服务中心", "sms": "1069-00"}}                            | contacts.TOWNSHIP_WINDOW.sms           | GUIDE_SMS_FORMAT
            {"COUNTY_FEDERATION": {"name": "县残联", "onlineMessage": "http://example.org/m"}}        | contacts.COUNTY_FEDERATION.onlineMessage | GUIDE_URL_FORMAT
            {"COUNTY_FEDERATION": {"address": "示例路1号", "wechat": "县残联"}}                          | contacts.COUNTY_FEDERATION.name        | GUIDE_REQUIRED
            {"COUNTY_FEDERATION": {"name": "县残联", "wechat": "县残联", "email": "x@example.org"}}     | contacts.COUNTY_FEDERATION.email       | GUIDE_CONTACT_MEMBER_UNKNOWN
            {"VILLAGE_COMMITTEE": {"name": "村委会", "wechat": "村委会"}}                               | contacts.VILLAGE_COMMITTEE             | GUIDE_CONTENT_KEY_UNKNOWN
            {"COUNTY_CIVIL_AFFAIRS": "民政局 0371-00001234"}                                          | contacts.COUNTY_CIVIL_AFFAIRS          | GUIDE_OBJECT_REQUIRED
            """)
    void refusesAContactNamingTheFieldAndTheRule(String contacts, String field, String rule) {
        Map<String, Object> given = JSON.readValue(contacts, Map.class);

        assertThatThrownBy(() -> ContentRules.replacing(given, Map.of()))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.rule()).isEqualTo(rule);
                });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            每人每月60元，按月发放                 | summary.LIVING.zh
            审核在10个工作日内完成                 | summary.LIVING.zh
            公示 7 天                             | summary.LIVING.zh
            """)
    void refusesASummaryThatRestatesAPolicyFigure(String zh, String field) {
        Map<String, Object> summaries = Map.of("LIVING", Map.of("zh", zh));

        assertThatThrownBy(() -> ContentRules.replacing(Map.of(), summaries))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.rule()).isEqualTo("GUIDE_SUMMARY_RESTATES_POLICY");
                });
    }

    @Test
    void refusesAnEnglishSummaryWithATimeLimit() {
        Map<String, Object> summaries = Map.of("CARE", Map.of("zh", "重度残疾人可以申请", "en", "Decided in 10 working days"));

        assertThatThrownBy(() -> ContentRules.replacing(Map.of(), summaries))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("summary.CARE.en"));
    }

    @Test
    void aReplacementSetsEveryKeyAndClearsThoseNotGiven() {
        Map<String, Object> content = ContentRules.replacing(
                Map.of("TOWNSHIP_WINDOW", Map.of("name", " 便民服务中心 ", "wechat", "街道公众号")),
                Map.of("CARE", Map.of("zh", "家中有重度残疾人需要照护的，可以申请护理补贴。")));

        assertThat(content)
                .containsOnlyKeys(
                        "contacts.TOWNSHIP_WINDOW",
                        "contacts.COUNTY_CIVIL_AFFAIRS",
                        "contacts.COUNTY_FEDERATION",
                        "summary.LIVING",
                        "summary.CARE")
                .containsEntry("contacts.COUNTY_FEDERATION", null)
                .containsEntry("summary.LIVING", null);
        @SuppressWarnings("unchecked")
        Map<String, Object> window = (Map<String, Object>) content.get("contacts.TOWNSHIP_WINDOW");
        assertThat(window).containsEntry("name", "便民服务中心");
    }
}
