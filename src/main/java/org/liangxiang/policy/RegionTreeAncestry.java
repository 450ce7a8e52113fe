package org.liangxiang.policy;

import java.util.ArrayList;
import java.util.List;
import org.liangxiang.region.Region;
import org.liangxiang.region.Regions;
import org.liangxiang.region.UnknownRegionException;
import org.liangxiang.shared.InvalidValueException;
import org.liangxiang.shared.RegionCode;
import org.liangxiang.shared.RegionLevel;
import org.springframework.stereotype.Component;

/**
 * The chain from the region module's tree ({@link Regions#parentChain}), which follows stored parent links: a
 * development zone's townships (e.g. under 410171) have the zone, then Zhengzhou, then Henan above them. A village
 * (not in the tree) starts the chain above its township. An unknown code is refused naming the region.
 */
@Component
class RegionTreeAncestry implements RegionAncestry {

    private final Regions regions;

    RegionTreeAncestry(Regions regions) {
        this.regions = regions;
    }

    @Override
    public List<RegionCode> chain(RegionCode region) {
        RegionCode inTree =
                region.level() == RegionLevel.VILLAGE ? region.syntacticParent().orElseThrow() : region;
        List<Region> ancestors;
        try {
            ancestors = regions.parentChain(inTree.value());
        } catch (UnknownRegionException e) {
            throw new InvalidValueException("region", "REGION_UNKNOWN", "没有这个行政区划代码", "No division has this code");
        }
        List<RegionCode> chain = new ArrayList<>();
        if (!inTree.equals(region)) {
            chain.add(region);
        }
        chain.add(inTree);
        for (int i = ancestors.size() - 1; i >= 0; i--) {
            chain.add(RegionCode.of(ancestors.get(i).code()));
        }
        return List.copyOf(chain);
    }
}
