package dev.rasd.index.write;

/** What became of one document of a {@code _bulk} request, decided from its HTTP status and error type. */
public enum ItemOutcome {
    /** Written (200 or 201). */
    INDEXED,
    /**
     * Refused because a newer version of the document is already there (409 version conflict of an externally
     * versioned write): nothing to do.
     */
    SUPERSEDED,
    /** Elasticsearch could not take it now (429, 5xx, a conflict between two updates): write it again later. */
    RETRY,
    /** Elasticsearch refuses the document itself (mapping conflict, 400…): dead-letter it. */
    REJECTED;

    /**
     * The outcome of a bulk item with HTTP {@code status} and error type {@code errorType} (null without error).
     * {@code versioned} tells whether the write carried an external version: only then does a version conflict mean
     * that a newer copy is there; otherwise it means that another write changed the document between the read and
     * the write of an update, and the update is tried again.
     */
    public static ItemOutcome of(int status, String errorType, boolean versioned) {
        if (status >= 200 && status < 300) {
            return INDEXED;
        }
        if (status == 409 && "version_conflict_engine_exception".equals(errorType)) {
            return versioned ? SUPERSEDED : RETRY;
        }
        if (status == 429 || status == 408 || status >= 500) {
            return RETRY;
        }
        return REJECTED;
    }
}
