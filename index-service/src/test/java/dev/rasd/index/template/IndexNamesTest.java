package dev.rasd.index.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class IndexNamesTest {

    private final IndexNames names = new IndexNames("rasd");

    @Test
    void aliasesAndFeedsIndex() {
        assertThat(names.articles()).isEqualTo("rasd-articles");
        assertThat(names.alerts()).isEqualTo("rasd-alerts");
        assertThat(names.feeds()).isEqualTo("rasd-feeds");
    }

    @Test
    void monthlyIndexIsTheUtcMonth() {
        assertThat(names.articlesIndex(Instant.parse("2026-11-30T23:59:59Z"))).isEqualTo("rasd-articles-2026.11");
        // 00:30 in Cairo on 1 December is still November in UTC
        assertThat(names.articlesIndex(Instant.parse("2026-11-30T22:30:00Z"))).isEqualTo("rasd-articles-2026.11");
        assertThat(names.alertsIndex(Instant.parse("2027-01-01T00:00:00Z"))).isEqualTo("rasd-alerts-2027.01");
    }
}
