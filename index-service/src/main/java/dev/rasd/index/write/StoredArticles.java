package dev.rasd.index.write;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.MgetResponse;
import co.elastic.clients.elasticsearch.core.get.GetResult;
import co.elastic.clients.elasticsearch.core.mget.MultiGetOperation;
import co.elastic.clients.elasticsearch.core.mget.MultiGetResponseItem;
import dev.rasd.index.document.IndexOperation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads what a {@link RevisionCheck} needs of stored article documents, many in one {@code _mget}: realtime, so that
 * every write acknowledged before is seen, and only the revision and the story of each.
 */
final class StoredArticles {

    private static final String STORY_FIELD = "storyId";

    private final ElasticsearchClient client;

    StoredArticles(ElasticsearchClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    /**
     * The stored copy of the document of each of {@code operations}, in their order; null where there is none.
     *
     * @throws IOException when Elasticsearch cannot be reached, or cannot read one of the documents now
     * @throws co.elastic.clients.elasticsearch._types.ElasticsearchException when it refuses the request
     */
    List<StoredArticle> read(List<IndexOperation> operations) throws IOException {
        List<MultiGetOperation> documents = operations.stream()
                .map(o -> MultiGetOperation.of(d -> d.index(o.index()).id(o.id())))
                .toList();
        MgetResponse<Fields> response = client.mget(m -> m.docs(documents).realtime(true)
                .sourceIncludes(IndexOperation.REVISION_FIELD, STORY_FIELD), Fields.class);
        List<StoredArticle> stored = new ArrayList<>(operations.size());
        for (MultiGetResponseItem<Fields> item : response.docs()) {
            if (item.isFailure()) {
                throw new IOException("cannot read " + item.failure().index() + "/" + item.failure().id() + ": "
                        + item.failure().error().type() + ": " + item.failure().error().reason());
            }
            GetResult<Fields> copy = item.result();
            Fields fields = copy.source() == null ? new Fields(null, null) : copy.source();
            stored.add(copy.found()
                    ? new StoredArticle(copy.seqNo(), copy.primaryTerm(), fields.revision(), fields.storyId())
                    : null);
        }
        return stored;
    }

    /** The fields read of a stored article. */
    record Fields(Integer revision, String storyId) {}
}
