package org.liangxiang.review.notice;

import java.time.LocalDate;
import java.time.YearMonth;
import org.liangxiang.policy.PaymentFrequency;
import org.liangxiang.shared.Money;
import org.liangxiang.shared.Subsidy;

/**
 * 审批决定 for one subsidy: approved, how much a month, from which month, how it is paid and into which account.
 *
 * @param monthlyAmount the monthly amount from the policy version in force
 * @param startMonth the first month paid (months before the decision are paid as back-pay)
 * @param frequency how often it is paid out
 * @param payeeBank the bank of the payee account, or null
 * @param maskedPayeeAccount the account number masked ({@code Masking.accountNumber})
 * @param decidingOffice the county civil-affairs office that decided
 */
public record ApprovalNotice(
        Addressee addressee,
        Subsidy subsidy,
        Money monthlyAmount,
        YearMonth startMonth,
        PaymentFrequency frequency,
        String payeeBank,
        String maskedPayeeAccount,
        OfficeContact decidingOffice,
        LocalDate decidedOn) {

    public ApprovalNotice {
        NoticeValues.required(addressee, "addressee");
        NoticeValues.required(subsidy, "subsidy");
        NoticeValues.required(monthlyAmount, "monthlyAmount");
        if (monthlyAmount.isNegative() || monthlyAmount.isZero()) {
            throw new IllegalArgumentException("monthlyAmount: positive");
        }
        NoticeValues.required(startMonth, "startMonth");
        NoticeValues.required(frequency, "frequency");
        payeeBank = NoticeValues.optional(payeeBank);
        maskedPayeeAccount = NoticeValues.masked(maskedPayeeAccount, "maskedPayeeAccount");
        NoticeValues.required(decidingOffice, "decidingOffice");
        NoticeValues.required(decidedOn, "decidedOn");
    }
}
