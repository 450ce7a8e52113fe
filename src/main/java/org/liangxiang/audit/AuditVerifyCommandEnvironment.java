package org.liangxiang.audit;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * With {@code --audit-verify} the application runs as a command: without a web server, which would clash with the
 * running server's port.
 */
class AuditVerifyCommandEnvironment implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        if (env.containsProperty(AuditVerifyCommand.OPTION)) {
            env.getPropertySources()
                    .addFirst(new MapPropertySource(
                            "auditVerifyCommand", Map.of("spring.main.web-application-type", "none")));
        }
    }
}
