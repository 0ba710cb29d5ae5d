package dev.rasd.index.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void doublesUpToTheCapAndStartsOverAfterReset() {
        Backoff backoff = new Backoff(Duration.ofMillis(200), Duration.ofSeconds(1));

        assertThat(Stream.generate(backoff::nextDelay).limit(5).map(Duration::toMillis))
                .containsExactly(200L, 400L, 800L, 1000L, 1000L);
        backoff.reset();
        assertThat(backoff.nextDelay()).isEqualTo(Duration.ofMillis(200));
    }

    @Test
    void rejectsACapBelowTheStart() {
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
