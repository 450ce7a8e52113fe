package org.liangxiang.review;

import org.liangxiang.policy.ReviewOffice;
import org.liangxiang.region.Office;
import org.liangxiang.region.OfficeKind;
import org.liangxiang.region.Regions;
import org.springframework.stereotype.Component;

/** Which office acts at a stage: its region code, from the offices region says serve the owning township. */
@Component
class ActingOffices {

    private final Regions regions;

    ActingOffices(Regions regions) {
        this.regions = regions;
    }

    /** The region code of the office of that kind serving the township (the township itself, or its county's). */
    String regionOf(String township, ReviewOffice office) {
        return officeOf(township, office).servingRegionCode();
    }

    /** The office of that kind serving the township, with its display name. */
    Office officeOf(String township, ReviewOffice office) {
        OfficeKind kind = switch (office) {
            case TOWNSHIP -> OfficeKind.TOWNSHIP_OFFICE;
            case COUNTY_FEDERATION -> OfficeKind.COUNTY_FEDERATION;
            case COUNTY_CIVIL_AFFAIRS -> OfficeKind.COUNTY_CIVIL_AFFAIRS;
        };
        return regions.officesFor(township).stream()
                .filter(o -> o.kind() == kind)
                .findFirst()
                .orElseThrow();
    }

    /** The region's own name, e.g. 林山寨街道. */
    String nameOf(String code) {
        return regions.get(code).name();
    }

    /** The county-level unit the township belongs to (its parent in the division tree). */
    String countyOf(String township) {
        return regions.get(township).parentCode();
    }
}
