package org.liangxiang.sms;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
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

    /** A message the demo gateway keeps: the number (kept masked and indexed), its template and its text. */
    record Message(String phoneNumber, String templateCode, String text) {}

    /** Keeps the messages by one insert (nothing when there are none), each with the same time. */
    void keep(List<Message> messages) {
        if (messages.isEmpty()) {
            return;
        }
        OffsetDateTime sentAt = OffsetDateTime.now(clock);
        List<Object> values = new ArrayList<>(messages.size() * 6);
        for (Message message : messages) {
            UUID id = UUID.randomUUID();
            values.add(id);
            values.add(sentAt);
            values.add(Masking.phone(message.phoneNumber()));
            values.add(personalData.index("phone", message.phoneNumber()));
            values.add(message.templateCode());
            values.add(personalData.seal(message.text(), TABLE, "text", id));
        }
        jdbc.sql("INSERT INTO sms_demo_outbox (id, sent_at, phone_masked, phone_index, template_code, text) VALUES "
                        + String.join(", ", Collections.nCopies(messages.size(), "(?, ?, ?, ?, ?, ?)")))
                .params(values)
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
