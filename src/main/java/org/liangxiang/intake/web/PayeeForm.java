package org.liangxiang.intake.web;

import org.liangxiang.intake.PayeeDetails;

/** The payee page as posted. */
record PayeeForm(String holder, String holderName, String bankName, String accountNumber) {

    PayeeDetails details() {
        return new PayeeDetails(holder, holderName, bankName, accountNumber);
    }

    @Override
    public String toString() {
        return "PayeeForm[" + holder + "]";
    }
}
