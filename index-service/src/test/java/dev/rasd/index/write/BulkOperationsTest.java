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
    void aVersionedDocumentIsAnIndexWithItsExternalVersionSoElasticsearchRefusesAnOlderOne() throws Exception {
        BulkOperation operation = BulkOperations.of(document(new IndexOperation(INDEX, "a1", 2L, ARTICLE)));

        assertThat(operation.isIndex()).isTrue();
        assertThat(operation.index().index()).isEqualTo(INDEX);
        assertThat(operation.index().id()).isEqualTo("a1");
        assertThat(operation.index().version()).isEqualTo(2L);
        assertThat(operation.index().versionType()).isEqualTo(VersionType.ExternalGte);
        assertThat(json((BinaryData) operation.index().document())).isEqualTo(Json.mapper().readTree(ARTICLE));
    }

    @Test
    void anUnversionedDocumentIsAPlainIndex() {
        BulkOperation operation = BulkOperations.of(document(new IndexOperation(INDEX, "w:s", null, ARTICLE)));

        assertThat(operation.isIndex()).isTrue();
        assertThat(operation.index().version()).isNull();
        assertThat(operation.index().versionType()).isNull();
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
