package org.liangxiang.shared.database;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.liangxiang.LiangxiangApplication;
import org.springframework.boot.SpringApplication;

/** The prod profile refuses to start without an external database (and never falls back to the embedded one). */
class ProdProfileTests {

    @Test
    void prodRefusesToStartWithoutAnExternalDatabase() {
        SpringApplication app = new SpringApplication(LiangxiangApplication.class);
        app.setAdditionalProfiles("prod");
        assertThatThrownBy(() -> app.run("--server.port=0", "--liangxiang.db.url="))
                .hasStackTraceContaining("The prod profile needs an external PostgreSQL");
    }
}
