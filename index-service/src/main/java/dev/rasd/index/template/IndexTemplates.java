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
 * <p>The template bodies live as JSON resources next to this class, with two placeholders: {@code {{prefix}}} and
 * {@code {{arabic_analyzer}}}. The analyzer is {@code rasd_arabic} from Rasd's Elasticsearch plugin (normalisation
 * of hamza, alef and yeh forms, clitic and prefix stripping that leaves {@code مصراتة} alone) or {@code arabic},
 * Elasticsearch's built-in one, for clusters that cannot install plugins.
 *
 * <p>Mappings are {@code dynamic: strict}: index-service builds every document itself, so an unmapped field is a
 * bug that should fail loudly (the document goes to the dead-letter topic with the reason) rather than silently
 * grow the mapping.
 */
public final class IndexTemplates {

    private final IndexNames names;
    private final String arabicAnalyzer;

    /** Templates for the indices of {@code names}, analysing Arabic text with {@code arabicAnalyzer}. */
    public IndexTemplates(IndexNames names, String arabicAnalyzer) {
        this.names = Objects.requireNonNull(names, "names");
        if (!arabicAnalyzer.matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException("not an analyzer name: " + arabicAnalyzer);
        }
        this.arabicAnalyzer = arabicAnalyzer;
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
                    .replace("{{arabic_analyzer}}", arabicAnalyzer);
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
