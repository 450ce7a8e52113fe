package org.liangxiang.population;

import java.util.ArrayList;
import java.util.List;
import org.liangxiang.region.Region;
import org.liangxiang.region.Regions;
import org.liangxiang.shared.RegionLevel;

/** The current townships under a province, read from the division tree, in code order. */
final class Townships {

    /** 河南省. */
    static final String HENAN = "410000";

    private Townships() {}

    static List<Township> under(Regions regions, String provinceCode) {
        List<Township> found = new ArrayList<>();
        collect(regions, regions.get(provinceCode), null, null, found);
        found.sort((a, b) -> a.code().compareTo(b.code()));
        return List.copyOf(found);
    }

    private static void collect(Regions regions, Region region, Region prefecture, Region county, List<Township> out) {
        for (Region child : regions.children(region.code())) {
            switch (child.level()) {
                case PREFECTURE -> collect(regions, child, child, null, out);
                case COUNTY -> collect(regions, child, prefecture, child, out);
                case TOWNSHIP -> {
                    Region parent = county != null ? county : region;
                    Region city = prefecture != null ? prefecture : parent;
                    out.add(new Township(child.code(), parent.code(), city.code()));
                }
                default -> {}
            }
        }
        if (region.level() == RegionLevel.PROVINCE && out.isEmpty()) {
            throw new IllegalStateException("No townships under " + region.code());
        }
    }
}
