package dev.rasd.index.kibana;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rasd.contract.Json;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class ImportResultTest {

    @Test
    void aWholeImportHasItsCountAndNoFailures() throws IOException {
        ImportResult result = ImportResult.of(Json.mapper().readTree(
                "{\"success\":true,\"successCount\":14,\"successResults\":[]}"));

        assertThat(result).isEqualTo(new ImportResult(true, 14, java.util.List.of()));
    }

    @Test
    void eachFailureNamesTheObjectItsTitleTheErrorAndTheMissingReferences() throws IOException {
        ImportResult result = ImportResult.of(Json.mapper().readTree("""
                {"success": false, "successCount": 11, "errors": [
                  {"id": "news2-overview", "type": "dashboard", "meta": {"title": "Rasd (news2): Arabic news overview"},
                   "error": {"type": "missing_references", "references": [
                     {"type": "lens", "id": "news2-top-persons"}, {"type": "search", "id": "news2-feed-health"}]}},
                  {"id": "news2-feeds", "type": "index-pattern", "error": {"type": "conflict"}},
                  {"id": "x", "type": "map", "error": {"type": "unsupported_type"}}]}
                """));

        assertThat(result.success()).isFalse();
        assertThat(result.successCount()).isEqualTo(11);
        assertThat(result.failures()).containsExactly(
                "dashboard news2-overview \"Rasd (news2): Arabic news overview\": missing_references: "
                        + "lens news2-top-persons, search news2-feed-health",
                "index-pattern news2-feeds: conflict",
                "map x: unsupported_type");
    }
}
