package dev.rasd.index.write;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ItemOutcomeTest {

    @Test
    void successIsIndexed() {
        assertThat(ItemOutcome.of(200, null, true)).isEqualTo(ItemOutcome.INDEXED);
        assertThat(ItemOutcome.of(201, null, true)).isEqualTo(ItemOutcome.INDEXED);
    }

    @Test
    void aVersionConflictOfAVersionedWriteMeansANewerCopyIsThere() {
        assertThat(ItemOutcome.of(409, "version_conflict_engine_exception", true)).isEqualTo(ItemOutcome.SUPERSEDED);
    }

    @Test
    void aVersionConflictOfAnUpdateMeansAnotherWriteRacedItAndItIsTriedAgain() {
        assertThat(ItemOutcome.of(409, "version_conflict_engine_exception", false)).isEqualTo(ItemOutcome.RETRY);
    }

    @Test
    void overloadAndServerErrorsAreRetried() {
        assertThat(ItemOutcome.of(429, "es_rejected_execution_exception", true)).isEqualTo(ItemOutcome.RETRY);
        assertThat(ItemOutcome.of(503, "unavailable_shards_exception", true)).isEqualTo(ItemOutcome.RETRY);
        assertThat(ItemOutcome.of(500, "illegal_state_exception", true)).isEqualTo(ItemOutcome.RETRY);
    }

    @Test
    void theDocumentsOwnProblemsAreRejected() {
        assertThat(ItemOutcome.of(400, "document_parsing_exception", true)).isEqualTo(ItemOutcome.REJECTED);
        assertThat(ItemOutcome.of(400, "strict_dynamic_mapping_exception", true)).isEqualTo(ItemOutcome.REJECTED);
        assertThat(ItemOutcome.of(409, "some_other_conflict", true)).isEqualTo(ItemOutcome.REJECTED);
    }
}
