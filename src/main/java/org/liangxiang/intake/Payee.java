package org.liangxiang.intake;

/** The payee account, checked. */
record Payee(PayeeHolder holder, String holderName, String bankName, String accountNumber) {

    @Override
    public String toString() {
        return "Payee[" + holder + "]";
    }
}
