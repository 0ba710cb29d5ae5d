package dev.rasd.index.document;

import java.util.Objects;

/**
 * One document to write: where, under which id, with which external version, and its JSON source.
 *
 * @param index the concrete index (never an alias)
 * @param id the document {@code _id}; a re-delivery has the same one and overwrites
 * @param version the external version ({@code version_type=external_gte}) that keeps an older copy from
 *     overwriting a newer one when both are in flight, or null for last-write-wins
 * @param source the document as UTF-8 JSON
 */
public record IndexOperation(String index, String id, Long version, byte[] source) {

    public IndexOperation {
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
    }
}
