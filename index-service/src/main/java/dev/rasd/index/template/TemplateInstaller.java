package dev.rasd.index.template;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.ErrorCause;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringReader;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts Rasd's index templates into a cluster, and their mappings on the indices they already made.
 * {@code PUT _index_template} replaces a template of the same name, so installing again is harmless. The next
 * month's index gets the new template whole; an existing index gets what Elasticsearch can change in place: fields
 * added since, and a field's new {@code search_analyzer} (so existing articles are searched as watches read them).
 * What it cannot change (a field's analyzer or type, e.g. after switching {@code RASD_ES_ARABIC_ANALYZER}) stays
 * as it was in that index, with a warning.
 */
public final class TemplateInstaller {

    private static final Logger LOG = LoggerFactory.getLogger(TemplateInstaller.class);

    private final ElasticsearchClient client;
    private final IndexTemplates templates;

    /** An installer of {@code templates} through {@code client}. */
    public TemplateInstaller(ElasticsearchClient client, IndexTemplates templates) {
        this.client = Objects.requireNonNull(client, "client");
        this.templates = Objects.requireNonNull(templates, "templates");
    }

    /**
     * Installs every template and puts its mappings on the existing indices it matches.
     *
     * @throws IOException when Elasticsearch cannot be reached
     * @throws TemplateRefusedException when it refuses a template, e.g. because the Arabic analyzer is not
     *     installed; the message carries Elasticsearch's innermost reason
     */
    public void install() throws IOException {
        for (IndexTemplates.Template template : templates.all()) {
            try {
                client.indices().putIndexTemplate(
                        r -> r.name(template.name()).withJson(new StringReader(template.json())));
            } catch (ElasticsearchException e) {
                throw new TemplateRefusedException(
                        "Elasticsearch refused index template " + template.name() + ": " + rootReason(e.error()), e);
            }
            LOG.info("index template {} installed", template.name());
            updateExistingIndices(template);
        }
    }

    /** Puts the template's mappings on each index it already made; one index's refusal leaves the others' updates. */
    private void updateExistingIndices(IndexTemplates.Template template) throws IOException {
        JsonNode body = template.tree();
        String pattern = body.path("index_patterns").get(0).asText();
        String mappings = body.path("template").path("mappings").toString();
        Set<String> indices = client.indices()
                .get(r -> r.index(pattern).allowNoIndices(true).ignoreUnavailable(true)).indices().keySet();
        for (String index : indices) {
            try {
                client.indices().putMapping(r -> r.withJson(new StringReader(mappings)).index(index));
            } catch (ElasticsearchException e) {
                LOG.warn("index {} keeps its mappings: Elasticsearch refused those of template {}: {}", index,
                        template.name(), rootReason(e.error()));
            }
        }
    }

    private static String rootReason(ErrorCause error) {
        ErrorCause root = error;
        while (root.causedBy() != null) {
            root = root.causedBy();
        }
        return root == error ? error.reason() : error.reason() + " (" + root.type() + ": " + root.reason() + ")";
    }

    /** Elasticsearch refused a template: a configuration problem that retrying does not cure. */
    public static final class TemplateRefusedException extends RuntimeException {

        TemplateRefusedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
