package org.liangxiang.region;

import java.time.LocalDate;
import org.liangxiang.shared.RegionLevel;

/**
 * One version of a division: the current one, or for a retired code its last one.
 *
 * @param code 6 digits (province, prefecture, county) or 9 digits (township)
 * @param parentCode the parent's code, {@code null} for a province
 * @param validFrom the valid-from date of the edition that introduced this version
 * @param validTo the first day this version no longer holds (exclusive), {@code null} while current
 * @param edition the edition that introduced this version (e.g. {@code 2023})
 * @param statisticalOnly a unit of the statistics bureau's tree that is not a GB/T 2260 division (development zones)
 * @param grouping a prefecture-level placeholder that is not a city (市辖区, 县, 省直辖县级行政区划)
 */
public record Region(
        String code,
        String parentCode,
        String name,
        RegionLevel level,
        LocalDate validFrom,
        LocalDate validTo,
        String edition,
        boolean statisticalOnly,
        boolean grouping) {

    public boolean retired() {
        return validTo != null;
    }

    /** Whether this version held on the date. */
    public boolean validOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || date.isBefore(validTo));
    }
}
