package org.liangxiang.intake;

/** The payee account as given: {@code holder} a {@link PayeeHolder} name (PERSON when absent), the holder's name, bank, number. */
public record PayeeDetails(String holder, String holderName, String bankName, String accountNumber) {

    @Override
    public String toString() {
        return "PayeeDetails[" + holder + "]";
    }
}
