package org.liangxiang.intake.web;

import java.util.ArrayList;
import java.util.List;
import org.liangxiang.region.Region;
import org.liangxiang.region.Regions;
import org.liangxiang.shared.RegionLevel;

/**
 * The receiving-township picker of the staff's new application: a staff member whose jurisdiction is above a township
 * (a county's staff assistant) chooses where the application is received among the current townships of their
 * subtree; a township's staff keep their own township and see no picker. Intake refuses a township outside the
 * subtree ({@code receivingTownship}).
 *
 * @param selected the township chosen so far, or null
 */
public record ReceivingChoice(List<Region> townships, String selected) {

    /** The picker for the jurisdiction, or null when the jurisdiction is a township (or unknown). */
    static ReceivingChoice of(Regions regions, String jurisdiction, String selected) {
        return regions.find(jurisdiction)
                .filter(r -> r.level() != RegionLevel.TOWNSHIP && r.level() != RegionLevel.VILLAGE)
                .map(r -> new ReceivingChoice(townships(regions, r.code()), blankToNull(selected)))
                .orElse(null);
    }

    private static List<Region> townships(Regions regions, String code) {
        List<Region> found = new ArrayList<>();
        for (Region child : regions.children(code)) {
            if (child.retired()) {
                continue;
            }
            if (child.level() == RegionLevel.TOWNSHIP) {
                found.add(child);
            } else if (child.level() != RegionLevel.VILLAGE) {
                found.addAll(townships(regions, child.code()));
            }
        }
        return found;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
