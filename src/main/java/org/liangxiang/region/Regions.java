package org.liangxiang.region;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.liangxiang.region.InvalidRegionCodeException.Rule;
import org.liangxiang.shared.RegionLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The division tree and the offices that serve each township. Codes are 6 digits (province, prefecture, county) or 9
 * (township); 12-digit statistical codes are accepted and canonicalised. Lookups answer from an in-memory snapshot of
 * the latest version of every code (retired codes included, with their validity dates), rebuilt after each import.
 */
@Service
public class Regions {

    private static final Logger log = LoggerFactory.getLogger(Regions.class);

    private final DivisionStore store;
    private final ServingOffices offices;
    private final AtomicReference<DivisionTree> tree = new AtomicReference<>();

    /** Takes the bundled edition so that it is loaded before the first snapshot. */
    Regions(BundledEdition bundled, DivisionStore store, ServingOffices offices) {
        this.store = store;
        this.offices = offices;
        refresh();
    }

    /** The current version of the code, or for a retired code its last one. */
    public Optional<Region> find(String code) {
        return tree.get().find(DivisionCodes.canonical("code", code));
    }

    /** Like {@link #find}, but an unknown code is an {@link UnknownRegionException} naming it. */
    public Region get(String code) {
        String canonical = DivisionCodes.canonical("code", code);
        return tree.get().find(canonical).orElseThrow(() -> new UnknownRegionException(canonical));
    }

    /**
     * The current region named by its full names from the province down, e.g. {@code 河南省 郑州市 中原区}. Spaces are
     * optional ({@code 河南省郑州市中原区}) and placeholders such as 市辖区 may be left out ({@code 北京市 东城区}).
     */
    public Optional<Region> findByNamePath(String path) {
        return tree.get().byNamePath(path);
    }

    /** The ancestors of the region, from the province down to its parent (empty for a province). */
    public List<Region> parentChain(String code) {
        return tree.get().ancestors(get(code));
    }

    /** The current children of the region, by code. */
    public List<Region> children(String code) {
        return tree.get().children(get(code).code());
    }

    /**
     * Whether {@code code} lies in the subtree of {@code ancestor} (a region contains itself), following the stored
     * parent links rather than code prefixes, which statistical units do not always follow.
     */
    public boolean contains(String ancestor, String code) {
        Region top = get(ancestor);
        Region region = get(code);
        return region.code().equals(top.code())
                || tree.get().ancestors(region).stream().anyMatch(r -> r.code().equals(top.code()));
    }

    /** The names from the province down, without placeholders: {@code 河南省 郑州市 中原区}. */
    public String namePath(String code) {
        return tree.get().namePath(get(code));
    }

    /** The township office, county federation and county civil-affairs bureau that serve the township. */
    public List<Office> officesFor(String townshipCode) {
        Region township = get(townshipCode);
        if (township.level() != RegionLevel.TOWNSHIP) {
            throw new InvalidRegionCodeException("code", township.code(), Rule.LEVEL);
        }
        List<Region> chain = new ArrayList<>(tree.get().ancestors(township));
        chain.add(township);
        return offices.serving(township, chain, this::get);
    }

    /**
     * Makes the office of {@code servingRegionCode} serve every township under {@code regionCode} (a township, county
     * or prefecture) for the kind, e.g. the townships of a development zone served by a city's federation.
     */
    public Office assignOffice(
            String regionCode, OfficeKind kind, String servingRegionCode, String displayName, String actor) {
        return offices.assign(get(regionCode), kind, get(servingRegionCode), displayName, actor);
    }

    /** Returns the townships under the region to their default office of the kind. */
    public boolean clearOffice(String regionCode, OfficeKind kind, String actor) {
        return offices.clear(get(regionCode).code(), kind, actor);
    }

    @TransactionalEventListener
    void on(RegionEditionImported imported) {
        refresh();
    }

    /** Another node may have imported an edition. Every node checks its own tree, so this job is not locked. */
    @Scheduled(initialDelayString = "PT5M", fixedDelayString = "PT5M")
    void refreshIfChanged() {
        if (!store.stamp().equals(tree.get().stamp())) {
            refresh();
        }
    }

    void refresh() {
        String stamp = store.stamp();
        DivisionTree fresh = new DivisionTree(store.latestVersions(), stamp);
        tree.set(fresh);
        log.info("Division tree ready: {} codes (editions {})", fresh.size(), stamp);
    }
}
