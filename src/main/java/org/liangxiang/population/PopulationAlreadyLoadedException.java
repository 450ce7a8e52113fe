package org.liangxiang.population;

/**
 * A run with this seed is already in the database. Runs are not topped up or repeated: the same seed would generate
 * the same people again. Remove the run first ({@link SyntheticPopulation#remove(long)}) or choose another seed.
 */
public class PopulationAlreadyLoadedException extends RuntimeException {

    private final long seed;

    public PopulationAlreadyLoadedException(long seed) {
        super("A synthetic population with seed " + seed + " is already loaded; remove it first"
                + " (--population.replace=true) or choose another seed (--population.seed=...)");
        this.seed = seed;
    }

    public long seed() {
        return seed;
    }
}
