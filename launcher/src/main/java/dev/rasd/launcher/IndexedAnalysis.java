package dev.rasd.launcher;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.mapping.Property;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import co.elastic.clients.elasticsearch.indices.get_mapping.IndexMappingRecord;
import dev.rasd.index.template.IndexNames;
import dev.rasd.index.template.IndexTemplates;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Whether the articles indices hold the fields a watch reads analysed as the watch matcher analyses them, which
 * {@link CandidateQuery} needs to find every article the matcher would match. It is so when their text fields use
 * the {@code rasd_arabic} analyzer, built from the matcher's code; indices created with
 * {@code RASD_ES_ARABIC_ANALYZER=arabic} hold other terms.
 */
final class IndexedAnalysis {

    private static final List<String> TEXT_FIELDS = List.of("title", "text");
    private static final List<String> ENTITY_FIELDS = List.of("persons", "organizations", "locations");

    private IndexedAnalysis() {}

    /**
     * Whether every articles index of {@code names} analyses as the watch matcher does (true when there is none).
     *
     * @throws IOException when Elasticsearch cannot be reached
     */
    static boolean asWatchMatcher(ElasticsearchClient client, IndexNames names) throws IOException {
        Map<String, IndexMappingRecord> indices = client.indices().getMapping(g -> g.index(names.articles())
                .ignoreUnavailable(true).allowNoIndices(true)).mappings();
        return indices.values().stream().allMatch(index -> asWatchMatcher(index.mappings()));
    }

    /**
     * Whether an index with {@code mapping} analyses title, text and the entity names with {@code rasd_arabic}; a
     * field it does not map holds nothing to find.
     */
    static boolean asWatchMatcher(TypeMapping mapping) {
        Map<String, Property> properties = mapping.properties();
        for (String field : TEXT_FIELDS) {
            if (properties.containsKey(field) && !isRasdArabic(properties.get(field))) {
                return false;
            }
        }
        for (String field : ENTITY_FIELDS) {
            Property entity = properties.get(field);
            Property analysed = entity != null && entity.isKeyword() ? entity.keyword().fields().get("text") : null;
            if (entity != null && (analysed == null || !isRasdArabic(analysed))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isRasdArabic(Property property) {
        return property.isText() && IndexTemplates.RASD_ARABIC.equals(property.text().analyzer());
    }
}
