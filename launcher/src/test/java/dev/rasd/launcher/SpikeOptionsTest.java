package dev.rasd.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rasd.contract.SpikeRule;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class SpikeOptionsTest {

    private static SpikeRule ruleOf(String... spikeOptions) {
        WatchCommand.Add add = new WatchCommand.Add();
        String[] args = new String[4 + spikeOptions.length];
        args[0] = "--id";
        args[1] = "isis";
        args[2] = "--query";
        args[3] = "org:داعش";
        System.arraycopy(spikeOptions, 0, args, 4, spikeOptions.length);
        new CommandLine(add).parseArgs(args);
        return add.spike.rule();
    }

    @Test
    void aWatchAddedWithoutSpikeOptionsIsAnOrdinaryWatch() {
        assertThat(ruleOf()).isNull();
    }

    @Test
    void spikeAloneTakesTheDefaultRule() {
        assertThat(ruleOf("--spike")).isEqualTo(SpikeRule.DEFAULT);
    }

    @Test
    void aFactorOrAMinimumMakesASpikeWatchWithTheDefaultsForTheRest() {
        assertThat(ruleOf("--spike-factor", "5")).isEqualTo(new SpikeRule(5, 3, 14));
        assertThat(ruleOf("--spike", "--spike-min", "2")).isEqualTo(new SpikeRule(3, 2, 14));
    }

    @Test
    void aFactorBelowOneOrAMinimumBelowOneIsRefusedWithTheReason() {
        assertThatThrownBy(() -> ruleOf("--spike-factor", "0.5")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("spike factor must be at least 1, not 0.5");
        assertThatThrownBy(() -> ruleOf("--spike-min", "0")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void watchListShowsTheRuleOfASpikeWatch() {
        assertThat(SpikeOptions.describe(SpikeRule.DEFAULT)).isEqualTo("spike >3× usual, min 3, 14d");
        assertThat(SpikeOptions.describe(new SpikeRule(2.5, 4, 7))).isEqualTo("spike >2.5× usual, min 4, 7d");
    }
}
