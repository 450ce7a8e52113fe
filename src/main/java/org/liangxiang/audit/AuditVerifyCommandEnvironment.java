package org.liangxiang.audit;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * With {@code --audit-verify} the application runs as a command beside the running server: its web server takes a free
 * port instead of the configured one. (The web stack still starts, because the security configuration needs it.)
 */
class AuditVerifyCommandEnvironment implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        if (env.containsProperty(AuditVerifyCommand.OPTION)) {
            env.getPropertySources().addFirst(new MapPropertySource("auditVerifyCommand", Map.of("server.port", "0")));
        }
    }
}
