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
     * parent links rather than code prefixes, which statistical units do not always follow. For current codes this is
     * the answer {@link #withinSubtree} gives in SQL; a retired code answers here by its last version's links.
     */
    public boolean contains(String ancestor, String code) {
        Region top = get(ancestor);
        Region region = get(code);
        return region.code().equals(top.code())
                || tree.get().ancestors(region).stream().anyMatch(r -> r.code().equals(top.code()));
    }

    /**
     * A SQL condition, for other modules' queries, that holds when the region code in {@code codeColumn} lies in the
     * subtree of the jurisdiction bound to the named parameter (a region contains itself). It follows the stored parent
     * links through the table {@code region_closure}, which holds current divisions only: a retired code, or NULL, is
     * in no subtree. Bind a canonical code ({@link Region#code()}: 6 or 9 digits), or a non-empty collection of them
     * for several jurisdictions. {@code withinSubtree("a.township_code", "jurisdiction")} gives
     *
     * <pre>
     * EXISTS (SELECT 1 FROM region_closure WHERE region_closure.ancestor_code IN (:jurisdiction)
     *         AND region_closure.descendant_code = a.township_code)</pre>
     *
     * It answers by the closure's primary key wherever it stands (WHERE, ON, the select list, under NOT). Both names
     * must be constants of the calling code, never user input.
     *
     * @param codeColumn {@code alias.column}, unquoted lower-case; qualified, so that it cannot be taken for a column
     *     of {@code region_closure}
     * @param parameterName the named parameter, without its colon
     * @throws IllegalArgumentException for a name that is not of that form
     */
    public static String withinSubtree(String codeColumn, String parameterName) {
        return SubtreeCondition.ofParameter(codeColumn, parameterName);
    }

    /**
     * Like {@link #withinSubtree}, with the jurisdiction taken from a column of each row (a staff member's
     * jurisdictions joined in, say): {@code withinSubtreeOfColumn("a.township_code", "s.region_code")} gives
     *
     * <pre>
     * EXISTS (SELECT 1 FROM region_closure WHERE region_closure.ancestor_code = s.region_code
     *         AND region_closure.descendant_code = a.township_code)</pre>
     */
    public static String withinSubtreeOfColumn(String codeColumn, String ancestorColumn) {
        return SubtreeCondition.ofColumn(codeColumn, ancestorColumn);
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
