package dev.rasd.launcher;

import dev.rasd.contract.SpikeRule;
import java.util.Locale;
import picocli.CommandLine.Option;

/** The options of {@code rasd watch add} that make a spike watch, and how a spike rule is shown. */
final class SpikeOptions {

    @Option(names = "--spike", description = "Alert only when more stories match in an hour than usual: more than"
            + " --spike-factor times the mean of the same hour over the last 14 days, and at least"
            + " --spike-min stories. New stories are still indexed, but not sent to the webhook.")
    boolean spike;

    @Option(names = "--spike-factor", paramLabel = "X",
            description = "How many times the usual count makes a spike (default 3; implies --spike).")
    Double factor;

    @Option(names = "--spike-min", paramLabel = "N",
            description = "The fewest stories in an hour that can be a spike (default 3; implies --spike).")
    Integer minimum;

    /**
     * The spike rule these options ask for, or null for an ordinary watch.
     *
     * @throws IllegalArgumentException when the factor is below 1 or the minimum below 1
     */
    SpikeRule rule() {
        if (!spike && factor == null && minimum == null) {
            return null;
        }
        return new SpikeRule(factor == null ? SpikeRule.DEFAULT.factor() : factor,
                minimum == null ? SpikeRule.DEFAULT.minimum() : minimum, SpikeRule.DEFAULT.baselineDays());
    }

    /** A spike rule as {@code watch list} shows it, e.g. {@code spike >3× usual, min 3, 14d}. */
    static String describe(SpikeRule rule) {
        return String.format(Locale.ROOT, "spike >%s× usual, min %d, %dd",
                rule.factor() == Math.rint(rule.factor()) ? String.valueOf((long) rule.factor())
                        : String.valueOf(rule.factor()), rule.minimum(), rule.baselineDays());
    }
}
