package dev.rasd.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class CacheControlTest {

    @Test
    void readsMaxAge() {
        assertThat(CacheControl.maxAge("public, max-age=600")).contains(Duration.ofMinutes(10));
        assertThat(CacheControl.maxAge("MAX-AGE=\"60\"")).contains(Duration.ofMinutes(1));
    }

    @Test
    void noCacheOrNoStoreOrGarbageIsNoHint() {
        assertThat(CacheControl.maxAge("no-store, max-age=600")).isEmpty();
        assertThat(CacheControl.maxAge("max-age=1, no-cache")).isEmpty();
        assertThat(CacheControl.maxAge("max-age=ten")).isEmpty();
        assertThat(CacheControl.maxAge("private")).isEmpty();
        assertThat(CacheControl.maxAge(null)).isEmpty();
    }
}
