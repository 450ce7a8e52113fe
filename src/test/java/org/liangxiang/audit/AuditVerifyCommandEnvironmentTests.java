package org.liangxiang.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

class AuditVerifyCommandEnvironmentTests {

    private static StandardEnvironment environment(String... args) {
        StandardEnvironment env = new StandardEnvironment();
        env.getPropertySources().addFirst(new SimpleCommandLinePropertySource(args));
        new AuditVerifyCommandEnvironment().postProcessEnvironment(env, new SpringApplication());
        return env;
    }

    @Test
    void theVerifyCommandDoesNotTakeTheServersPort() {
        assertThat(environment("--audit-verify", "--server.port=8080").getProperty("server.port"))
                .isEqualTo("0");
        assertThat(environment("--audit-verify=120").getProperty("server.port")).isEqualTo("0");
    }

    @Test
    void aNormalStartKeepsItsPort() {
        assertThat(environment("--server.port=8080").getProperty("server.port")).isEqualTo("8080");
    }
}
