package org.liangxiang.eligibility;

import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * The port to the current beneficiaries of the two subsidies. Until the payment module implements it (and the
 * imported adapter steps aside), {@link ImportedBeneficiaries} reads the list imported as {@link
 * ReferenceSource#BENEFICIARY}.
 */
public interface Beneficiaries {

    /** Every beneficiary receiving a subsidy on the date, one per person and subsidy, streamed. */
    void forEachCurrent(LocalDate on, Consumer<CurrentBeneficiary> each);
}
