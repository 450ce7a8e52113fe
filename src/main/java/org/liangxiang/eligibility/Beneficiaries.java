package org.liangxiang.eligibility;

import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * The port to the current beneficiaries of the two subsidies. Until the payment module implements it (and the
 * imported adapter steps aside), {@link ImportedBeneficiaries} reads the list imported as {@link
 * ReferenceSource#BENEFICIARY}. The contract of both forms is in docs/eligibility.md ("The Beneficiaries port").
 */
public interface Beneficiaries {

    /** Every beneficiary receiving a subsidy on the date, one per person and subsidy, streamed. */
    void forEachCurrent(LocalDate on, Consumer<CurrentBeneficiary> each);

    /**
     * The set-based form of {@link #forEachCurrent}, for bulk work that runs in the same database: a {@code SELECT}
     * (no trailing semicolon) whose only parameter is the named {@code :on} (a date), giving the same rows with the
     * columns {@code beneficiary_id} (text), {@code resident_index} (bytea), {@code subsidy} (text, a {@code Subsidy}
     * name), {@code township_code} (varchar) and {@code resident_masked} (text). The caller selects from it as a
     * derived table inside its own transaction ({@code INSERT ... SELECT ... FROM (currentSql()) b}); it only reads.
     */
    String currentSql();
}
