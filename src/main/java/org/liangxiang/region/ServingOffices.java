package org.liangxiang.region;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.liangxiang.audit.AuditEntry;
import org.liangxiang.audit.AuditTrail;
import org.liangxiang.region.InvalidRegionCodeException.Rule;
import org.liangxiang.shared.RegionLevel;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which offices serve a township: by default its own office and its own county's federation and civil-affairs bureau
 * (for a city without counties, such as 东莞, the city's); an assignment on the township or on any region above it
 * overrides a kind, and the nearest assignment wins.
 */
@Component
class ServingOffices {

    private final OfficeAssignments assignments;

    private final AuditTrail audit;

    ServingOffices(OfficeAssignments assignments, AuditTrail audit) {
        this.assignments = assignments;
        this.audit = audit;
    }

    /** The offices of the township; {@code chain} runs from its province down to the township itself. */
    List<Office> serving(Region township, List<Region> chain, Function<String, Region> lookup) {
        Map<OfficeKind, OfficeAssignments.Assignment> nearest = new EnumMap<>(OfficeKind.class);
        List<String> codes = chain.stream().map(Region::code).toList();
        assignments.forRegions(codes).stream()
                .sorted((a, b) -> Integer.compare(codes.indexOf(a.regionCode()), codes.indexOf(b.regionCode())))
                .forEach(a -> nearest.put(a.kind(), a));
        Region county = lookup.apply(township.parentCode());
        List<Office> offices = new ArrayList<>();
        for (OfficeKind kind : OfficeKind.values()) {
            OfficeAssignments.Assignment assigned = nearest.get(kind);
            if (assigned != null) {
                String name = assigned.displayName() != null
                        ? assigned.displayName()
                        : OfficeNames.of(kind, lookup.apply(assigned.servingRegionCode()));
                offices.add(new Office(kind, assigned.servingRegionCode(), name, true));
            } else {
                Region serving = kind == OfficeKind.TOWNSHIP_OFFICE ? township : county;
                offices.add(new Office(kind, serving.code(), OfficeNames.of(kind, serving), false));
            }
        }
        return offices;
    }

    @Transactional
    Office assign(Region region, OfficeKind kind, Region serving, String displayName, String actor) {
        if (region.level() == RegionLevel.PROVINCE) {
            throw new InvalidRegionCodeException("regionCode", region.code(), Rule.LEVEL);
        }
        boolean fits = kind == OfficeKind.TOWNSHIP_OFFICE
                ? serving.level() == RegionLevel.TOWNSHIP
                : serving.level() == RegionLevel.COUNTY || serving.level() == RegionLevel.PREFECTURE;
        if (!fits) {
            throw new InvalidRegionCodeException("servingRegionCode", serving.code(), Rule.LEVEL);
        }
        if (serving.retired()) {
            throw new InvalidRegionCodeException("servingRegionCode", serving.code(), Rule.RETIRED);
        }
        String name = displayName == null || displayName.isBlank() ? null : displayName.strip();
        assignments.save(new OfficeAssignments.Assignment(region.code(), kind, serving.code(), name), actor);
        audit.record(AuditEntry.of("OFFICE_ASSIGNED", actor)
                .withObject("REGION_OFFICE", region.code() + "/" + kind)
                .withChange(null, serving.code()));
        return new Office(kind, serving.code(), name != null ? name : OfficeNames.of(kind, serving), true);
    }

    @Transactional
    boolean clear(String regionCode, OfficeKind kind, String actor) {
        boolean cleared = assignments.delete(regionCode, kind);
        if (cleared) {
            audit.record(AuditEntry.of("OFFICE_ASSIGNMENT_CLEARED", actor)
                    .withObject("REGION_OFFICE", regionCode + "/" + kind)
                    .withChange("ASSIGNED", "DEFAULT"));
        }
        return cleared;
    }
}
