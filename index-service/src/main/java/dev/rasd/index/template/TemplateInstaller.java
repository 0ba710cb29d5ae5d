package dev.rasd.index.template;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.ErrorCause;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringReader;
import java.time.Clock;
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
 *
 * <p>Then it creates the indices of the current month (and the feeds index) when they do not exist yet, so that
 * their aliases and mappings are there before the first document: Kibana's data views then have their fields, and
 * its panels show "no results" rather than "field not found" on a fresh cluster.
 */
public final class TemplateInstaller {

    private static final Logger LOG = LoggerFactory.getLogger(TemplateInstaller.class);

    private final ElasticsearchClient client;
    private final IndexTemplates templates;
    private final Clock clock;

    /** An installer of {@code templates} through {@code client}, whose current month is that of {@code clock}. */
    public TemplateInstaller(ElasticsearchClient client, IndexTemplates templates, Clock clock) {
        this.client = Objects.requireNonNull(client, "client");
        this.templates = Objects.requireNonNull(templates, "templates");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Installs every template, puts its mappings on the existing indices it matches, and creates the current
     * month's indices that do not exist yet.
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
        createCurrentIndices();
    }

    /**
     * Creates each index of the current month that does not exist yet; the templates give it its mappings and
     * alias. An index that exists, or is created meanwhile by a first document, is left as it is; a refusal is
     * only a warning (the first document will create the index).
     */
    private void createCurrentIndices() throws IOException {
        for (String index : templates.names().indicesOf(clock.instant())) {
            try {
                client.indices().create(r -> r.index(index));
                LOG.info("index {} created", index);
            } catch (ElasticsearchException e) {
                if (!e.error().type().equals("resource_already_exists_exception")) {
                    LOG.warn("index {} not created before its first document: {}", index, rootReason(e.error()));
                }
            }
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
