package dev.rasd.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TopicsTest {

    @Test
    void defaultNamesAreThoseOfTheDesign() {
        assertThat(Topics.DEFAULT.feeds()).isEqualTo("rasd.feeds");
        assertThat(Topics.DEFAULT.feedStatus()).isEqualTo("rasd.feed-status");
        assertThat(Topics.DEFAULT.articlesRaw()).isEqualTo("rasd.articles.raw");
        assertThat(Topics.DEFAULT.articlesEnriched()).isEqualTo("rasd.articles.enriched");
        assertThat(Topics.DEFAULT.alerts()).isEqualTo("rasd.alerts");
        assertThat(Topics.DEFAULT.watches()).isEqualTo("rasd.watches");
        assertThat(Topics.DEFAULT.deadLetters()).isEqualTo("rasd.dlq");
        assertThat(Topics.DEFAULT.backfill()).isEqualTo("rasd.backfill");
        assertThat(Topics.DEFAULT.digests()).isEqualTo("rasd.digests");
    }

    @Test
    void tablesAreCompactedAndStreamsAreNot() {
        assertThat(Topics.DEFAULT.specs()).filteredOn(Topics.TopicSpec::compacted)
                .extracting(Topics.TopicSpec::name)
                .containsExactlyInAnyOrder("rasd.feeds", "rasd.feed-status", "rasd.watches");
        assertThat(Topics.withPrefix("t1").specs()).hasSize(9).allMatch(s -> s.name().startsWith("t1."));
    }
}
