package dev.rasd.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.TransportUtils;
import dev.rasd.contract.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.net.ssl.SSLContext;

/**
 * Builds the Elasticsearch client of an {@link IndexConfig}: every configured node, API-key or basic
 * authentication, and TLS trusting the configured CA certificate (or the JVM's trust store when none is given).
 * Credentials go into request headers only; nothing here logs them.
 */
public final class ElasticsearchClients {

    private ElasticsearchClients() {}

    /**
     * A client for the cluster of {@code config}. The caller closes it.
     *
     * @throws UncheckedIOException when the CA file cannot be read
     */
    public static ElasticsearchClient create(IndexConfig config) {
        // a copy: the client's mapper configures the instance it gets, and the contract's mapper must stay as it is
        JacksonJsonpMapper mapper = new JacksonJsonpMapper(Json.mapper().copy());
        SSLContext sslContext = config.caFile() == null ? null : sslContext(config);
        return ElasticsearchClient.of(b -> {
            b.hosts(config.elasticsearchUrls()).jsonMapper(mapper);
            if (config.apiKey() != null) {
                b.apiKey(config.apiKey());
            } else if (config.username() != null) {
                b.usernameAndPassword(config.username(), config.password());
            }
            if (sslContext != null) {
                b.sslContext(sslContext);
            }
            return b;
        });
    }

    private static SSLContext sslContext(IndexConfig config) {
        try {
            return TransportUtils.sslContextFromHttpCaCrt(config.caFile().toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Elasticsearch CA file " + config.caFile(), e);
        }
    }
}
