package org.liangxiang.population;

import java.util.List;
import java.util.UUID;
import org.liangxiang.account.ApplicantAccounts;
import org.liangxiang.shared.ResidentId;
import org.liangxiang.shared.crypto.PersonalData;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Demo profile only: a few made-up people of the synthetic population whom no account has bound yet, with their name,
 * resident id and certificate number, so that a tester can try the portal's real-name binding (the demo real-name
 * check answers from the same population). Never in production: there is no such page and no such data.
 */
@Controller
@Profile("demo")
class DemoPeopleController {

    static final int SHOWN = 10;

    private final JdbcClient jdbc;
    private final PersonalData personalData;
    private final ApplicantAccounts applicants;

    DemoPeopleController(JdbcClient jdbc, PersonalData personalData, ApplicantAccounts applicants) {
        this.jdbc = jdbc;
        this.personalData = personalData;
        this.applicants = applicants;
    }

    record Shown(String fullName, String residentId, String certificateNumber, String township) {}

    @GetMapping("/demo/people")
    String people(Model model) {
        model.addAttribute("people", unbound());
        return "population/demo-people";
    }

    private List<Shown> unbound() {
        return jdbc
                .sql("""
                SELECT p.id, p.full_name_sealed, p.resident_id_sealed, c.certificate_number_sealed, p.township_code
                  FROM population_person p
                  JOIN population_certificate c ON c.person_id = p.id AND c.seed = p.seed
                 WHERE NOT p.has_demo_account AND c.expires_on > current_date
                 ORDER BY p.seed, p.ordinal LIMIT ?""")
                .param(SHOWN * 4)
                .query((rs, n) -> {
                    UUID id = rs.getObject(1, UUID.class);
                    return new Shown(
                            personalData.open(rs.getBytes(2), PopulationTables.PERSON, "full_name", id),
                            personalData.open(rs.getBytes(3), PopulationTables.PERSON, "resident_id", id),
                            personalData.open(rs.getBytes(4), PopulationTables.CERTIFICATE, "certificate_number", id),
                            rs.getString(5));
                })
                .stream()
                .filter(p -> applicants
                        .findByResidentId(ResidentId.of(p.residentId()))
                        .isEmpty())
                .limit(SHOWN)
                .toList();
    }
}
