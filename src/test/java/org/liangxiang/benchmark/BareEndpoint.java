package org.liangxiang.benchmark;

import java.util.Map;
import java.util.UUID;
import org.liangxiang.account.SignedInApplicant;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The benchmark's reference endpoint: on the applicant API's security chain and session (it lives under
 * {@code /api/applications}), it inserts one row with JdbcClient and answers its id. Test sources only, and only in the
 * {@code benchmark} profile, so that no demo or production build has it.
 */
@RestController
@Profile("benchmark")
class BareEndpoint {

    static final String PATH = "/api/applications/benchmark-bare";

    private final JdbcClient jdbc;

    BareEndpoint(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @PostMapping(PATH)
    Map<String, Object> insert(@AuthenticationPrincipal SignedInApplicant applicant) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO benchmark_bare (id, account_id) VALUES (?, ?)")
                .params(id, applicant.accountId())
                .update();
        return Map.of("id", id);
    }
}
