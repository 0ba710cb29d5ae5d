package dev.rasd.stack;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import dev.rasd.stack.junit.RasdStackExtension;
import dev.rasd.stack.junit.TestStack;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RasdStackExtension.class)
class ElasticsearchIT {

    @Test
    void indexesAndSearchesDocumentsInTheRealElasticsearch(TestStack stack) throws Exception {
        try (Rest5Client rest = Rest5Client.builder(stack.elasticsearchUrl()).build();
                var transport = new Rest5ClientTransport(rest, new JacksonJsonpMapper())) {
            ElasticsearchClient client = new ElasticsearchClient(transport);
            String index = stack.indexPrefix() + "-docs";
            client.index(i -> i.index(index).id("1").document(Map.of("title", "Coalition keeps pressure on ISIS"))
                    .refresh(Refresh.True));
            client.index(i -> i.index(index).id("2").document(Map.of("title", "Weather in Beirut"))
                    .refresh(Refresh.True));
            SearchResponse<Map> hits = client.search(s -> s.index(index)
                    .query(q -> q.match(m -> m.field("title").query("coalition"))), Map.class);
            assertThat(hits.hits().hits()).extracting(h -> h.id()).containsExactly("1");
        }
    }

    @Test
    void survivesAStopAndStartWithItsData(TestStack stack) throws Exception {
        try (Rest5Client rest = Rest5Client.builder(stack.elasticsearchUrl()).build();
                var transport = new Rest5ClientTransport(rest, new JacksonJsonpMapper())) {
            ElasticsearchClient client = new ElasticsearchClient(transport);
            String index = stack.indexPrefix() + "-kept";
            client.index(i -> i.index(index).id("1").document(Map.of("title", "kept")).refresh(Refresh.True));
            stack.elasticsearch().stop();
            assertThat(stack.elasticsearch().isRunning()).isFalse();
            stack.elasticsearch().start();
            assertThat(client.count(c -> c.index(index)).count()).isEqualTo(1);
        }
    }
}
