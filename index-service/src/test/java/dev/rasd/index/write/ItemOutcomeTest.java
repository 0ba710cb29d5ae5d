package dev.rasd.index.write;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rasd.index.document.IndexOperation;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ItemOutcomeTest {

    private static final byte[] SOURCE = "{\"id\":\"a1\"}".getBytes(StandardCharsets.UTF_8);
    private static final IndexOperation VERSIONED = new IndexOperation("i", "a1", 7L, SOURCE);
    private static final IndexOperation UNVERSIONED = new IndexOperation("i", "w:s", null, SOURCE);

    @Test
    void successIsIndexed() {
        assertThat(ItemOutcome.of(200, null, VERSIONED)).isEqualTo(ItemOutcome.INDEXED);
        assertThat(ItemOutcome.of(201, null, VERSIONED)).isEqualTo(ItemOutcome.INDEXED);
    }

    @Test
    void aVersionConflictOfAVersionedWriteMeansANewerCopyIsThere() {
        assertThat(ItemOutcome.of(409, "version_conflict_engine_exception", VERSIONED))
                .isEqualTo(ItemOutcome.SUPERSEDED);
    }

    @Test
    void aVersionConflictOfAnUnversionedWriteIsTriedAgain() {
        assertThat(ItemOutcome.of(409, "version_conflict_engine_exception", UNVERSIONED)).isEqualTo(ItemOutcome.RETRY);
    }

    @Test
    void overloadAndServerErrorsAreRetried() {
        assertThat(ItemOutcome.of(429, "es_rejected_execution_exception", VERSIONED))
                .isEqualTo(ItemOutcome.RETRY);
        assertThat(ItemOutcome.of(503, "unavailable_shards_exception", VERSIONED)).isEqualTo(ItemOutcome.RETRY);
        assertThat(ItemOutcome.of(500, "illegal_state_exception", UNVERSIONED)).isEqualTo(ItemOutcome.RETRY);
    }

    @Test
    void theDocumentsOwnProblemsAreRejected() {
        assertThat(ItemOutcome.of(400, "document_parsing_exception", VERSIONED)).isEqualTo(ItemOutcome.REJECTED);
        assertThat(ItemOutcome.of(400, "strict_dynamic_mapping_exception", UNVERSIONED)).isEqualTo(ItemOutcome.REJECTED);
        assertThat(ItemOutcome.of(409, "some_other_conflict", VERSIONED)).isEqualTo(ItemOutcome.REJECTED);
    }
}
