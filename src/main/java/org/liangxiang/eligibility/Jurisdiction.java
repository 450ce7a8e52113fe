package org.liangxiang.eligibility;

import org.liangxiang.account.SignedInStaff;
import org.liangxiang.region.Regions;
import org.liangxiang.shared.RegionCode;
import org.springframework.stereotype.Component;

/** Refuses a region outside the signed-in staff member's jurisdiction (lists filter in SQL instead). */
@Component
class Jurisdiction {

    private final Regions regions;

    Jurisdiction(Regions regions) {
        this.regions = regions;
    }

    RegionCode check(SignedInStaff staff, String field, String region) {
        RegionCode code = RegionCode.of(region);
        regions.get(code.value());
        if (!regions.contains(staff.jurisdiction(), code.value())) {
            throw new OutsideJurisdictionException(field);
        }
        return code;
    }

    boolean contains(SignedInStaff staff, String region) {
        return regions.find(region).isPresent() && regions.contains(staff.jurisdiction(), region);
    }
}
