package org.liangxiang.population;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;

/**
 * When the application starts as the population command ({@code --population.generate=N} or {@code --population.applications=M}), it listens on a random
 * port rather than 8080, so that it does not collide with a running instance; an explicit {@code --server.port} (or
 * {@code SERVER_PORT}) wins.
 */
class PopulationCommandEnvironment implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        if (!env.containsProperty(PopulationCommand.GENERATE)
                && !env.containsProperty(PopulationCommand.APPLICATIONS)) {
            return;
        }
        MapPropertySource randomPort = new MapPropertySource("populationCommand", Map.of("server.port", "0"));
        MutablePropertySources sources = env.getPropertySources();
        // after the command line, system properties and environment variables, before the configuration files
        String environment = StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME;
        if (sources.contains(environment)) {
            sources.addAfter(environment, randomPort);
        } else {
            sources.addLast(randomPort);
        }
    }
}
