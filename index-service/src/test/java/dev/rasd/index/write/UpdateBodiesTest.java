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

    @Test
    void aMergeIsThePartialDocumentAsItIsAndCreatesTheDocumentWhenMissing() throws Exception {
        JsonNode body = Json.mapper().readTree(UpdateBodies.of(
                new IndexOperation("rasd-articles-2026.11", "a1", IndexOperation.Write.MERGE, null, ARTICLE)));

        assertThat(body.path("doc")).isEqualTo(Json.mapper().readTree(ARTICLE));
        assertThat(body.path("doc").get("summary").isNull()).isTrue();
        assertThat(body.path("doc_as_upsert").asBoolean()).isTrue();
        assertThat(body.size()).isEqualTo(2);
    }

    @Test
    void anIndexWriteHasNoUpdateBody() {
        assertThatThrownBy(() -> UpdateBodies.of(IndexOperation.index("i", "a1", null, ARTICLE)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
