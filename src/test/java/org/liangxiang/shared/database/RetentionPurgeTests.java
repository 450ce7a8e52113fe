package org.liangxiang.shared.database;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetentionPurgeTests {

    @Test
    void onlyAFunctionNameIsPutIntoTheStatement() {
        assertThatThrownBy(() -> RetentionPurge.run(null, "purge(); DROP TABLE x; --", Duration.ofDays(30), 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Not a function name");
        assertThatThrownBy(() -> RetentionPurge.run(null, "Purge", Duration.ofDays(30), 10))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
