package dev.rasd.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeadLetterTest {

    @Test
    void truncatesHugePayloads() {
        DeadLetter letter = DeadLetter.of("enrich-service", "rasd.articles.raw", 0, 7, "k", "too big",
                "x".repeat(DeadLetter.MAX_PAYLOAD_CHARS + 10));
        assertThat(letter.payload()).hasSize(DeadLetter.MAX_PAYLOAD_CHARS);
        assertThat(letter.schemaVersion()).isEqualTo(SchemaVersion.CURRENT);
    }
}
