package dev.rasd.enrich.watch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rasd.contract.SchemaVersion;
import dev.rasd.contract.Watch;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class WatchRegistryTest {

    private static Watch watch(String id, boolean enabled) {
        return new Watch(SchemaVersion.CURRENT, id, id, "داعش", List.of(), null, enabled, Instant.now());
    }

    @Test
    void aWatchNeverSeenIsUnknownAndAnEnabledOneIsActive() {
        WatchRegistry registry = new WatchRegistry();
        assertThat(registry.state("isis")).isEqualTo(new WatchState.Unknown());
        registry.put(watch("isis", true));
        assertThat(registry.state("isis")).isInstanceOf(WatchState.Active.class);
    }

    @Test
    void aDeletedOrDisabledWatchIsRemovedUntilItIsEnabledAgain() {
        WatchRegistry registry = new WatchRegistry();
        registry.put(watch("isis", true));
        registry.remove("isis");
        assertThat(registry.state("isis")).isEqualTo(new WatchState.Removed());
        registry.put(watch("isis", true));
        assertThat(registry.state("isis")).isInstanceOf(WatchState.Active.class);
        registry.putAll(List.of(watch("isis", false), watch("gaza", true)));
        assertThat(registry.state("isis")).isEqualTo(new WatchState.Removed());
        assertThat(registry.state("gaza")).isInstanceOf(WatchState.Active.class);
    }

    @Test
    void theRegistryIsRestoredOnlyOnceMarked() throws Exception {
        WatchRegistry registry = new WatchRegistry();
        assertThat(registry.awaitRestored(Duration.ofMillis(10))).isFalse();
        registry.markRestored();
        assertThat(registry.awaitRestored(Duration.ofMillis(10))).isTrue();
    }
}
