package org.liangxiang.sms;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.liangxiang.shared.crypto.Masking;
import org.liangxiang.shared.crypto.PersonalData;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The messages the demo gateway "sent" (table {@code sms_demo_outbox}; demo profile only). The number is kept masked
 * and as its blind index, never in clear; the text is sealed to its row like any personal data.
 */
class DemoOutbox {

    static final String TABLE = "sms_demo_outbox";

    private final JdbcClient jdbc;
    private final PersonalData personalData;
    private final Clock clock;

    DemoOutbox(JdbcClient jdbc, PersonalData personalData, Clock clock) {
        this.jdbc = jdbc;
        this.personalData = personalData;
        this.clock = clock;
    }

    record Entry(OffsetDateTime sentAt, String phoneMasked, String text) {}

    void keep(String phoneNumber, String templateCode, String text) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO sms_demo_outbox (id, sent_at, phone_masked, phone_index, template_code, text)
                        VALUES (:id, :sentAt, :masked, :index, :template, :text)
                        """)
                .param("id", id)
                .param("sentAt", OffsetDateTime.now(clock))
                .param("masked", Masking.phone(phoneNumber))
                .param("index", personalData.index("phone", phoneNumber))
                .param("template", templateCode)
                .param("text", personalData.seal(text, TABLE, "text", id))
                .update();
    }

    /** The latest messages, newest first. */
    List<Entry> latest(int limit) {
        return jdbc.sql("""
                        SELECT id, sent_at, phone_masked, text FROM sms_demo_outbox
                        ORDER BY sent_at DESC, id LIMIT :limit
                        """)
                .param("limit", limit)
                .query((rs, n) -> new Entry(
                        rs.getObject("sent_at", OffsetDateTime.class),
                        rs.getString("phone_masked"),
                        personalData.open(rs.getBytes("text"), TABLE, "text", rs.getObject("id", UUID.class))))
                .list();
    }
}
