package org.liangxiang.population;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.liangxiang.policy.Policies;
import org.liangxiang.policy.PolicyInForce;
import org.liangxiang.policy.ReviewChainStep;
import org.liangxiang.policy.ReviewOffice;
import org.liangxiang.region.Office;
import org.liangxiang.region.OfficeKind;
import org.liangxiang.region.Regions;
import org.liangxiang.shared.RegionCode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What loaded applications take from a township, looked up once per township: the policy in force on the as-of date
 * (deadlines, review chain as review snapshots it, amounts) and the region codes of the offices that serve it.
 */
final class TownshipFacts {

    record Facts(
            PolicyInForce policy,
            String reference,
            List<ReviewChainStep> chain,
            String chainJson,
            boolean noticePauses,
            String township,
            String federation,
            String civilAffairs,
            String county,
            String namePath) {

        String officeRegion(ReviewOffice office) {
            return switch (office) {
                case TOWNSHIP -> township;
                case COUNTY_FEDERATION -> federation;
                case COUNTY_CIVIL_AFFAIRS -> civilAffairs;
            };
        }
    }

    private final Policies policies;
    private final Regions regions;
    private final JsonMapper json;
    private final LocalDate asOf;
    private final Map<String, Facts> facts = new ConcurrentHashMap<>();

    TownshipFacts(Policies policies, Regions regions, JsonMapper json, LocalDate asOf) {
        this.policies = policies;
        this.regions = regions;
        this.json = json;
        this.asOf = asOf;
    }

    Facts of(String township) {
        return facts.computeIfAbsent(township, this::lookUp);
    }

    /** The county-level unit the township belongs to. */
    String countyOf(String township) {
        return of(township).county();
    }

    private Facts lookUp(String township) {
        PolicyInForce policy = policies.inForce(RegionCode.of(township), asOf);
        List<Office> offices = regions.officesFor(township);
        return new Facts(
                policy,
                policy.reference().toString(),
                policy.reviewChain(),
                json.writeValueAsString(policy.reviewChain()),
                policy.publicNoticePausesDecisionClock(),
                serving(offices, OfficeKind.TOWNSHIP_OFFICE),
                serving(offices, OfficeKind.COUNTY_FEDERATION),
                serving(offices, OfficeKind.COUNTY_CIVIL_AFFAIRS),
                regions.get(township).parentCode(),
                regions.namePath(township).replace(" ", ""));
    }

    private static String serving(List<Office> offices, OfficeKind kind) {
        return offices.stream()
                .filter(o -> o.kind() == kind)
                .findFirst()
                .orElseThrow()
                .servingRegionCode();
    }
}
