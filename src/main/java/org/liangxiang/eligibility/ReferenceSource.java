package org.liangxiang.eligibility;

import java.util.List;

/**
 * The other agencies' data the rules read, each loaded by the import engine from a table with a header row (the
 * columns are listed in docs/eligibility.md). Stored by name.
 */
public enum ReferenceSource {
    /** 残疾人证: the federation's certificate register. */
    CERTIFICATE(List.of("resident_id", "certificate_number", "issued_on", "valid_until", "township"), true),
    /** 低保 / 低保边缘 / 低收入 / 特困 with from and to dates (civil affairs). */
    ASSISTANCE_STATUS(List.of("resident_id", "kind"), true),
    /** Deaths (public security, civil affairs): deltas only, a death does not end. */
    DEATH(List.of("resident_id", "died_on"), false),
    /** 工伤保险生活护理费 recipients (human resources and social security). */
    WORK_INJURY_CARE(List.of("resident_id"), true),
    /** 孤儿、事实无人抚养儿童基本生活保障 recipients. */
    ORPHAN_GUARANTEE(List.of("resident_id"), true),
    /** Similar allowances (择高): old-age, 因公致残, 离休 care or living allowances, with the monthly amount. */
    SIMILAR_ALLOWANCE(List.of("resident_id", "kind"), true),
    /** Beneficiaries of the two subsidies paid by other counties or provinces. */
    BENEFICIARY_ELSEWHERE(List.of("resident_id", "subsidy", "paying_region"), true),
    /**
     * Open applications for the two subsidies held by other counties' or provinces' systems (opened on {@code
     * valid_from}, open until {@code valid_to}: decided or withdrawn), with the region of the office handling each.
     */
    OPEN_APPLICATION_ELSEWHERE(List.of("resident_id", "subsidy", "handling_region"), true),
    /** The current beneficiaries here, until the payment module keeps the roster. */
    BENEFICIARY(List.of("resident_id", "subsidy", "township"), true);

    private final List<String> requiredColumns;
    private final boolean snapshots;

    ReferenceSource(List<String> requiredColumns, boolean snapshots) {
        this.requiredColumns = requiredColumns;
        this.snapshots = snapshots;
    }

    /** The header names a file of this source must have. */
    public List<String> requiredColumns() {
        return requiredColumns;
    }

    /** Whether a full snapshot makes sense (a death never ends, so deaths come as deltas). */
    public boolean allowsSnapshots() {
        return snapshots;
    }
}
