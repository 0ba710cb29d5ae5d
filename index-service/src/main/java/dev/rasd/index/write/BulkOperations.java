package dev.rasd.index.write;

import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.util.BinaryData;
import co.elastic.clients.util.ContentType;
import dev.rasd.index.document.IndexOperation;

/**
 * The {@code _bulk} action that writes a {@link PendingDocument}: {@code index} of the whole document, with its
 * external version ({@code external_gte}) when it has one, so that Elasticsearch itself refuses an older copy.
 */
final class BulkOperations {

    private BulkOperations() {}

    /** The bulk action that writes {@code document}. */
    static BulkOperation of(PendingDocument document) {
        IndexOperation operation = document.operation();
        return BulkOperation.of(b -> b.index(i -> {
            i.index(operation.index()).id(operation.id())
                    .document(BinaryData.of(operation.source(), ContentType.APPLICATION_JSON));
            if (operation.version() != null) {
                i.version(operation.version()).versionType(VersionType.ExternalGte);
            }
            return i;
        }));
    }
}
