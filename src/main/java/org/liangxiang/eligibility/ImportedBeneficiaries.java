package org.liangxiang.eligibility;

import java.sql.Date;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.liangxiang.shared.Subsidy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The imported list of current beneficiaries, streamed with a cursor (inside the caller's transaction). */
@Component
class ImportedBeneficiaries implements Beneficiaries {

    private final JdbcTemplate jdbc;

    ImportedBeneficiaries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public void forEachCurrent(LocalDate on, Consumer<CurrentBeneficiary> each) {
        jdbc.query(
                con -> {
                    var ps = con.prepareStatement("""
                            SELECT id, resident_index, kind, township_code, resident_masked FROM elig_fact
                             WHERE source = 'BENEFICIARY' AND valid_from <= ? AND (valid_to IS NULL OR valid_to > ?)
                            """);
                    ps.setFetchSize(10_000);
                    ps.setDate(1, Date.valueOf(on));
                    ps.setDate(2, Date.valueOf(on));
                    return ps;
                },
                rs -> {
                    each.accept(new CurrentBeneficiary(
                            rs.getString(1),
                            rs.getBytes(2),
                            Subsidy.valueOf(rs.getString(3)),
                            rs.getString(4),
                            rs.getString(5)));
                });
    }
}
