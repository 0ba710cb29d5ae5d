package dev.rasd.index.kibana;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.field_caps.FieldCapability;
import com.fasterxml.jackson.databind.JsonNode;
import dev.rasd.index.ElasticsearchClients;
import dev.rasd.index.IndexConfig;
import dev.rasd.index.template.IndexNames;
import dev.rasd.index.template.IndexTemplates;
import dev.rasd.index.template.TemplateInstaller;
import dev.rasd.stack.junit.RasdStackExtension;
import dev.rasd.stack.junit.TestStack;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The saved objects against the real Elasticsearch, as Kibana reads it: after a fresh set-up (templates installed,
 * this month's indices created, no document yet), every field the objects of a non-default prefix use is in the
 * field capabilities of their data view, which is what Kibana lists as the data view's fields, and every field
 * they aggregate on is aggregatable there. And Kibana's Lucene query bar reads {@code person:}, {@code org:} and
 * {@code location:} as a watch does: analysed, clitics and all, never as the exact keyword.
 */
@ExtendWith(RasdStackExtension.class)
class KibanaObjectsIT {

    @Test
    void aFreshSetUpHoldsEveryFieldTheObjectsUseAndEntitiesAreSearchedAsInAWatch(TestStack stack) throws Exception {
        IndexNames names = new IndexNames(stack.indexPrefix() + "-kibana");
        try (ElasticsearchClient client = ElasticsearchClients.create(
                IndexConfig.fromEnv(Map.of()).withElasticsearchUrls(List.of(stack.elasticsearchUrl())))) {
            new TemplateInstaller(client, new IndexTemplates(names, IndexTemplates.RASD_ARABIC), Clock.systemUTC())
                    .install();

            List<JsonNode> objects = SavedObjects.of(names).objects();
            Map<String, String> titleOfDataView = new HashMap<>();
            objects.stream().filter(o -> o.path("type").asText().equals("index-pattern")).forEach(o ->
                    titleOfDataView.put(o.path("id").asText(), o.path("attributes").path("title").asText()));
            assertThat(titleOfDataView.values()).containsExactlyInAnyOrder(names.articles(), names.alerts(),
                    names.feeds());
            Map<String, Map<String, Map<String, FieldCapability>>> capsByTitle = new HashMap<>();
            for (String title : titleOfDataView.values()) {
                capsByTitle.put(title, client.fieldCaps(f -> f.index(title).fields("*")).fields());
            }
            List<String> problems = new ArrayList<>();
            int checked = 0;
            for (JsonNode object : objects) {
                for (SavedObjectFields.Use use : SavedObjectFields.of(object)) {
                    checked++;
                    Map<String, FieldCapability> caps = capsByTitle
                            .get(titleOfDataView.get(SavedObjectFields.dataViewOf(object))).get(use.field());
                    if (caps == null || caps.containsKey("unmapped")) {
                        problems.add(use + ": not a field of the data view");
                    } else if (use.aggregated() && !caps.values().stream().allMatch(FieldCapability::aggregatable)) {
                        problems.add(use + ": not aggregatable (" + caps.keySet() + ")");
                    }
                }
            }
            assertThat(checked).as("fields checked").isGreaterThanOrEqualTo(30);
            assertThat(problems).isEmpty();
            assertThat(capsByTitle.get(names.articles()).get("time")).containsOnlyKeys("date");

            String month = names.articlesIndex(Instant.now());
            client.index(i -> i.index(month).id("haftar").refresh(Refresh.True).document(Map.of(
                    "id", "haftar", "title", "لقاء في بنغازي", "time", Instant.now().toString(),
                    "persons", List.of("خليفة حفتر"), "organizations", List.of("الأمم المتحدة"),
                    "locations", List.of("بنغازي"))));
            for (String query : List.of("person:حفتر", "person:لحفتر", "person:\"خليفه حفتر\"",
                    "org:\"الأمم المتحدة\"", "org:الامم", "location:بنغازي")) {
                assertThat(kibanaQuery(client, names.articles(), query)).as(query).isEqualTo(1);
            }
            for (String query : List.of("person:بنغازي", "org:حفتر", "location:حفتر", "persons:حفتر")) {
                assertThat(kibanaQuery(client, names.articles(), query)).as(query).isZero();
            }
        }
    }

    /** How many documents of {@code dataView} the query bar's Lucene {@code query} finds, as Kibana sends it. */
    private static long kibanaQuery(ElasticsearchClient client, String dataView, String query) throws IOException {
        return client.count(c -> c.index(dataView)
                .query(q -> q.queryString(s -> s.query(query).analyzeWildcard(true)))).count();
    }
}
