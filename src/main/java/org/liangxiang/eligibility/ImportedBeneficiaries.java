package org.liangxiang.eligibility;

import java.time.LocalDate;
import java.util.function.Consumer;
import org.liangxiang.shared.Subsidy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The imported list of current beneficiaries: one query over the {@code BENEFICIARY} facts, given as SQL for set-based
 * work and streamed with a cursor (inside the caller's transaction) for the rest.
 */
@Component
class ImportedBeneficiaries implements Beneficiaries {

    static final String CURRENT = """
            SELECT CAST(id AS text) AS beneficiary_id, resident_index, kind AS subsidy, township_code, resident_masked
              FROM elig_fact
             WHERE source = 'BENEFICIARY' AND valid_from <= :on AND (valid_to IS NULL OR valid_to > :on)""";

    private final NamedParameterJdbcTemplate streaming;

    ImportedBeneficiaries(JdbcTemplate jdbc) {
        JdbcTemplate cursor = new JdbcTemplate(jdbc.getDataSource());
        cursor.setFetchSize(10_000);
        this.streaming = new NamedParameterJdbcTemplate(cursor);
    }

    @Override
    public String currentSql() {
        return CURRENT;
    }

    @Override
    @Transactional(readOnly = true)
    public void forEachCurrent(LocalDate on, Consumer<CurrentBeneficiary> each) {
        streaming.query(CURRENT, new MapSqlParameterSource("on", on), rs -> {
            each.accept(new CurrentBeneficiary(
                    rs.getString("beneficiary_id"),
                    rs.getBytes("resident_index"),
                    Subsidy.valueOf(rs.getString("subsidy")),
                    rs.getString("township_code"),
                    rs.getString("resident_masked")));
        });
    }
}
