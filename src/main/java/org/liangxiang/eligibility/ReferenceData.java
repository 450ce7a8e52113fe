package org.liangxiang.eligibility;

import java.util.Collection;
import java.util.List;
import java.util.Map;
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

    /**
     * Every fact about each of the people (found by blind index), read at once where the adapter can; a person without
     * facts has an empty list. Used with {@link #coverage} where many people are checked together (the evidence reports
     * of submissions, made in batches).
     */
    Map<ResidentId, List<ReferenceFact>> factsOf(Collection<ResidentId> people);

    /** The sources loaded for the region or a region above it, with when each was last loaded. */
    List<SourceCoverage> coverage(RegionCode region);
}
