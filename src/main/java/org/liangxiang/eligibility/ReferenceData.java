package org.liangxiang.eligibility;

import java.util.List;
import org.liangxiang.shared.RegionCode;
import org.liangxiang.shared.ResidentId;

/**
 * The port to the other agencies' data, one {@link ReferenceSource} each (certificates, assistance statuses, deaths,
 * 工伤 care allowance, orphan guarantee, similar allowances, beneficiaries elsewhere, current beneficiaries). The
 * table-backed adapter reads what the import engine loaded; an online source (the exchange issue) can replace it.
 */
public interface ReferenceData {

    /** Every fact about the person (found by blind index), with the sources loaded for the region. */
    PersonFacts of(ResidentId person, RegionCode region);

    /** The sources loaded for the region or a region above it, with when each was last loaded. */
    List<SourceCoverage> coverage(RegionCode region);
}
