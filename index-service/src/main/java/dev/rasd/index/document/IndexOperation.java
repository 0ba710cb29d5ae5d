package dev.rasd.index.document;

import java.util.Objects;

/**
 * One document write: where, under which id, how, with which version, and the JSON it writes.
 *
 * @param index the concrete index (never an alias)
 * @param id the document {@code _id}; a re-delivery has the same one and overwrites
 * @param write how {@code source} is written
 * @param version what keeps an older copy from overwriting a newer one when both are in flight, or null for
 *     last-write-wins. For {@link Write#INDEX}: the external version Elasticsearch compares
 *     ({@code version_type=external_gte}). For {@link Write#MERGE}: the revision of the article whose fields
 *     {@code source} carries, in its {@value #REVISION_FIELD} field too; Elasticsearch cannot compare versions on an
 *     update, so index-service compares it with the stored document's (see
 *     {@link dev.rasd.index.write.RevisionCheck}). Either way a copy of the same version overwrites.
 * @param source the document, or the fields to merge into it, as UTF-8 JSON
 */
public record IndexOperation(String index, String id, Write write, Long version, byte[] source) {

    /** The field of a document that holds the version of a versioned {@link Write#MERGE}. */
    public static final String REVISION_FIELD = "revision";

    public IndexOperation {
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(write, "write");
        Objects.requireNonNull(source, "source");
    }

    /** A write of {@code source} as the whole document, refused when an equal or newer {@code version} is there. */
    public static IndexOperation index(String index, String id, Long version, byte[] source) {
        return new IndexOperation(index, id, Write.INDEX, version, source);
    }

    /** How a document is written. */
    public enum Write {
        /** {@code source} becomes the whole document ({@code index}). */
        INDEX,
        /**
         * {@code source}'s fields are merged into the document, which is created from them when it does not exist
         * yet ({@code update} with {@code doc_as_upsert}): a field {@code source} carries (even as null) is
         * overwritten, a field it lacks is kept. Two merges of different fields give the same document in either
         * order. A versioned merge is written only over a document of an equal or older version (or none).
         */
        MERGE
    }
}
