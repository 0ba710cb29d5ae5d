package dev.rasd.launcher;

import dev.rasd.enrich.cli.EnrichCommand;
import dev.rasd.enrich.entities.EntityRecognizer;
import dev.rasd.enrich.language.LanguageDetector;
import dev.rasd.enrich.pipeline.ArticleEnricher;
import dev.rasd.enrich.watch.WatchMatcher;
import dev.rasd.ingest.cli.ExtractCommand;
import dev.rasd.ingest.cli.FeedCommand;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

/** The commands that work on files and streams, without a running stack: feed, extract, enrich. */
final class PassThroughCommands {

    private PassThroughCommands() {}

    @Command(name = "feed", description = "Parse a feed (file or URL) and print one JSON object per item. "
            + "Usage: rasd feed FILE_OR_URL [--zone ZONE]")
    static final class Feed implements Callable<Integer> {
        @Unmatched
        List<String> args = new ArrayList<>();

        @Override
        public Integer call() {
            return FeedCommand.run(args.toArray(String[]::new), utf8(System.out), utf8(System.err));
        }
    }

    @Command(name = "extract", description = "Extract an article page (file or URL) and print one JSON object. "
            + "Usage: rasd extract FILE_OR_URL [--url URL]")
    static final class Extract implements Callable<Integer> {
        @Unmatched
        List<String> args = new ArrayList<>();

        @Override
        public Integer call() {
            return ExtractCommand.run(args.toArray(String[]::new), utf8(System.out), utf8(System.err));
        }
    }

    @Command(name = "enrich", mixinStandardHelpOptions = true,
            description = "Enrich JSON Lines articles from stdin: language, entities, matched watches.")
    static final class Enrich implements Callable<Integer> {
        @Option(names = "--watches", paramLabel = "FILE", description = "A JSON array of watches to match.")
        Path watches;

        @Override
        public Integer call() throws Exception {
            WatchMatcher matcher = EnrichCommand.matcherFor(watches);
            ArticleEnricher enricher = new ArticleEnricher(new LanguageDetector(), EntityRecognizer.shipped()::recognize,
                    () -> matcher);
            EnrichCommand.run(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)),
                    utf8(System.out), enricher);
            return 0;
        }
    }

    static PrintStream utf8(PrintStream stream) {
        return new PrintStream(stream, true, StandardCharsets.UTF_8);
    }
}
