package org.liangxiang.population;

import java.time.LocalDate;
import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The command {@code --population.generate=N [--population.seed=S] [--population.as-of=YYYY-MM-DD]
 * [--population.replace=true] [--population.applications=M]}: loads N people after the application has started, then
 * (with {@code population.applications}) M applications with their review cases for the run's certificate holders,
 * logs the summaries and exits (status 1 when a load was refused or failed). {@code --population.applications=M} alone
 * loads applications for the run with the seed that is already loaded. Without either option it does nothing.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class PopulationCommand implements ApplicationRunner {

    static final String GENERATE = "population.generate";
    static final String APPLICATIONS = "population.applications";

    /** The command's default seed: not the demo profile's, so that a demo database takes a command run too. */
    static final long DEFAULT_SEED = 1L;

    private static final Logger log = LoggerFactory.getLogger(PopulationCommand.class);

    private final SyntheticPopulation population;
    private final SyntheticApplications applications;
    private final Environment env;
    private final IntConsumer exit;

    @Autowired
    PopulationCommand(
            SyntheticPopulation population,
            SyntheticApplications applications,
            Environment env,
            ConfigurableApplicationContext context) {
        this(population, applications, env, status -> System.exit(SpringApplication.exit(context, () -> status)));
    }

    PopulationCommand(
            SyntheticPopulation population, SyntheticApplications applications, Environment env, IntConsumer exit) {
        this.population = population;
        this.applications = applications;
        this.env = env;
        this.exit = exit;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (env.containsProperty(GENERATE) || env.containsProperty(APPLICATIONS)) {
            exit.accept(execute());
        }
    }

    /** Runs the command and returns the exit status. */
    int execute() {
        try {
            long seed = env.getProperty("population.seed", Long.class, DEFAULT_SEED);
            if (env.containsProperty(GENERATE)) {
                generate(seed);
            }
            if (env.containsProperty(APPLICATIONS)) {
                loadApplications(seed);
            }
            return 0;
        } catch (RuntimeException e) {
            log.error("population command failed: {}", e.getMessage());
            return 1;
        }
    }

    private void loadApplications(long seed) {
        ApplicationLoadSummary s = applications.load(seed, env.getRequiredProperty(APPLICATIONS, Integer.class));
        log.info(
                "population.applications done: seed {}, as of {}: {} applications ({} open) for {} certificate"
                        + " holders, {} rows; {} s, {} applications/s",
                s.seed(),
                s.asOf(),
                s.applications(),
                s.open(),
                s.applicants(),
                s.rows(),
                String.format("%.1f", s.duration().toMillis() / 1000.0),
                Math.round(s.applicationsPerSecond()));
    }

    private void generate(long seed) {
        {
            int count = env.getRequiredProperty(GENERATE, Integer.class);
            String asOf = env.getProperty("population.as-of");
            if (env.getProperty("population.replace", Boolean.class, false) && population.remove(seed)) {
                log.info("Removed the synthetic population with seed {}", seed);
            }
            PopulationSummary s = asOf == null
                    ? population.generate(seed, count)
                    : population.generate(seed, count, LocalDate.parse(asOf));
            log.info(
                    "population.generate done: seed {}, as of {}: {} people, {} households, {} certificates, {}"
                            + " assistance statuses, {} bank accounts, {} demo accounts; {} s, {} people/s",
                    s.seed(),
                    s.asOf(),
                    s.people(),
                    s.households(),
                    s.certificates(),
                    s.assistanceStatuses(),
                    s.bankAccounts(),
                    s.demoAccounts(),
                    String.format("%.1f", s.duration().toMillis() / 1000.0),
                    Math.round(s.peoplePerSecond()));
        }
    }
}
