package org.liangxiang.policy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.liangxiang.shared.RegionCode;

/**
 * One immutable version of a region's settings: only the keys it sets, each from {@code effectiveFrom} on, until a later
 * version of the same region sets the key again. A key mapped to {@code null} clears the region's own value, so the
 * region follows its parent again from that date.
 *
 * @param id the version id that decisions keep
 * @param region the region that set it
 * @param effectiveFrom the first day it applies
 * @param sequence the order of creation, which breaks ties between versions of one region with the same date
 * @param settings the keys it sets, with JSON values (strings, numbers, booleans, lists, maps, or null)
 * @param createdAt when it was stored
 * @param createdBy the account id of the administrator, or {@code system}
 * @param note why, as the administrator wrote it
 */
public record SettingsVersion(
        UUID id,
        RegionCode region,
        LocalDate effectiveFrom,
        long sequence,
        Map<String, Object> settings,
        Instant createdAt,
        String createdBy,
        String note) {

    public SettingsVersion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
    }

    /** Whether this version mentions the key (with a value, or with null to clear it). */
    public boolean mentions(String key) {
        return settings.containsKey(key);
    }
}
