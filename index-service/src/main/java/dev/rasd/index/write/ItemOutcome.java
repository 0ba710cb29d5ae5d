package dev.rasd.index.write;

import dev.rasd.index.document.IndexOperation;

/** What became of one document of a {@code _bulk} request, decided from its HTTP status and error type. */
public enum ItemOutcome {
    /** Written (200 or 201). */
    INDEXED,
    /**
     * Refused because a newer version of the document is already there (409 version conflict of a versioned
     * write): an older article revision, or an older feed status, arriving after a newer one. Nothing to do.
     */
    SUPERSEDED,
    /** Elasticsearch could not take it now (429, 5xx, a conflict between two unversioned writes): write it again. */
    RETRY,
    /** Elasticsearch refuses the document itself (mapping conflict, 400…): dead-letter it. */
    REJECTED;

    /**
     * The outcome of a bulk item that wrote {@code operation}, with HTTP {@code status} and error type
     * {@code errorType} (null without error).
     */
    public static ItemOutcome of(int status, String errorType, IndexOperation operation) {
        if (status >= 200 && status < 300) {
            return INDEXED;
        }
        if (status == 409 && "version_conflict_engine_exception".equals(errorType)) {
            return operation.version() != null ? SUPERSEDED : RETRY;
        }
        if (status == 429 || status == 408 || status >= 500) {
            return RETRY;
        }
        return REJECTED;
    }
}
