package org.liangxiang.shared.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * Application contexts with just the crypto configuration, no database: the process environment replaced by the
 * variables a test gives, so that a developer's own LIANGXIANG_KEYS_* cannot leak in.
 */
final class CryptoContexts {

    @EnableConfigurationProperties(KeyProperties.class)
    static class Properties {}

    private CryptoContexts() {}

    static ApplicationContextRunner runner(Map<String, Object> environmentVariables, String... profiles) {
        return new ApplicationContextRunner()
                .withInitializer(context -> {
                    context.getEnvironment()
                            .getPropertySources()
                            .replace(
                                    StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                                    new SystemEnvironmentPropertySource(
                                            StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                                            environmentVariables));
                    context.getEnvironment().setActiveProfiles(profiles);
                })
                .withUserConfiguration(CryptoConfiguration.class, Properties.class);
    }

    /**
     * Adds the application's own configuration files as Spring Boot orders them: below the environment variables, and
     * a later file above an earlier one.
     */
    static void load(ConfigurableApplicationContext context, String... files) {
        for (int i = files.length - 1; i >= 0; i--) {
            try {
                new YamlPropertySourceLoader()
                        .load(files[i], new ClassPathResource(files[i]))
                        .forEach(source ->
                                context.getEnvironment().getPropertySources().addLast(source));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
