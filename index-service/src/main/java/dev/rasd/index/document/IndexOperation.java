package dev.rasd.index.document;

import java.util.Objects;

/**
 * One document write: the whole document, under its id, in its index, with the version that keeps an older copy
 * from overwriting a newer one.
 *
 * @param index the concrete index (never an alias)
 * @param id the document {@code _id}; a re-delivery has the same one and overwrites
 * @param version the external version Elasticsearch compares ({@code version_type=external_gte}): a copy of the
 *     same version overwrites, an older one is refused; null for last-write-wins
 * @param source the document as UTF-8 JSON
 */
public record IndexOperation(String index, String id, Long version, byte[] source) {

    public IndexOperation {
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
    }
}
