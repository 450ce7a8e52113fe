package org.liangxiang.population;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The demo profile's population: {@code liangxiang.population.demo-size} people (2,000 by default) with the fixed
 * {@link SyntheticPopulation#DEMO_SEED}, loaded at the first start when no population is loaded at all. Idempotent: a
 * restart, a second node (the run's primary key serialises them) or a database with another run loads nothing.
 */
@Component
@Profile("demo")
@Order(20)
class DemoPopulation implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPopulation.class);

    private final SyntheticPopulation population;
    private final DemoPopulationAccounts accounts;
    private final Environment env;
    private final int size;
    private final String password;

    DemoPopulation(
            SyntheticPopulation population,
            DemoPopulationAccounts accounts,
            Environment env,
            @Value("${liangxiang.population.demo-size:2000}") int size,
            @Value("${liangxiang.demo.password}") String password) {
        this.population = population;
        this.accounts = accounts;
        this.env = env;
        this.size = size;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (size <= 0
                || env.containsProperty(PopulationCommand.GENERATE)
                || env.containsProperty(PopulationCommand.APPLICATIONS)
                || population.anyLoaded()) {
            return;
        }
        try {
            population.generate(SyntheticPopulation.DEMO_SEED, size);
            int created = accounts.create(SyntheticPopulation.DEMO_SEED, password);
            log.info("Demo population: {} people, {} of them with a real-name-bound applicant account", size, created);
        } catch (PopulationAlreadyLoadedException e) {
            log.debug("Another node loaded the demo population");
        }
    }
}
