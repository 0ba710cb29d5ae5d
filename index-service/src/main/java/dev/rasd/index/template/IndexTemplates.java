package dev.rasd.index.template;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rasd.contract.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * The composable index templates of Rasd, rendered for an index prefix and an Arabic analyzer.
 *
 * <p>The template bodies live as JSON resources next to this class, with three placeholders: {@code {{prefix}}},
 * {@code {{arabic_analyzer}}} and {@code {{arabic_search_analyzer}}}. The analyzer is {@code rasd_arabic} from Rasd's
 * Elasticsearch plugin (normalisation of hamza, alef and yeh forms, clitic and prefix stripping that leaves
 * {@code مصراتة} alone) or {@code arabic}, Elasticsearch's built-in one, for clusters that cannot install plugins.
 * The search analyzer of {@code rasd_arabic} is the plugin's {@code rasd_arabic_query}, the query analysis watches
 * use, so that Kibana and {@code ./rasd search} find what a watch finds ({@code "حزب الله"} finds
 * {@code لحزب الله}); any other analyzer searches with itself.
 *
 * <p>Mappings are {@code dynamic: strict}: index-service builds every document itself, so an unmapped field is a
 * bug that should fail loudly (the document goes to the dead-letter topic with the reason) rather than silently
 * grow the mapping.
 */
public final class IndexTemplates {

    /** The Arabic analyzer of Rasd's Elasticsearch plugin. */
    public static final String RASD_ARABIC = "rasd_arabic";
    /** The search analyzer of fields indexed with {@link #RASD_ARABIC}, from the same plugin. */
    public static final String RASD_ARABIC_QUERY = "rasd_arabic_query";

    private final IndexNames names;
    private final String arabicAnalyzer;
    private final String arabicSearchAnalyzer;

    /** Templates for the indices of {@code names}, analysing Arabic text with {@code arabicAnalyzer}. */
    public IndexTemplates(IndexNames names, String arabicAnalyzer) {
        this.names = Objects.requireNonNull(names, "names");
        if (!arabicAnalyzer.matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException("not an analyzer name: " + arabicAnalyzer);
        }
        this.arabicAnalyzer = arabicAnalyzer;
        this.arabicSearchAnalyzer = arabicAnalyzer.equals(RASD_ARABIC) ? RASD_ARABIC_QUERY : arabicAnalyzer;
    }

    /** The names of the indices the templates serve. */
    public IndexNames names() {
        return names;
    }

    /** Every template, in the order they are installed. */
    public List<Template> all() {
        return List.of(
                new Template(names.articles(), render("articles-template.json")),
                new Template(names.alerts(), render("alerts-template.json")),
                new Template(names.feeds(), render("feeds-template.json")));
    }

    private String render(String resource) {
        try (InputStream in = IndexTemplates.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing template resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("{{prefix}}", names.prefix())
                    .replace("{{arabic_analyzer}}", arabicAnalyzer)
                    .replace("{{arabic_search_analyzer}}", arabicSearchAnalyzer);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read template resource " + resource, e);
        }
    }

    /**
     * One composable index template.
     *
     * @param name the template name (also the alias or index it serves)
     * @param json the body of {@code PUT _index_template/<name>}
     */
    public record Template(String name, String json) {

        /** The body as a JSON tree. */
        public JsonNode tree() {
            try {
                return Json.mapper().readTree(json);
            } catch (IOException e) {
                throw new UncheckedIOException("template " + name + " is not valid JSON", e);
            }
        }

        /** The {@code properties} of the template's mappings. */
        public JsonNode properties() {
            return tree().path("template").path("mappings").path("properties");
        }
    }
}
