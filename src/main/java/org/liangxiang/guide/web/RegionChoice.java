package org.liangxiang.guide.web;

import java.util.List;
import org.liangxiang.region.Region;
import org.liangxiang.region.Regions;
import org.liangxiang.shared.RegionLevel;

/**
 * Where the person is in the region picker: the chosen region with its ancestors, and its children to choose from next.
 * The picker works without script: each choice is a GET form, one level at a time, or a typed name path.
 *
 * @param chosen the region chosen so far (the home province at first)
 * @param trail the ancestors of the chosen region, from the province down
 * @param children the current regions one level below, to choose from (empty for a township)
 */
public record RegionChoice(Region chosen, List<Region> trail, List<Region> children) {

    static RegionChoice of(Regions regions, String code) {
        Region chosen = regions.get(code);
        List<Region> children = chosen.level() == RegionLevel.TOWNSHIP
                ? List.of()
                : regions.children(chosen.code()).stream()
                        .filter(r -> !r.retired() && r.level() != RegionLevel.VILLAGE)
                        .toList();
        return new RegionChoice(chosen, regions.parentChain(chosen.code()), children);
    }

    /** A guide can be shown from the county down; a township gives its own window. */
    public boolean guideAvailable() {
        return chosen.level() == RegionLevel.COUNTY || chosen.level() == RegionLevel.TOWNSHIP;
    }

    public boolean township() {
        return chosen.level() == RegionLevel.TOWNSHIP;
    }
}
