package dev.rasd.index.kibana;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import dev.rasd.contract.Json;
import dev.rasd.index.template.IndexNames;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Rasd's Kibana saved objects (data views, saved searches, Lens visualisations, dashboard) for one index prefix, as
 * Kibana's saved-objects import takes them: NDJSON, one object per line.
 *
 * <p>The objects live as a resource next to this class with two placeholders: {@code {{prefix}}}, in every id and
 * data view title (which is the alias or index the data view reads), and {@code {{label}}}, in every title people
 * see: {@code Rasd} for the default prefix, {@code Rasd (news2)} for the prefix {@code news2}. So the objects of two
 * prefixes have different ids and titles and live side by side in one Kibana, each reading its own indices.
 *
 * <p>The feeds data view has no time field: the feeds index holds one current record per feed, and its panels must
 * show every feed, above all those not polled in the dashboard's time range.
 */
public final class SavedObjects {

    /** The prefix whose objects are titled plainly {@code Rasd}. */
    public static final String DEFAULT_PREFIX = "rasd";
    private static final String RESOURCE = "saved-objects.ndjson";

    private final String ndjson;

    private SavedObjects(String ndjson) {
        this.ndjson = ndjson;
    }

    /** The objects reading the indices of {@code names}. */
    public static SavedObjects of(IndexNames names) {
        Objects.requireNonNull(names, "names");
        String label = names.prefix().equals(DEFAULT_PREFIX) ? "Rasd" : "Rasd (" + names.prefix() + ")";
        return new SavedObjects(template()
                .replace("{{prefix}}", jsonEscaped(names.prefix()))
                .replace("{{label}}", jsonEscaped(label)));
    }

    /** The objects as NDJSON, the body of the import. */
    public String ndjson() {
        return ndjson;
    }

    /** The objects as JSON trees, in file order. */
    public List<JsonNode> objects() {
        List<JsonNode> objects = new ArrayList<>();
        for (String line : ndjson.split("\n")) {
            if (!line.isBlank()) {
                try {
                    objects.add(Json.mapper().readTree(line));
                } catch (IOException e) {
                    throw new UncheckedIOException("a saved object is not valid JSON: " + line, e);
                }
            }
        }
        return objects;
    }

    private static String template() {
        try (InputStream in = SavedObjects.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + RESOURCE, e);
        }
    }

    private static String jsonEscaped(String text) {
        return new String(JsonStringEncoder.getInstance().quoteAsString(text));
    }
}
