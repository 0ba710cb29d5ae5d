package dev.rasd.index.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rasd.contract.Json;
import dev.rasd.index.document.IndexOperation;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class UpdateBodiesTest {

    private static final byte[] ARTICLE = "{\"id\":\"a1\",\"title\":\"عنوان\",\"summary\":null,\"revision\":2}"
            .getBytes(StandardCharsets.UTF_8);
    private static final IndexOperation MERGE =
            new IndexOperation("rasd-articles-2026.11", "a1", IndexOperation.Write.MERGE, null, ARTICLE);

    @Test
    void anUpsertIsThePartialDocumentAsItIsAndCreatesTheDocumentWhenMissing() throws Exception {
        JsonNode body = Json.mapper().readTree(UpdateBodies.upsert(MERGE));

        assertThat(body.path("doc")).isEqualTo(Json.mapper().readTree(ARTICLE));
        assertThat(body.path("doc").get("summary").isNull()).isTrue();
        assertThat(body.path("doc_as_upsert").asBoolean()).isTrue();
        assertThat(body.size()).isEqualTo(2);
    }

    @Test
    void aMergeIsThePartialDocumentAloneForAnExistingDocument() throws Exception {
        JsonNode body = Json.mapper().readTree(UpdateBodies.merge(MERGE));

        assertThat(body.path("doc")).isEqualTo(Json.mapper().readTree(ARTICLE));
        assertThat(body.size()).as("no upsert: Elasticsearch refuses one with if_seq_no").isEqualTo(1);
    }

    @Test
    void anIndexWriteHasNoUpdateBody() {
        IndexOperation index = IndexOperation.index("i", "a1", null, ARTICLE);

        assertThatThrownBy(() -> UpdateBodies.upsert(index)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UpdateBodies.merge(index)).isInstanceOf(IllegalArgumentException.class);
    }
}
