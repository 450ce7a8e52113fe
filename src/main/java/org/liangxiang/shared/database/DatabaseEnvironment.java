package org.liangxiang.shared.database;

import java.util.HashMap;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.Profiles;

/**
 * Points the application at its PostgreSQL before any bean is made: an external server when {@code LIANGXIANG_DB_URL}
 * is set, otherwise the embedded PostgreSQL 17 of {@link EmbeddedDatabase}. Migrations (Flyway) connect as the owner
 * role; the application's own pool connects as the runtime role that the migrations create, which may not change or
 * delete audit rows.
 */
public class DatabaseEnvironment implements EnvironmentPostProcessor, Ordered {

    static final String DEFAULT_RUNTIME_ROLE = "liangxiang_app";

    private final Log log;

    public DatabaseEnvironment(DeferredLogFactory logFactory) {
        this.log = logFactory.getLog(DatabaseEnvironment.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        String runtimeRole = env.getProperty("liangxiang.db.runtime-user", DEFAULT_RUNTIME_ROLE);
        Map<String, Object> props = new HashMap<>();
        String url = env.getProperty("liangxiang.db.url");
        if (url != null && !url.isBlank()) {
            props.put("spring.flyway.url", url);
            props.put("spring.flyway.user", env.getRequiredProperty("liangxiang.db.user"));
            props.put("spring.flyway.password", env.getProperty("liangxiang.db.password", ""));
            props.put("spring.datasource.url", url);
            // never the query string: a JDBC URL may carry a password there
            log.info("External PostgreSQL at " + url.replaceFirst("\\?.*$", ""));
            props.put("spring.datasource.password", env.getProperty("liangxiang.db.runtime-password", ""));
        } else if (env.acceptsProfiles(Profiles.of("prod"))) {
            throw new IllegalStateException("The prod profile needs an external PostgreSQL: set LIANGXIANG_DB_URL, "
                    + "LIANGXIANG_DB_USER and LIANGXIANG_DB_PASSWORD (the owner that runs migrations) and "
                    + "LIANGXIANG_DB_RUNTIME_PASSWORD (the runtime role's). See docs/operations.md.");
        } else {
            EmbeddedDatabase embedded = EmbeddedDatabase.start(
                    env.getProperty("liangxiang.db.embedded.data-dir", "./data/postgres"),
                    env.getProperty("liangxiang.db.embedded.port", Integer.class, 0),
                    env.getProperty("liangxiang.db.embedded.clean", Boolean.class, false),
                    env.getProperty("liangxiang.db.embedded.shared-buffers"),
                    env.getProperty("liangxiang.db.embedded.durable", Boolean.class, true));
            String embeddedUrl = embedded.jdbcUrl();
            log.info("Embedded PostgreSQL 17 at " + embeddedUrl + " (owner " + EmbeddedDatabase.OWNER + ", data in "
                    + env.getProperty("liangxiang.db.embedded.data-dir", "./data/postgres") + ")");
            props.put("spring.flyway.url", embeddedUrl);
            props.put("spring.flyway.user", EmbeddedDatabase.OWNER);
            props.put("spring.flyway.password", "");
            props.put("spring.datasource.url", embeddedUrl);
            props.put("spring.datasource.password", "");
        }
        props.put("spring.datasource.username", runtimeRole);
        props.put("spring.flyway.placeholders.runtimeRole", runtimeRole);
        env.getPropertySources().addFirst(new MapPropertySource("liangxiangDatabase", props));
    }

    @Override
    public int getOrder() {
        // after the config files have been read (ConfigDataEnvironmentPostProcessor is HIGHEST_PRECEDENCE + 10)
        return Ordered.LOWEST_PRECEDENCE;
    }
}
