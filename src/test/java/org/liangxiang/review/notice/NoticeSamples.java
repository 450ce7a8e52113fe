package org.liangxiang.review.notice;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.liangxiang.policy.PaymentFrequency;
import org.liangxiang.review.NonAcceptanceReason;
import org.liangxiang.review.RefusalReason;
import org.liangxiang.shared.DisabilityLevel;
import org.liangxiang.shared.Money;
import org.liangxiang.shared.ResidentId;
import org.liangxiang.shared.Subsidy;
import org.liangxiang.shared.crypto.Masking;

/** Notices as review would build them, for a case received on the Friday before the 2025 National Day holiday. */
final class NoticeSamples {

    static final String NUMBER = "LX4101022025000123";
    static final ResidentId PERSON_ID = ResidentId.of("410102199003071230");
    static final String PERSON = "王小红";
    static final String ACCOUNT = "6217000011112222333";
    static final String TEST_FIELD_KEY = "test.field.householdAddress";

    static final OfficeContact TOWNSHIP =
            new OfficeContact("林山寨街道办事处", "郑州市中原区建设路1号便民服务中心", "0371-67000001", "10690000001");
    static final OfficeContact HOME_TOWNSHIP = new OfficeContact("洛阳市西工区王城路街道办事处", null, "0379-63000002", null);
    static final OfficeContact CIVIL_AFFAIRS = new OfficeContact("中原区民政局", null, "0371-67000003", null);

    private NoticeSamples() {}

    static Addressee addressee() {
        return Addressee.of(NUMBER, PERSON, PERSON_ID);
    }

    static AcceptanceReceipt receipt(String channel) {
        return new AcceptanceReceipt(
                addressee(),
                EnumSet.allOf(Subsidy.class),
                channel,
                TOWNSHIP,
                LocalDate.of(2025, 9, 26),
                LocalDate.of(2025, 9, 30),
                20,
                LocalDate.of(2025, 11, 7));
    }

    static CorrectionNotice correction(List<CorrectionNotice.Item> items, String note) {
        return new CorrectionNotice(
                addressee(), TOWNSHIP, LocalDate.of(2025, 9, 30), items, note, LocalDate.of(2025, 10, 24));
    }

    static NonAcceptanceNotice nonAcceptance(NonAcceptanceReason reason, String explanation) {
        return new NonAcceptanceNotice(
                addressee(),
                Set.of(Subsidy.CARE),
                TOWNSHIP,
                LocalDate.of(2025, 9, 26),
                LocalDate.of(2025, 9, 30),
                reason,
                explanation);
    }

    static ForwardingNotice forwarding() {
        return new ForwardingNotice(
                addressee(),
                Set.of(Subsidy.LIVING),
                TOWNSHIP,
                HOME_TOWNSHIP,
                LocalDate.of(2025, 9, 26),
                LocalDate.of(2025, 10, 10));
    }

    static ApprovalNotice approval(Subsidy subsidy) {
        return new ApprovalNotice(
                addressee(),
                subsidy,
                Money.ofYuan(120),
                YearMonth.of(2025, 9),
                PaymentFrequency.MONTHLY,
                "中国工商银行",
                Masking.accountNumber(ACCOUNT),
                CIVIL_AFFAIRS,
                LocalDate.of(2025, 11, 3));
    }

    static RefusalNotice refusal(RefusalReason reason, String explanation) {
        return new RefusalNotice(
                addressee(), Subsidy.CARE, reason, explanation, CIVIL_AFFAIRS, LocalDate.of(2025, 11, 3));
    }

    /** Three people; their clear names and ids are {@link #LISTED_NAMES} and {@link #LISTED_IDS}. */
    static PublicNoticeList publicNotice() {
        List<PublicNoticeList.Entry> entries = List.of(
                PublicNoticeList.Entry.masking(
                        LISTED_NAMES.get(0),
                        ResidentId.of(LISTED_IDS.get(0)),
                        "建设路社区",
                        Set.of(Subsidy.LIVING, Subsidy.CARE),
                        DisabilityLevel.LEVEL_1),
                PublicNoticeList.Entry.masking(
                        LISTED_NAMES.get(1),
                        ResidentId.of(LISTED_IDS.get(1)),
                        null,
                        Set.of(Subsidy.CARE),
                        DisabilityLevel.LEVEL_2),
                PublicNoticeList.Entry.masking(
                        LISTED_NAMES.get(2),
                        ResidentId.of(LISTED_IDS.get(2)),
                        "秦岭路社区",
                        Set.of(Subsidy.LIVING),
                        DisabilityLevel.LEVEL_4));
        return new PublicNoticeList(
                "林山寨街道",
                LocalDate.of(2025, 10, 13),
                LocalDate.of(2025, 10, 19),
                entries,
                TOWNSHIP,
                LocalDate.of(2025, 10, 19));
    }

    static final List<String> LISTED_NAMES = List.of("张三丰", "欧阳小明", "李四");
    static final List<String> LISTED_IDS = List.of("410102199003071230", "11010519491231002X", "410102200001010018");
}
