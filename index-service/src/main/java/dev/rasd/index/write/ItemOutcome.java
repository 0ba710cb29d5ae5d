package dev.rasd.index.write;

import dev.rasd.index.document.IndexOperation;

/** What became of one document of a {@code _bulk} request, decided from its HTTP status and error type. */
public enum ItemOutcome {
    /** Written (200 or 201). */
    INDEXED,
    /**
     * Refused because a newer version of the document is already there (409 version conflict of an externally
     * versioned write): nothing to do.
     */
    SUPERSEDED,
    /**
     * An article revision that found the document other than it expected: there already where it was to be
     * created, or changed (or gone) since it was read. The document is read again for a {@link RevisionCheck}.
     */
    READ_AGAIN,
    /** Elasticsearch could not take it now (429, 5xx, a conflict between two updates): write it again later. */
    RETRY,
    /** Elasticsearch refuses the document itself (mapping conflict, 400…): dead-letter it. */
    REJECTED;

    /**
     * The outcome of a bulk item that wrote {@code operation}, with HTTP {@code status} and error type
     * {@code errorType} (null without error). A version conflict means that a newer copy is there for an externally
     * versioned {@link IndexOperation.Write#INDEX}, that the document is not the one read for an article revision
     * (a versioned {@link IndexOperation.Write#MERGE}), and that another write changed the document between the read
     * and the write of an unversioned update, which is tried again.
     */
    public static ItemOutcome of(int status, String errorType, IndexOperation operation) {
        if (status >= 200 && status < 300) {
            return INDEXED;
        }
        boolean revision = operation.write() == IndexOperation.Write.MERGE && operation.version() != null;
        if (status == 409 && "version_conflict_engine_exception".equals(errorType)) {
            if (revision) {
                return READ_AGAIN;
            }
            return operation.version() != null ? SUPERSEDED : RETRY;
        }
        if (revision && status == 404 && "document_missing_exception".equals(errorType)) {
            return READ_AGAIN;
        }
        if (status == 429 || status == 408 || status >= 500) {
            return RETRY;
        }
        return REJECTED;
    }
}
