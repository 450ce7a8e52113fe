package org.liangxiang.review.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.liangxiang.review.notice.NoticeSamples.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.liangxiang.review.NonAcceptanceReason;
import org.liangxiang.review.RefusalReason;
import org.liangxiang.shared.DisabilityLevel;
import org.liangxiang.shared.Subsidy;

/** The records refuse what a notice must never print: clear personal data, a reason OTHER without words, no items. */
class NoticeRecordsTests {

    @Test
    void anAddresseeHoldsTheResidentIdMasked() {
        assertThat(addressee().maskedResidentId()).isEqualTo("410102********1230");
        assertThatThrownBy(() -> new Addressee(NUMBER, PERSON, PERSON_ID.value()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maskedResidentId");
    }

    @Test
    void aPublicNoticeEntryHoldsOnlyMaskedNameAndId() {
        PublicNoticeList.Entry entry = publicNotice().entries().get(1);
        assertThat(entry.maskedName()).isEqualTo("欧***");
        assertThat(entry.maskedResidentId()).isEqualTo("110105********002X");
        assertThatThrownBy(() -> new PublicNoticeList.Entry(
                        "欧阳小明", "110105********002X", null, Set.of(Subsidy.CARE), DisabilityLevel.LEVEL_2))
                .hasMessageContaining("maskedName");
        assertThatThrownBy(() -> new PublicNoticeList.Entry(
                        "欧***", "11010519491231002X", null, Set.of(Subsidy.CARE), DisabilityLevel.LEVEL_2))
                .hasMessageContaining("maskedResidentId");
    }

    @Test
    void anApprovalHoldsTheAccountMasked() {
        assertThat(approval(Subsidy.CARE).maskedPayeeAccount()).endsWith("2333").doesNotContain(ACCOUNT);
        assertThatThrownBy(() -> new ApprovalNotice(
                        addressee(),
                        Subsidy.CARE,
                        approval(Subsidy.CARE).monthlyAmount(),
                        approval(Subsidy.CARE).startMonth(),
                        approval(Subsidy.CARE).frequency(),
                        null,
                        ACCOUNT,
                        CIVIL_AFFAIRS,
                        LocalDate.of(2025, 11, 3)))
                .hasMessageContaining("maskedPayeeAccount");
    }

    @Test
    void reasonOtherNeedsTheOfficialsOwnExplanation() {
        assertThatThrownBy(() -> refusal(RefusalReason.OTHER, " ")).hasMessageContaining("reviewerExplanation");
        assertThatThrownBy(() -> nonAcceptance(NonAcceptanceReason.OTHER, null))
                .hasMessageContaining("clerkExplanation");
        assertThat(refusal(RefusalReason.DECEASED, null).reviewerExplanation()).isNull();
    }

    @Test
    void aCorrectionNoticeKeepsEachItemOnceInTheOrderGiven() {
        CorrectionNotice notice = correction(
                List.of(
                        CorrectionNotice.Item.field("payee.accountNumber", TEST_FIELD_KEY),
                        CorrectionNotice.Item.material("DISABILITY_CERTIFICATE"),
                        CorrectionNotice.Item.field("payee.accountNumber", TEST_FIELD_KEY),
                        CorrectionNotice.Item.material("DISABILITY_CERTIFICATE")),
                null);

        assertThat(notice.items())
                .extracting(CorrectionNotice.Item::code)
                .containsExactly("payee.accountNumber", "DISABILITY_CERTIFICATE");
        assertThat(notice.materials())
                .extracting(CorrectionNotice.Item::labelKey)
                .containsExactly("guide.material.DISABILITY_CERTIFICATE.name");
        assertThatThrownBy(() -> correction(List.of(), null)).hasMessageContaining("items");
    }

    @Test
    void subsidiesPrintInTheirFixedOrder() {
        AcceptanceReceipt receipt = receipt("WINDOW");
        assertThat(receipt.subsidies()).containsExactly(Subsidy.LIVING, Subsidy.CARE);
        assertThatThrownBy(() -> receipt("window")).hasMessageContaining("channel");
    }
}
