package dev.rasd.contract;

/**
 * When a spike watch alerts: the number of stories matching it in the last hour is at least {@code factor} times
 * its baseline (the mean of the same hour of the day over the previous {@code baselineDays} days) and at least
 * {@code minimum}.
 *
 * @param factor how many times the baseline makes a spike, e.g. 3
 * @param minimum the fewest stories in an hour that can be a spike, e.g. 3
 * @param baselineDays the days the baseline is taken over, e.g. 14
 * @throws IllegalArgumentException when {@code factor} is below 1 (a spike is above the baseline), {@code minimum}
 *     below 1 or {@code baselineDays} below 1
 */
public record SpikeRule(double factor, int minimum, int baselineDays) {

    public SpikeRule {
        if (!(factor >= 1) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException("spike factor must be at least 1, not " + factor);
        }
        if (minimum < 1 || baselineDays < 1) {
            throw new IllegalArgumentException("spike minimum and baseline days must be at least 1, not " + minimum
                    + " and " + baselineDays);
        }
    }

    /** Three times the baseline of the last 14 days, and at least 3 stories. */
    public static final SpikeRule DEFAULT = new SpikeRule(3, 3, 14);
}
