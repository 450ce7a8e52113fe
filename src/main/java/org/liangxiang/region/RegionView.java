package org.liangxiang.region;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import org.liangxiang.shared.RegionLevel;

/** A region as the API shows it. */
@Schema(name = "Region", description = "A division of the tree, current or retired")
record RegionView(
        @Schema(example = "410102") String code,
        @Schema(example = "中原区") String name,
        @Schema(example = "COUNTY") RegionLevel level,
        @Schema(example = "410100", nullable = true) String parentCode,

        @Schema(example = "河南省 郑州市 中原区", description = "names from the province down, placeholders (市辖区) left out")
        String namePath,

        @Schema(description = "ancestors from the province down to the parent")
        List<Summary> parents,

        @Schema(example = "2023-06-30", description = "valid-from date of the edition that introduced this version")
        LocalDate validFrom,

        @Schema(nullable = true, description = "first day no longer valid (exclusive); set when retired or replaced")
        LocalDate validTo,

        boolean retired,
        @Schema(example = "2023") String edition,

        @Schema(description = "a statistics-bureau unit that is not a GB/T 2260 division (e.g. a development zone)")
        boolean statisticalOnly,

        @Schema(description = "a prefecture-level placeholder that is not a city (市辖区, 县)")
        boolean grouping) {

    @Schema(name = "RegionSummary")
    record Summary(
            @Schema(example = "410100") String code,
            @Schema(example = "郑州市") String name,
            RegionLevel level,
            boolean statisticalOnly,
            boolean retired) {

        static Summary of(Region region) {
            return new Summary(
                    region.code(), region.name(), region.level(), region.statisticalOnly(), region.retired());
        }
    }

    static RegionView of(Region region, List<Region> parents, String namePath) {
        return new RegionView(
                region.code(),
                region.name(),
                region.level(),
                region.parentCode(),
                namePath,
                parents.stream().map(Summary::of).toList(),
                region.validFrom(),
                region.validTo(),
                region.retired(),
                region.edition(),
                region.statisticalOnly(),
                region.grouping());
    }
}
