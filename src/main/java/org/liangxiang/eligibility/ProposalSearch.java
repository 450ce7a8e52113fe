package org.liangxiang.eligibility;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.liangxiang.region.Regions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reading re-check proposals for the county's pages: filtered and paged within the jurisdiction (in the query), one
 * proposal with the reference facts its rule read, and the last re-check run. Deciding stays with {@link
 * RecheckProposals}.
 */
@Service
public class ProposalSearch {

    public static final int PAGE_SIZE = 20;

    private static final String WHERE = " WHERE p.status = :status"
            + " AND (:kind = '' OR p.kind = :kind)"
            + " AND (:subsidy = '' OR p.subsidy = :subsidy)"
            + " AND ";

    private final JdbcClient jdbc;
    private final Rechecks rechecks;

    ProposalSearch(JdbcClient jdbc, Rechecks rechecks) {
        this.jdbc = jdbc;
        this.rechecks = rechecks;
    }

    /**
     * The page (from 0) of proposals matching the filter in the jurisdiction's subtree, oldest first. A region in the
     * filter must be a canonical code ({@code Regions.get(code).code()}).
     */
    public ProposalPage search(String jurisdiction, ProposalFilter filter, int page) {
        int from = Math.max(0, page);
        String where = WHERE
                + Regions.withinSubtree("p.township_code", "jurisdiction")
                + (filter.region().isEmpty() ? "" : " AND " + Regions.withinSubtree("p.township_code", "region"));
        long total = bind(jdbc.sql("SELECT count(*) FROM elig_proposal p" + where), jurisdiction, filter)
                .query(Long.class)
                .single();
        List<RecheckProposal> items = bind(
                        jdbc.sql("SELECT * FROM elig_proposal p" + where
                                + " ORDER BY p.created_at, p.id LIMIT :limit OFFSET :offset"),
                        jurisdiction,
                        filter)
                .param("limit", PAGE_SIZE)
                .param("offset", from * PAGE_SIZE)
                .query((rs, n) -> RecheckProposals.proposal(rs))
                .list();
        return new ProposalPage(items, total, from, PAGE_SIZE);
    }

    /** The proposal, when its beneficiary's township is within the jurisdiction. */
    public Optional<RecheckProposal> find(UUID id, String jurisdiction) {
        return jdbc.sql("SELECT * FROM elig_proposal p WHERE p.id = :id AND "
                        + Regions.withinSubtree("p.township_code", "jurisdiction"))
                .param("id", id)
                .param("jurisdiction", jurisdiction)
                .query((rs, n) -> RecheckProposals.proposal(rs))
                .optional();
    }

    /** The person's facts of the sources the proposal's rule reads (no identifiers), with when each was loaded. */
    public List<ReferenceFact> dataUsed(RecheckProposal proposal) {
        List<String> sources =
                proposal.kind().rule().sources().stream().map(Enum::name).toList();
        return jdbc.sql("SELECT " + StoredReferenceData.FACT_COLUMNS
                        + " FROM elig_proposal p JOIN elig_fact f ON f.resident_index = p.resident_index"
                        + " WHERE p.id = :id AND f.source IN (:sources) ORDER BY f.source, f.valid_from")
                .param("id", proposal.id())
                .param("sources", sources)
                .query((rs, n) -> StoredReferenceData.fact(rs))
                .list();
    }

    /** The latest re-check run, finished or not. */
    public Optional<RecheckRun> latestRun() {
        return jdbc.sql("SELECT id FROM elig_recheck_run ORDER BY started_at DESC, id LIMIT 1")
                .query(UUID.class)
                .optional()
                .map(rechecks::find);
    }

    private static JdbcClient.StatementSpec bind(
            JdbcClient.StatementSpec spec, String jurisdiction, ProposalFilter filter) {
        if (!filter.region().isEmpty()) {
            spec = spec.param("region", filter.region());
        }
        return spec.param("status", filter.status().name())
                .param("kind", filter.kind() == null ? "" : filter.kind().name())
                .param(
                        "subsidy",
                        filter.subsidy() == null ? "" : filter.subsidy().name())
                .param("jurisdiction", jurisdiction);
    }
}
