package dev.rasd.enrich.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rasd.contract.EntityMention;
import dev.rasd.contract.Json;
import dev.rasd.contract.RawArticle;
import dev.rasd.contract.Watch;
import dev.rasd.enrich.pipeline.ArticleEnricher;
import dev.rasd.enrich.pipeline.Enrichment;
import dev.rasd.enrich.watch.WatchMatcher;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * {@code rasd enrich [--watches FILE]}: enriches JSON Lines articles from a reader, writing one JSON object per
 * input line: every input field plus {@code language}, {@code languageConfidence}, {@code entities} and
 * {@code watches}. A line that is not a JSON object gives an {@code error} object for that line; the run goes on.
 */
public final class EnrichCommand {

    private static final ObjectMapper JSON = Json.mapper();

    private EnrichCommand() {}

    /**
     * Reads the watches file: a JSON array of watches ({@code [{"id", "query", …}]}). A watch that does not say
     * {@code "enabled"} is enabled, and one without a name is named after its id.
     *
     * @throws IOException when the file cannot be read or is not such an array
     */
    public static List<Watch> readWatches(Path file) throws IOException {
        JsonNode root = JSON.readTree(Files.readAllBytes(file));
        if (!(root instanceof ArrayNode array)) {
            throw new IOException(file + " is not a JSON array of watches");
        }
        List<Watch> watches = new java.util.ArrayList<>();
        for (JsonNode element : array) {
            if (!(element instanceof ObjectNode watch) || !watch.hasNonNull("id") || !watch.hasNonNull("query")) {
                throw new IOException(file + ": every watch needs an \"id\" and a \"query\": " + element);
            }
            if (!watch.has("enabled")) {
                watch.put("enabled", true);
            }
            if (!watch.hasNonNull("name")) {
                watch.put("name", watch.get("id").asText());
            }
            watches.add(JSON.treeToValue(watch, Watch.class));
        }
        return watches;
    }

    /**
     * Enriches every line of {@code in}, writing results to {@code out}.
     *
     * @return the number of lines that failed
     */
    public static int run(BufferedReader in, PrintStream out, ArticleEnricher enricher) throws IOException {
        int failed = 0;
        int number = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            try {
                out.println(JSON.writeValueAsString(enrich(line, enricher)));
            } catch (JsonProcessingException | IllegalArgumentException e) {
                failed++;
                ObjectNode error = JSON.createObjectNode();
                error.put("line", number);
                error.put("error", e instanceof JsonProcessingException j ? "not a JSON object: " + j.getOriginalMessage()
                        : e.getMessage());
                out.println(JSON.writeValueAsString(error));
            }
        }
        out.flush();
        return failed;
    }

    private static ObjectNode enrich(String line, ArticleEnricher enricher) throws JsonProcessingException {
        JsonNode node = JSON.readTree(line);
        if (!(node instanceof ObjectNode input)) {
            throw new IllegalArgumentException("not a JSON object");
        }
        RawArticle raw = JSON.treeToValue(input, RawArticle.class);
        Enrichment enrichment = enricher.enrich(raw, Instant.now());
        ObjectNode output = input.deepCopy();
        output.put("language", enrichment.article().language());
        output.put("languageConfidence", enrichment.article().languageConfidence());
        ArrayNode entities = output.putArray("entities");
        for (EntityMention mention : enrichment.article().entities()) {
            entities.add(JSON.valueToTree(mention));
        }
        ArrayNode watches = output.putArray("watches");
        enrichment.article().watches().forEach(watches::add);
        return output;
    }

    /** A matcher for the watches of {@code file}, or for none. */
    public static WatchMatcher matcherFor(Path file) throws IOException {
        return WatchMatcher.of(file == null ? List.of() : readWatches(file));
    }
}
