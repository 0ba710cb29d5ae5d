package dev.rasd.index.write;

import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.util.BinaryData;
import co.elastic.clients.util.ContentType;
import dev.rasd.index.document.IndexOperation;

/**
 * The {@code _bulk} action that writes a {@link PendingDocument}:
 * <ul>
 *   <li>an {@link IndexOperation.Write#INDEX}: {@code index}, with its external version ({@code external_gte}) if it
 *       has one;
 *   <li>an unversioned {@link IndexOperation.Write#MERGE} (a story): {@code update} with {@code doc_as_upsert}, done
 *       again by Elasticsearch when another write changed the document meanwhile;
 *   <li>a versioned merge (an article revision, see {@link RevisionCheck}): {@code create}, or, over a stored copy
 *       read before, {@code update} with {@code if_seq_no} and {@code if_primary_term}, which Elasticsearch refuses
 *       with 409 when the document has changed since.
 * </ul>
 */
final class BulkOperations {

    /**
     * How often Elasticsearch redoes an unversioned update whose document another write changed meanwhile (an
     * article and its story assignment in two requests in flight at once) before answering 409, which sends it again
     * from the consumer thread.
     */
    static final int RETRIES_ON_CONFLICT = 3;

    private BulkOperations() {}

    /** The bulk action that writes {@code document}. */
    static BulkOperation of(PendingDocument document) {
        IndexOperation operation = document.operation();
        StoredArticle over = document.over();
        return BulkOperation.of(b -> switch (operation.write()) {
            case INDEX -> b.index(i -> {
                i.index(operation.index()).id(operation.id()).document(json(operation.source()));
                if (operation.version() != null) {
                    i.version(operation.version()).versionType(VersionType.ExternalGte);
                }
                return i;
            });
            case MERGE -> {
                if (operation.version() == null) {
                    yield b.update(u -> u.index(operation.index()).id(operation.id())
                            .retryOnConflict(RETRIES_ON_CONFLICT).binaryAction(json(UpdateBodies.upsert(operation))));
                }
                if (over == null) {
                    yield b.create(c -> c.index(operation.index()).id(operation.id())
                            .document(json(operation.source())));
                }
                yield b.update(u -> u.index(operation.index()).id(operation.id())
                        .ifSeqNo(over.seqNo()).ifPrimaryTerm(over.primaryTerm())
                        .binaryAction(json(UpdateBodies.merge(operation))));
            }
        });
    }

    private static BinaryData json(byte[] bytes) {
        return BinaryData.of(bytes, ContentType.APPLICATION_JSON);
    }
}
