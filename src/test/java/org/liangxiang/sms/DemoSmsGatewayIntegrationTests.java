package org.liangxiang.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liangxiang.IntegrationTest;
import org.liangxiang.shared.crypto.Masking;
import org.liangxiang.shared.crypto.PersonalData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class DemoSmsGatewayIntegrationTests {

    @Autowired
    SmsGateway gateway;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PersonalData personalData;

    @Autowired
    WebApplicationContext context;

    private MockMvc mvc;
    private final String phone = "139" + digits(8);
    private final String code = digits(6);

    /** Random (not seeded) on purpose: each run's messages must be told apart from earlier runs' in the outbox. */
    private static String digits(int count) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            out.append(ThreadLocalRandom.current().nextInt(10));
        }
        return out.toString();
    }

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
    }

    private MockHttpServletResponse demoPage(String query) throws Exception {
        return mvc.perform(get("/demo/sms" + query).with(user("tester")))
                .andReturn()
                .getResponse();
    }

    @Test
    void demoPageShowsTheMaskedNumberAndTheTextOfASentMessage() throws Exception {
        gateway.send(phone, SmsMessage.of("verification-code", code, "10"));

        MockHttpServletResponse page = demoPage("");

        assertThat(page.getStatus()).isEqualTo(200);
        String html = page.getContentAsString(StandardCharsets.UTF_8);
        assertThat(html)
                .contains("短信演示发件箱")
                .contains(Masking.phone(phone))
                .contains("您的验证码是" + code + "，10分钟内有效")
                .doesNotContain(phone);
    }

    @Test
    void demoPageSpeaksEnglishButShowsTheChineseText() throws Exception {
        gateway.send(phone, SmsMessage.of("verification-code", code, "5"));

        String html = demoPage("?lang=en").getContentAsString(StandardCharsets.UTF_8);

        assertThat(html).contains("SMS demo outbox").contains("您的验证码是" + code);
    }

    @Test
    void outboxRowHoldsTheNumberOnlyMaskedAndIndexed() {
        gateway.send(phone, SmsMessage.of("verification-code", code, "10"));

        List<Map<String, Object>> rows = jdbc.sql("SELECT * FROM sms_demo_outbox WHERE phone_index = :index")
                .param("index", personalData.index("phone", phone))
                .query()
                .listOfRows();

        assertThat(rows).hasSize(1);
        Map<String, Object> row = rows.get(0);
        assertThat(row.get("phone_masked")).isEqualTo(Masking.phone(phone));
        assertThat(row.get("template_code")).isEqualTo("verification-code");
        row.forEach((column, value) -> {
            String clear = value instanceof byte[] bytes
                    ? new String(bytes, StandardCharsets.ISO_8859_1)
                            + HexFormat.of().formatHex(bytes)
                    : String.valueOf(value);
            assertThat(clear).as(column).doesNotContain(phone).doesNotContain(code);
        });
    }

    @Test
    void logsTheMaskedNumberAndTemplateButNeitherTheNumberNorTheText(CapturedOutput output) {
        gateway.send(phone, SmsMessage.of("verification-code", code, "10"));

        assertThat(output.getAll())
                .contains(Masking.phone(phone))
                .contains("verification-code")
                .doesNotContain(phone)
                .doesNotContain(code);
    }

    @Test
    void severalMessagesAreKeptByOneInsertAndAnInvalidNumberFailsAlone(CapturedOutput output) {
        String other = "138" + digits(8);
        String otherCode = digits(6);
        List<SmsGateway.Addressed> messages = List.of(
                new SmsGateway.Addressed(phone, SmsMessage.of("verification-code", code, "10")),
                new SmsGateway.Addressed("12345", SmsMessage.of("verification-code", code, "10")),
                new SmsGateway.Addressed(other, SmsMessage.of("verification-code", otherCode, "5")));

        List<String> inserts = org.liangxiang.ExecutedStatements.containing(
                "INSERT INTO sms_demo_outbox",
                () -> assertThat(gateway.sendEach(messages))
                        .satisfiesExactly(
                                first -> assertThat(first).isNull(),
                                invalid -> assertThat(invalid)
                                        .isInstanceOf(IllegalArgumentException.class)
                                        .hasMessageContaining("phoneNumber"),
                                third -> assertThat(third).isNull()));

        assertThat(inserts).hasSize(1);
        assertThat(texts(phone)).singleElement().asString().contains("您的验证码是" + code + "，10分钟内有效");
        assertThat(texts(other)).singleElement().asString().contains("您的验证码是" + otherCode + "，5分钟内有效");
        assertThat(output.getAll())
                .contains("2 SMS not delivered (demo gateway), kept in the demo outbox")
                .doesNotContain(phone)
                .doesNotContain(other)
                .doesNotContain(code);
    }

    private List<String> texts(String number) {
        return jdbc.sql("SELECT id, text FROM sms_demo_outbox WHERE phone_index = :index")
                .param("index", personalData.index("phone", number))
                .query((rs, n) -> personalData.open(
                        rs.getBytes("text"), "sms_demo_outbox", "text", rs.getObject("id", java.util.UUID.class)))
                .list();
    }
}
