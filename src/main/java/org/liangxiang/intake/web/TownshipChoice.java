package org.liangxiang.intake.web;

import java.util.List;
import org.liangxiang.region.Region;
import org.liangxiang.region.Regions;
import org.liangxiang.shared.RegionLevel;

/**
 * The home-township picker inside the person's page, without script: the region chosen so far with its ancestors (each
 * a button that goes back up), and the current regions one level below to choose from (none once a township is chosen).
 * Choosing posts the whole form, so nothing typed is lost.
 */
public record TownshipChoice(Region chosen, List<Region> trail, List<Region> children) {

    static TownshipChoice of(Regions regions, String code) {
        Region chosen = regions.get(code);
        List<Region> children = chosen.level() == RegionLevel.TOWNSHIP
                ? List.of()
                : regions.children(chosen.code()).stream()
                        .filter(r -> !r.retired() && r.level() != RegionLevel.VILLAGE)
                        .toList();
        List<Region> trail = regions.parentChain(chosen.code()).stream()
                .filter(r -> !r.code().equals(chosen.code()))
                .toList();
        return new TownshipChoice(chosen, trail, children);
    }

    public boolean township() {
        return chosen.level() == RegionLevel.TOWNSHIP;
    }
}
