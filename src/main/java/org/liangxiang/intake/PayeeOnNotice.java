package org.liangxiang.intake;

import java.util.UUID;

/**
 * The payee account as a decision notice prints it: the bank by name and the account number masked. Never the full
 * number; only the streaming bank-file export of the payment side opens that.
 */
public record PayeeOnNotice(UUID payeeAccountId, String bankName, String maskedAccountNumber) {

    @Override
    public String toString() {
        return "PayeeOnNotice[" + payeeAccountId + "]";
    }
}
