package dev.rasd.index.template;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.ErrorCause;
import java.io.IOException;
import java.io.StringReader;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts Rasd's index templates into a cluster. {@code PUT _index_template} replaces a template of the same name, so
 * installing again is harmless; existing indices keep their mappings and the next month's index gets the new ones.
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
     * Installs every template.
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
