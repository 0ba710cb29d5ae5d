package dev.rasd.index.write;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.util.BinaryData;
import com.fasterxml.jackson.databind.JsonNode;
import dev.rasd.contract.Json;
import dev.rasd.index.document.IndexOperation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class BulkOperationsTest {

    private static final String INDEX = "rasd-articles-2026.11";
    private static final byte[] ARTICLE = "{\"id\":\"a1\",\"title\":\"عنوان\",\"revision\":2}"
            .getBytes(StandardCharsets.UTF_8);

    @Test
    void aVersionedIndexWriteCarriesItsExternalVersion() {
        BulkOperation operation = BulkOperations.of(document(IndexOperation.index("rasd-feeds", "f1", 42L, ARTICLE)));

        assertThat(operation.isIndex()).isTrue();
        assertThat(operation.index().version()).isEqualTo(42L);
        assertThat(operation.index().versionType()).isEqualTo(VersionType.ExternalGte);
    }

    @Test
    void anUnversionedMergeIsAnUpsertThatElasticsearchRedoesOnConflict() throws Exception {
        BulkOperation operation = BulkOperations.of(document(merge(null)));

        assertThat(operation.isUpdate()).isTrue();
        assertThat(operation.update().retryOnConflict()).isEqualTo(BulkOperations.RETRIES_ON_CONFLICT);
        assertThat(operation.update().ifSeqNo()).isNull();
        assertThat(json(operation.update().binaryAction()).path("doc_as_upsert").asBoolean()).isTrue();
    }

    @Test
    void anArticleRevisionIsFirstACreateThatFailsWhereTheDocumentExists() throws Exception {
        BulkOperation operation = BulkOperations.of(document(merge(2L)));

        assertThat(operation.isCreate()).isTrue();
        assertThat(operation.create().index()).isEqualTo(INDEX);
        assertThat(operation.create().id()).isEqualTo("a1");
        assertThat(json((BinaryData) operation.create().document())).isEqualTo(Json.mapper().readTree(ARTICLE));
    }

    @Test
    void anArticleRevisionOverAStoredCopyIsAnUpdateOfExactlyThatCopy() throws Exception {
        BulkOperation operation = BulkOperations.of(document(merge(2L)).writtenOver(new StoredArticle(17, 3, 1, "s1")));

        assertThat(operation.isUpdate()).isTrue();
        assertThat(operation.update().ifSeqNo()).isEqualTo(17L);
        assertThat(operation.update().ifPrimaryTerm()).isEqualTo(3L);
        assertThat(operation.update().retryOnConflict()).as("a conflict is read again, not redone blindly").isNull();
        JsonNode body = json(operation.update().binaryAction());
        assertThat(body.path("doc")).isEqualTo(Json.mapper().readTree(ARTICLE));
        assertThat(body.has("doc_as_upsert")).isFalse();
    }

    private static IndexOperation merge(Long revision) {
        return new IndexOperation(INDEX, "a1", IndexOperation.Write.MERGE, revision, ARTICLE);
    }

    private static PendingDocument document(IndexOperation operation) {
        return new PendingDocument(new TopicPartition("t.articles.enriched", 0), 5, "a1", ARTICLE, operation);
    }

    private static JsonNode json(BinaryData data) throws IOException {
        try (InputStream in = data.asInputStream()) {
            return Json.mapper().readTree(in);
        }
    }
}
