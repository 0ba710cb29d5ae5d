package dev.rasd.launcher;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.rasd.index.ElasticsearchClients;
import dev.rasd.index.IndexConfig;
import dev.rasd.index.search.Search;
import dev.rasd.index.template.IndexNames;
import dev.rasd.runtime.Env;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rasd search QUERY [--since 24h] [--size N]}: the top articles for a Kibana-syntax query. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Search the indexed articles with the same Lucene syntax as Kibana (e.g. 'داعش AND person:بايدن').")
final class SearchCommand implements Callable<Integer> {

    @Parameters(paramLabel = "QUERY", description = "The query.")
    String query;

    @Option(names = "--since", defaultValue = "24h",
            description = "How far back, by publication time, else fetch time (default ${DEFAULT-VALUE}).")
    String since;

    @Option(names = "--size", defaultValue = "10", description = "How many hits (default ${DEFAULT-VALUE}).")
    int size;

    @Override
    public Integer call() throws Exception {
        IndexConfig config = IndexConfig.fromEnv(System.getenv());
        ElasticsearchClient client = ElasticsearchClients.create(config);
        try {
            var hits = new Search(client, new IndexNames(config.indexPrefix()), Clock.systemUTC())
                    .search(query, Env.parseDuration(since), size);
            System.out.println(hits.isEmpty() ? "no articles match" : Search.format(hits));
            return 0;
        } finally {
            client._transport().close();
        }
    }
}
