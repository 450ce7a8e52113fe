package org.liangxiang.policy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.liangxiang.shared.RegionCode;

/**
 * The settings in force for one region on one date: for each key a region set, its value and the version behind it;
 * and the versions consulted, in order of precedence, which reproduce this answer later.
 */
public final class LayeredResolution {

    private final List<RegionCode> chain;
    private final Map<String, ResolvedSetting> byKey;
    private final List<SettingsVersion> used;

    LayeredResolution(List<RegionCode> chain, Map<String, ResolvedSetting> byKey, List<SettingsVersion> used) {
        this.chain = List.copyOf(chain);
        this.byKey = Collections.unmodifiableMap(new LinkedHashMap<>(byKey));
        this.used = List.copyOf(used);
    }

    /** The region and its ancestors, most specific first. */
    public List<RegionCode> chain() {
        return chain;
    }

    /** The value a region set for the key, if any region on the chain did. */
    public Optional<ResolvedSetting> setting(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** The value a region set for the key, or else the national default. */
    public ResolvedSetting settingOr(String key, Object nationalDefault) {
        return setting(key).orElseGet(() -> ResolvedSetting.national(key, nationalDefault));
    }

    /** Every key some region on the chain set. */
    public Map<String, ResolvedSetting> regionSettings() {
        return byKey;
    }

    /**
     * The versions consulted, in order of precedence (the most specific region first, then the latest first): each is
     * the latest of its region to mention some key on the way up the chain. Merging exactly these gives this answer.
     */
    public List<SettingsVersion> usedVersions() {
        return used;
    }

    public List<UUID> usedVersionIds() {
        return used.stream().map(SettingsVersion::id).toList();
    }
}
