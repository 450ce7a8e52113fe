package org.liangxiang.eligibility.web;

import org.liangxiang.account.SignedInStaff;
import org.liangxiang.region.Region;
import org.liangxiang.region.Regions;

/** A region typed into a page's form, when it lies within the staff member's jurisdiction. */
final class Scopes {

    private Scopes() {}

    /** The canonical code of the region, or null when it is malformed, unknown or outside the jurisdiction. */
    static String within(Regions regions, SignedInStaff staff, String typed) {
        try {
            return regions.find(typed.strip())
                    .map(Region::code)
                    .filter(code -> regions.contains(staff.jurisdiction(), code))
                    .orElse(null);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
