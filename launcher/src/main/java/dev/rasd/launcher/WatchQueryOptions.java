package dev.rasd.launcher;

import dev.rasd.enrich.watch.WatchQuery;
import java.util.List;
import picocli.CommandLine.Option;

/** The query of a watch and the languages it is for: what {@code watch add} saves and {@code watch test} tries. */
final class WatchQueryOptions {

    @Option(names = "--query", required = true,
            description = "Lucene query as in Kibana: terms, \"phrases\", AND/OR/NOT, person:, org:, location:.")
    String query;

    @Option(names = "--language", description = "Only articles in this language (repeatable), e.g. ar.")
    List<String> languages = List.of();

    /**
     * The query, once it parses.
     *
     * @throws dev.rasd.enrich.watch.InvalidWatchQueryException when it does not
     */
    String checkedQuery() {
        WatchQuery.parse(query);
        return query;
    }
}
