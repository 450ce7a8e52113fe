package org.liangxiang.population;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.liangxiang.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * The {@code --population.generate} command against the real service: it loads, refuses a loaded seed with status 1,
 * replaces a run on request, and does nothing without the option. The exit is captured instead of ending the JVM.
 */
@IntegrationTest
class PopulationCommandIntegrationTests {

    @Autowired
    SyntheticPopulation population;

    @Autowired
    SyntheticApplications applications;

    @Test
    void loadsRefusesARepeatAndReplacesOnRequest() {
        Map<String, Object> options = new HashMap<>(
                Map.of("population.generate", "120", "population.seed", "9201", "population.as-of", "2026-06-30"));

        assertThat(run(options)).containsExactly(0);
        assertThat(population.find(9201L))
                .get()
                .extracting(PopulationSummary::people)
                .isEqualTo(120);

        assertThat(run(options)).containsExactly(1);
        assertThat(population.find(9201L))
                .get()
                .extracting(PopulationSummary::people)
                .isEqualTo(120);

        options.put("population.generate", "150");
        options.put("population.replace", "true");
        assertThat(run(options)).containsExactly(0);
        assertThat(population.find(9201L))
                .get()
                .extracting(PopulationSummary::people)
                .isEqualTo(150);
    }

    @Test
    void aBadCountEndsWithStatusOne() {
        assertThat(run(Map.of("population.generate", "0", "population.seed", "9202")))
                .containsExactly(1);
        assertThat(run(Map.of("population.generate", "many", "population.seed", "9202")))
                .containsExactly(1);
        assertThat(population.find(9202L)).isEmpty();
    }

    @Test
    void withoutTheOptionTheCommandDoesNothing() {
        assertThat(run(Map.of("population.seed", "9203"))).isEmpty();
        assertThat(population.find(9203L)).isEmpty();
    }

    private List<Integer> run(Map<String, Object> options) {
        StandardEnvironment env = new StandardEnvironment();
        env.getPropertySources().addFirst(new MapPropertySource("options", options));
        List<Integer> exits = new ArrayList<>();
        new PopulationCommand(population, applications, env, exits::add).run(new DefaultApplicationArguments());
        return exits;
    }
}
