package org.liangxiang.population;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/** A fixed table of values with relative weights, drawn from with a seeded random source. */
final class Weighted<T> {

    private final List<T> values;
    private final double[] cumulative;

    private Weighted(List<T> values, double[] cumulative) {
        this.values = List.copyOf(values);
        this.cumulative = cumulative;
    }

    static <T> Builder<T> builder() {
        return new Builder<>();
    }

    T pick(SplittableRandom random) {
        double r = random.nextDouble() * cumulative[cumulative.length - 1];
        int i = Arrays.binarySearch(cumulative, r);
        int index = i >= 0 ? i + 1 : -i - 1;
        return values.get(Math.min(index, values.size() - 1));
    }

    /** The share of the value in the table (for documentation and tests). */
    double share(T value) {
        double total = cumulative[cumulative.length - 1];
        double sum = 0;
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i).equals(value)) {
                sum += cumulative[i] - (i == 0 ? 0 : cumulative[i - 1]);
            }
        }
        return sum / total;
    }

    static final class Builder<T> {
        private final List<T> values = new ArrayList<>();
        private final List<Double> weights = new ArrayList<>();

        Builder<T> add(T value, double weight) {
            if (weight <= 0) {
                throw new IllegalArgumentException("weights are positive");
            }
            values.add(value);
            weights.add(weight);
            return this;
        }

        Weighted<T> build() {
            double[] cumulative = new double[weights.size()];
            double sum = 0;
            for (int i = 0; i < cumulative.length; i++) {
                sum += weights.get(i);
                cumulative[i] = sum;
            }
            return new Weighted<>(values, cumulative);
        }
    }
}
