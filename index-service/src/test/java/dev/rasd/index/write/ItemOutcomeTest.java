package dev.rasd.index.write;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ItemOutcomeTest {

    @Test
    void successIsIndexed() {
        assertThat(ItemOutcome.of(200, null)).isEqualTo(ItemOutcome.INDEXED);
        assertThat(ItemOutcome.of(201, null)).isEqualTo(ItemOutcome.INDEXED);
    }

    @Test
    void aVersionConflictMeansANewerCopyIsThere() {
        assertThat(ItemOutcome.of(409, "version_conflict_engine_exception")).isEqualTo(ItemOutcome.SUPERSEDED);
    }

    @Test
    void overloadAndServerErrorsAreRetried() {
        assertThat(ItemOutcome.of(429, "es_rejected_execution_exception")).isEqualTo(ItemOutcome.RETRY);
        assertThat(ItemOutcome.of(503, "unavailable_shards_exception")).isEqualTo(ItemOutcome.RETRY);
        assertThat(ItemOutcome.of(500, "illegal_state_exception")).isEqualTo(ItemOutcome.RETRY);
    }

    @Test
    void theDocumentsOwnProblemsAreRejected() {
        assertThat(ItemOutcome.of(400, "document_parsing_exception")).isEqualTo(ItemOutcome.REJECTED);
        assertThat(ItemOutcome.of(400, "strict_dynamic_mapping_exception")).isEqualTo(ItemOutcome.REJECTED);
        assertThat(ItemOutcome.of(409, "some_other_conflict")).isEqualTo(ItemOutcome.REJECTED);
    }
}
