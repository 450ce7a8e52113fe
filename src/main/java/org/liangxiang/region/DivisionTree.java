package org.liangxiang.region;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.liangxiang.shared.RegionLevel;

/**
 * An immutable in-memory snapshot of the tree: the latest version of every code (retired ones included) and the
 * current children of each. About 45,000 divisions; rebuilt whole after an import.
 */
final class DivisionTree {

    private static final String ROOT = "";
    private static final Pattern SEPARATORS = Pattern.compile("[\\s/>、，,]+");

    private final Map<String, Region> byCode;
    private final Map<String, List<Region>> children;
    private final String stamp;

    DivisionTree(Collection<Region> latestVersions, String stamp) {
        this.byCode = new HashMap<>(latestVersions.size() * 2);
        latestVersions.forEach(region -> byCode.put(region.code(), region));
        this.children = latestVersions.stream()
                .filter(region -> !region.retired())
                .sorted(Comparator.comparing(Region::code))
                .collect(Collectors.groupingBy(
                        region -> region.parentCode() == null ? ROOT : region.parentCode(),
                        Collectors.collectingAndThen(Collectors.toList(), Collections::unmodifiableList)));
        this.stamp = stamp;
    }

    /** Identifies the editions this snapshot was built from. */
    String stamp() {
        return stamp;
    }

    int size() {
        return byCode.size();
    }

    Optional<Region> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** The current children of the code, by code. */
    List<Region> children(String code) {
        return children.getOrDefault(code, List.of());
    }

    /** The ancestors of the region, from the province down to its parent, following the stored parent links. */
    List<Region> ancestors(Region region) {
        List<Region> chain = new ArrayList<>();
        Region at = region;
        while (at.parentCode() != null && chain.size() < RegionLevel.values().length) {
            Region parent = byCode.get(at.parentCode());
            if (parent == null) {
                break;
            }
            chain.add(parent);
            at = parent;
        }
        Collections.reverse(chain);
        return chain;
    }

    /** The names from the province down, without grouping placeholders: 河南省 郑州市 中原区. */
    String namePath(Region region) {
        List<Region> path = new ArrayList<>(ancestors(region));
        path.add(region);
        return path.stream().filter(r -> !r.grouping()).map(Region::name).collect(Collectors.joining(" "));
    }

    /**
     * The current region whose full names, from the province down, make up the path. Separators (spaces, slashes) are
     * optional, grouping placeholders (市辖区) may be left out, and the first match in code order wins.
     */
    Optional<Region> byNamePath(String path) {
        String rest = SEPARATORS.matcher(path == null ? "" : path).replaceAll("");
        return rest.isEmpty() ? Optional.empty() : descend(children(ROOT), rest);
    }

    private Optional<Region> descend(List<Region> candidates, String rest) {
        for (Region candidate : candidates) {
            if (rest.startsWith(candidate.name())) {
                String after = rest.substring(candidate.name().length());
                Optional<Region> found =
                        after.isEmpty() ? Optional.of(candidate) : descend(children(candidate.code()), after);
                if (found.isPresent()) {
                    return found;
                }
            }
            if (candidate.grouping()) {
                Optional<Region> found = descend(children(candidate.code()), rest);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }
}
