package org.liangxiang;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.core.env.Environment;

/**
 * The test database as its owner sees it (the role the migrations run as, not the application's runtime role): for
 * tests that look at every table or change what the runtime role may not.
 */
public final class AsOwner {

    private AsOwner() {}

    /** A connection as the owner, from the {@code spring.flyway.*} settings the application was started with. */
    public static Connection connect(Environment env) throws SQLException {
        return DriverManager.getConnection(
                env.getRequiredProperty("spring.flyway.url"),
                env.getRequiredProperty("spring.flyway.user"),
                env.getProperty("spring.flyway.password", ""));
    }

    /**
     * The public tables whose row text contains any of the values in plaintext — as text, or as the hex of its UTF-8
     * bytes inside a binary column.
     */
    public static List<String> tablesContaining(Environment env, Collection<String> values) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Connection c = connect(env)) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = c.createStatement()
                    .executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            Array patterns = c.createArrayOf("text", values.toArray());
            for (String table : tables) {
                String sql = "WITH r AS MATERIALIZED (SELECT t::text AS x FROM \"" + table + "\" t),"
                        + " v AS MATERIALIZED (SELECT v, encode(convert_to(v, 'UTF8'), 'hex') AS h"
                        + " FROM unnest(?::text[]) v)"
                        + " SELECT EXISTS (SELECT 1 FROM r, v WHERE strpos(r.x, v.v) > 0 OR strpos(r.x, v.h) > 0)";
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    ps.setArray(1, patterns);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        if (rs.getBoolean(1)) {
                            found.add(table);
                        }
                    }
                }
            }
        }
        return found;
    }
}
