package org.liangxiang.region;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.liangxiang.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class BundledEditionIntegrationTests {

    @Autowired
    BundledEdition bundled;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    @Test
    void theStartupLoadHappenedOnceAndDoesNothingAgain() {
        assertThat(bundled.loadIfAbsent()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM region_division WHERE edition = '2023'")
                        .query(Long.class)
                        .single())
                .isEqualTo(44_700L);
        assertThat(jdbc.sql("SELECT added FROM region_edition WHERE edition = '2023'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(44_700);
    }

    @Test
    void anEmptyTreeIsLoadedWholeOnceThenLeftAlone() {
        // inside a transaction that is rolled back, so that the shared database keeps its tree
        tx.executeWithoutResult(status -> {
            jdbc.sql("DELETE FROM region_division").update();
            jdbc.sql("DELETE FROM region_edition").update();
            assertThat(bundled.loadIfAbsent()).isEqualTo(44_700L);
            assertThat(bundled.loadIfAbsent()).isZero();
            assertThat(jdbc.sql("SELECT count(*) FROM region_division")
                            .query(Long.class)
                            .single())
                    .isEqualTo(44_700L);
            assertThat(jdbc.sql("SELECT name FROM region_division WHERE code = '410102'")
                            .query(String.class)
                            .single())
                    .isEqualTo("中原区");
            status.setRollbackOnly();
        });
    }
}
