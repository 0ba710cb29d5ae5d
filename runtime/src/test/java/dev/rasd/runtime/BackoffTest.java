package dev.rasd.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofMinutes(2), Duration.ofHours(6));

    @Test
    void doublesPerFailureUpToTheCap() {
        assertThat(backoff.ceiling(1)).isEqualTo(Duration.ofMinutes(2));
        assertThat(backoff.ceiling(2)).isEqualTo(Duration.ofMinutes(4));
        assertThat(backoff.ceiling(5)).isEqualTo(Duration.ofMinutes(32));
        assertThat(backoff.ceiling(8)).isEqualTo(Duration.ofMinutes(256));
        assertThat(backoff.ceiling(9)).isEqualTo(Duration.ofHours(6));
        assertThat(backoff.ceiling(10_000)).as("never gives up, never overflows").isEqualTo(Duration.ofHours(6));
    }

    @Test
    void jitterStaysInTheUpperHalf() {
        Random random = new Random(42);
        for (int failures = 1; failures < 20; failures++) {
            Duration ceiling = backoff.ceiling(failures);
            for (int i = 0; i < 50; i++) {
                assertThat(backoff.delay(failures, random)).isBetween(ceiling.dividedBy(2), ceiling);
            }
        }
    }

    @Test
    void jitterSpreadsFeedsThatFailedTogether() {
        Random random = new Random(7);
        long distinct = java.util.stream.IntStream.range(0, 100)
                .mapToObj(i -> backoff.delay(3, random)).distinct().count();

        assertThat(distinct).isGreaterThan(90);
    }

    @Test
    void refusesAnInvertedRange() {
        assertThatThrownBy(() -> new Backoff(Duration.ofHours(1), Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
