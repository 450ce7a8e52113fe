package org.liangxiang.intake;

import org.liangxiang.region.Regions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Human application numbers: {@code LX}, the receiving township's county-level code (6 digits), the year, and a running
 * number from a database sequence (at least 6 digits), e.g. {@code LX4101022026000123}. Unique across nodes.
 */
@Component
class ApplicationNumbers {

    private final JdbcClient jdbc;
    private final Regions regions;

    ApplicationNumbers(JdbcClient jdbc, Regions regions) {
        this.jdbc = jdbc;
        this.regions = regions;
    }

    String next(String receivingTownship, int year) {
        long running = jdbc.sql("SELECT nextval('intake_application_number_seq')")
                .query(Long.class)
                .single();
        return format(countyOf(receivingTownship), year, running);
    }

    private String countyOf(String township) {
        String parent = regions.get(township).parentCode();
        return parent == null || parent.length() != 6 ? township.substring(0, 6) : parent;
    }

    static String format(String county, int year, long running) {
        return "LX" + county + year + String.format("%06d", running);
    }
}
