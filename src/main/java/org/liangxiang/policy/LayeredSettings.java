package org.liangxiang.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.liangxiang.shared.Memo;
import org.liangxiang.shared.RegionCode;
import org.springframework.stereotype.Component;

/**
 * Effective-dated settings resolved up the region chain, key by key: for each key, the most specific region on the
 * chain whose latest version in force (the latest {@code effectiveFrom} not after the date, then the latest created)
 * sets it wins; a version that maps the key to null clears that region's value, so the search goes on to the parent; a
 * key no region sets takes the caller's national default. Policy and the guide both resolve this way.
 */
@Component
public class LayeredSettings {

    private static final Comparator<SettingsVersion> LATEST_FIRST = Comparator.comparing(SettingsVersion::effectiveFrom)
            .thenComparingLong(SettingsVersion::sequence)
            .reversed();

    private final RegionAncestry ancestry;
    private final Memo<Resolved, LayeredResolution> resolved = new Memo<>(10_000);

    LayeredSettings(RegionAncestry ancestry) {
        this.ancestry = ancestry;
    }

    /**
     * What a resolution depends on: the table, the chain and the versions in force for it on the date (their ids: a
     * version is never changed once written, and a new one changes the set).
     */
    private record Resolved(String table, List<RegionCode> chain, Set<UUID> versions) {}

    /** The region and its ancestors, most specific first. */
    public List<RegionCode> chain(RegionCode region) {
        return ancestry.chain(region);
    }

    /**
     * The settings in force for the region on the date, from the versions in the table. One query at most (the table
     * remembers the versions of settled dates); the merge is remembered for the same versions (a submission resolves
     * the guide's required materials, every act of a case its policy).
     */
    public LayeredResolution resolve(RegionCode region, LocalDate date, SettingsVersionTable table) {
        List<RegionCode> chain = chain(region);
        List<SettingsVersion> candidates = table.candidates(chain, date);
        Set<UUID> ids = new HashSet<>();
        candidates.forEach(v -> ids.add(v.id()));
        return resolved.get(new Resolved(table.name(), chain, ids), key -> merge(chain, candidates));
    }

    /** Resolves the candidates (versions in force on the date for regions of the chain) along the chain. */
    public static LayeredResolution merge(List<RegionCode> chain, Collection<SettingsVersion> candidates) {
        Map<RegionCode, List<SettingsVersion>> byRegion = new HashMap<>();
        Set<String> keys = new TreeSet<>();
        for (SettingsVersion version : candidates) {
            byRegion.computeIfAbsent(version.region(), r -> new ArrayList<>()).add(version);
            keys.addAll(version.settings().keySet());
        }
        byRegion.values().forEach(versions -> versions.sort(LATEST_FIRST));
        Map<String, ResolvedSetting> resolved = new LinkedHashMap<>();
        Set<SettingsVersion> used = new LinkedHashSet<>();
        for (String key : keys) {
            for (RegionCode region : chain) {
                SettingsVersion latest = latestMentioning(byRegion.getOrDefault(region, List.of()), key);
                if (latest != null) {
                    used.add(latest);
                    if (latest.settings().get(key) != null) {
                        resolved.put(key, ResolvedSetting.from(key, latest));
                        break;
                    }
                }
            }
        }
        return new LayeredResolution(chain, resolved, inPrecedenceOrder(chain, used));
    }

    /**
     * The same answer again from the versions an earlier resolution used, given in its order of precedence (as
     * {@link LayeredResolution#usedVersions()} lists them), whatever versions have been added since.
     */
    public static LayeredResolution reproduce(List<SettingsVersion> inPrecedenceOrder) {
        List<RegionCode> chain = inPrecedenceOrder.stream()
                .map(SettingsVersion::region)
                .distinct()
                .toList();
        return merge(chain, inPrecedenceOrder);
    }

    private static SettingsVersion latestMentioning(List<SettingsVersion> latestFirst, String key) {
        for (SettingsVersion version : latestFirst) {
            if (version.mentions(key)) {
                return version;
            }
        }
        return null;
    }

    private static List<SettingsVersion> inPrecedenceOrder(List<RegionCode> chain, Set<SettingsVersion> used) {
        return used.stream()
                .sorted(Comparator.<SettingsVersion>comparingInt(v -> chain.indexOf(v.region()))
                        .thenComparing(LATEST_FIRST))
                .toList();
    }
}
