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
    void theVerifyCommandRunsWithoutAWebServer() {
        assertThat(environment("--audit-verify").getProperty("spring.main.web-application-type"))
                .isEqualTo("none");
        assertThat(environment("--audit-verify=120").getProperty("spring.main.web-application-type"))
                .isEqualTo("none");
    }

    @Test
    void aNormalStartKeepsTheWebServer() {
        assertThat(environment("--server.port=0").getProperty("spring.main.web-application-type"))
                .isNull();
    }
}
