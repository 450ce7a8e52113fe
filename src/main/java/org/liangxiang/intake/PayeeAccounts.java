package org.liangxiang.intake;

import java.util.Optional;
import java.util.UUID;
import org.liangxiang.shared.TimeOrderedIds;
import org.liangxiang.shared.crypto.PersonalData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Payee accounts, each its own record (holder name, bank and number sealed) that payment references by id. A change
 * writes a new record, so an id once referenced keeps meaning the account it named.
 */
@Component
class PayeeAccounts {

    static final String TABLE = "intake_payee_account";

    private final JdbcClient jdbc;
    private final PersonalData personalData;

    PayeeAccounts(JdbcClient jdbc, PersonalData personalData) {
        this.jdbc = jdbc;
        this.personalData = personalData;
    }

    UUID insert(ApplicationId applicationId, Payee payee) {
        UUID id = TimeOrderedIds.next();
        jdbc.sql("""
                INSERT INTO intake_payee_account (id, application_id, holder, holder_name_sealed, bank_name_sealed,
                    account_number_sealed) VALUES (?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        applicationId.value(),
                        payee.holder().name(),
                        personalData.seal(payee.holderName(), TABLE, "holder_name", id),
                        personalData.seal(payee.bankName(), TABLE, "bank_name", id),
                        personalData.seal(payee.accountNumber(), TABLE, "account_number", id))
                .update();
        return id;
    }

    Optional<Payee> find(UUID id) {
        if (id == null) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT * FROM intake_payee_account WHERE id = ?")
                .param(id)
                .query((rs, n) -> new Payee(
                        PayeeHolder.valueOf(rs.getString("holder")),
                        personalData.open(rs.getBytes("holder_name_sealed"), TABLE, "holder_name", id),
                        personalData.open(rs.getBytes("bank_name_sealed"), TABLE, "bank_name", id),
                        personalData.open(rs.getBytes("account_number_sealed"), TABLE, "account_number", id)))
                .optional();
    }

    Optional<PayeeHolder> holderOf(UUID id) {
        if (id == null) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT holder FROM intake_payee_account WHERE id = ?")
                .param(id)
                .query(String.class)
                .optional()
                .map(PayeeHolder::valueOf);
    }
}
