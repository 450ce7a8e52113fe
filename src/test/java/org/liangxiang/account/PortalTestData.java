package org.liangxiang.account;

import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.liangxiang.BrowserlessSession;
import org.liangxiang.shared.crypto.Masking;
import org.liangxiang.shared.crypto.PersonalData;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Test data for the portal's tests: fresh mobile numbers, the latest code the demo SMS outbox shows for a number, and a
 * synthetic person (from the demo population) whom no account has bound yet.
 */
public final class PortalTestData {

    private static final Pattern ROW =
            Pattern.compile("<td>(\\d{3}\\*{4}\\d{4})</td>\\s*<td lang=\"zh-CN\">[^<]*?验证码是(\\d{6})");

    private PortalTestData() {}

    /** A random mobile number (starting 137, which no demo account uses). */
    public static String newMobile() {
        return "137" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    /** The newest code the demo outbox page shows for the number (the page shows it masked). */
    public static String latestCode(int port, String mobile) throws Exception {
        HttpResponse<String> page = new BrowserlessSession(port).get("/demo/sms");
        Matcher row = ROW.matcher(page.body());
        while (row.find()) {
            if (row.group(1).equals(Masking.phone(mobile))) {
                return row.group(2);
            }
        }
        throw new AssertionError("no code for " + Masking.phone(mobile) + " in the demo outbox");
    }

    /** A person of the synthetic population with a certificate, not bound to any account. */
    public record Person(String fullName, String residentId, String certificateNumber) {}

    public static Person unboundPerson(JdbcClient jdbc, PersonalData personalData) {
        return jdbc.sql("""
                SELECT p.id, p.full_name_sealed, p.resident_id_sealed, c.certificate_number_sealed
                  FROM population_person p
                  JOIN population_certificate c ON c.person_id = p.id AND c.seed = p.seed
                 WHERE NOT p.has_demo_account
                   AND NOT EXISTS (SELECT 1 FROM applicant_account a WHERE a.resident_id_index = p.resident_id_index)
                 ORDER BY random() LIMIT 1""")
                .query((rs, n) -> {
                    UUID id = rs.getObject(1, UUID.class);
                    return new Person(
                            personalData.open(rs.getBytes(2), "population_person", "full_name", id),
                            personalData.open(rs.getBytes(3), "population_person", "resident_id", id),
                            personalData.open(rs.getBytes(4), "population_certificate", "certificate_number", id));
                })
                .single();
    }
}
