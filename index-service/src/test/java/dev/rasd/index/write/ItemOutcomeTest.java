package dev.rasd.index.write;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rasd.index.document.IndexOperation;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ItemOutcomeTest {

    private static final byte[] SOURCE = "{\"id\":\"a1\"}".getBytes(StandardCharsets.UTF_8);
    private static final IndexOperation VERSIONED_INDEX = IndexOperation.index("i", "a1", 7L, SOURCE);
    private static final IndexOperation MERGE = new IndexOperation("i", "a1", IndexOperation.Write.MERGE, null, SOURCE);
    private static final IndexOperation REVISION =
            new IndexOperation("i", "a1", IndexOperation.Write.MERGE, 2L, SOURCE);

    @Test
    void successIsIndexed() {
        assertThat(ItemOutcome.of(200, null, VERSIONED_INDEX)).isEqualTo(ItemOutcome.INDEXED);
        assertThat(ItemOutcome.of(201, null, REVISION)).isEqualTo(ItemOutcome.INDEXED);
    }

    @Test
    void aVersionConflictOfAVersionedIndexMeansANewerCopyIsThere() {
        assertThat(ItemOutcome.of(409, "version_conflict_engine_exception", VERSIONED_INDEX))
                .isEqualTo(ItemOutcome.SUPERSEDED);
    }

    @Test
    void aVersionConflictOfAnUpdateMeansAnotherWriteRacedItAndItIsTriedAgain() {
        assertThat(ItemOutcome.of(409, "version_conflict_engine_exception", MERGE)).isEqualTo(ItemOutcome.RETRY);
    }

    @Test
    void anArticleRevisionThatFindsTheDocumentOtherThanExpectedReadsItAgain() {
        // created where it exists, or written over a copy that changed since it was read
        assertThat(ItemOutcome.of(409, "version_conflict_engine_exception", REVISION))
                .isEqualTo(ItemOutcome.READ_AGAIN);
        // written over a copy that is gone since
        assertThat(ItemOutcome.of(404, "document_missing_exception", REVISION)).isEqualTo(ItemOutcome.READ_AGAIN);
        assertThat(ItemOutcome.of(404, "document_missing_exception", MERGE)).isEqualTo(ItemOutcome.REJECTED);
    }

    @Test
    void overloadAndServerErrorsAreRetried() {
        assertThat(ItemOutcome.of(429, "es_rejected_execution_exception", VERSIONED_INDEX))
                .isEqualTo(ItemOutcome.RETRY);
        assertThat(ItemOutcome.of(503, "unavailable_shards_exception", REVISION)).isEqualTo(ItemOutcome.RETRY);
        assertThat(ItemOutcome.of(500, "illegal_state_exception", MERGE)).isEqualTo(ItemOutcome.RETRY);
    }

    @Test
    void theDocumentsOwnProblemsAreRejected() {
        assertThat(ItemOutcome.of(400, "document_parsing_exception", REVISION)).isEqualTo(ItemOutcome.REJECTED);
        assertThat(ItemOutcome.of(400, "strict_dynamic_mapping_exception", MERGE)).isEqualTo(ItemOutcome.REJECTED);
        assertThat(ItemOutcome.of(409, "some_other_conflict", REVISION)).isEqualTo(ItemOutcome.REJECTED);
    }
}
