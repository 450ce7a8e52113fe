package org.liangxiang.shared.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.liangxiang.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class CompletedEventCleanupIntegrationTests {

    @Autowired
    CompletedEventCleanup cleanup;

    @Autowired
    JdbcClient jdbc;

    @Test
    void removesOnlyPublicationsCompletedLongerAgoThanKept() {
        OffsetDateTime now = OffsetDateTime.now();
        UUID old = publication(now.minusDays(40), now.minusDays(31));
        UUID recent = publication(now.minusDays(3), now.minusDays(2));
        UUID outstanding = publication(now.minusDays(40), null);

        cleanup.removeOldCompleted();

        assertThat(exists(old)).isFalse();
        assertThat(exists(recent)).isTrue();
        assertThat(exists(outstanding)).isTrue();
        jdbc.sql("DELETE FROM event_publication WHERE id IN (:ids)")
                .param("ids", java.util.List.of(recent, outstanding))
                .update();
    }

    private UUID publication(OffsetDateTime published, OffsetDateTime completed) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO event_publication (id, listener_id, event_type, serialized_event, publication_date,
                    completion_date, status, completion_attempts)
                VALUES (:id, 'cleanup-test', 'org.liangxiang.Test', '{}', :published, :completed, :status, 1)""")
                .param("id", id)
                .param("published", published)
                .param("completed", completed)
                .param("status", completed == null ? "PUBLISHED" : "COMPLETED")
                .update();
        return id;
    }

    private boolean exists(UUID id) {
        return jdbc.sql("SELECT count(*) FROM event_publication WHERE id = :id")
                        .param("id", id)
                        .query(Integer.class)
                        .single()
                == 1;
    }
}
