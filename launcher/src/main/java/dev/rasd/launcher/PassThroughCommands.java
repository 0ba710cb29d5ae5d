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
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The commands that work on files and streams, without a running stack: feed, extract, enrich. */
final class PassThroughCommands {

    private PassThroughCommands() {}

    @Command(name = "feed", mixinStandardHelpOptions = true,
            description = "Parse a feed (file or URL) and print one JSON object per item.")
    static final class Feed implements Callable<Integer> {
        @Parameters(paramLabel = "FILE_OR_URL", description = "The feed's file or URL.")
        String source;

        @Option(names = "--zone", paramLabel = "ZONE",
                description = "The IANA zone of dates written without an offset (default UTC).")
        ZoneId zone;

        @Override
        public Integer call() {
            return FeedCommand.run(source, zone, utf8(System.out), utf8(System.err), System.getenv());
        }
    }

    @Command(name = "extract", mixinStandardHelpOptions = true,
            description = "Extract an article page (file or URL) and print one JSON object.")
    static final class Extract implements Callable<Integer> {
        @Parameters(paramLabel = "FILE_OR_URL", description = "The page's file or URL.")
        String source;

        @Option(names = "--url", paramLabel = "URL",
                description = "The page's address when reading a file: relative links, canonical URL, date in the path.")
        URI url;

        @Option(names = "--zone", paramLabel = "ZONE",
                description = "The IANA zone of dates written without an offset (default UTC).")
        ZoneId zone;

        @Override
        public Integer call() {
            return ExtractCommand.run(source, url, zone, utf8(System.out), utf8(System.err), System.getenv());
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
