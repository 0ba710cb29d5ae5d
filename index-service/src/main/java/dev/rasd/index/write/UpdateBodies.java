package dev.rasd.index.write;

import dev.rasd.index.document.IndexOperation;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The bodies of the {@code _bulk} update actions of an {@link IndexOperation.Write#MERGE}, built around the
 * document's JSON as it is, without parsing it again. (A script could do more, but the minimal Elasticsearch
 * distribution of the embedded stack has no Painless, and a partial update needs none.)
 */
final class UpdateBodies {

    private static final byte[] MERGE_HEAD = "{\"doc\":".getBytes(StandardCharsets.UTF_8);
    private static final byte[] UPSERT_TAIL = ",\"doc_as_upsert\":true}".getBytes(StandardCharsets.UTF_8);
    private static final byte[] MERGE_TAIL = "}".getBytes(StandardCharsets.UTF_8);

    private UpdateBodies() {}

    /**
     * The body that merges {@code operation}'s fields into its document, creating the document from them when it
     * does not exist.
     *
     * @throws IllegalArgumentException when {@code operation} is not a {@link IndexOperation.Write#MERGE}
     */
    static byte[] upsert(IndexOperation operation) {
        return body(operation, UPSERT_TAIL);
    }

    /**
     * The body that merges {@code operation}'s fields into its existing document: for a write conditional on the
     * copy read ({@code if_seq_no}), which Elasticsearch refuses with an upsert.
     *
     * @throws IllegalArgumentException when {@code operation} is not a {@link IndexOperation.Write#MERGE}
     */
    static byte[] merge(IndexOperation operation) {
        return body(operation, MERGE_TAIL);
    }

    private static byte[] body(IndexOperation operation, byte[] tail) {
        if (operation.write() != IndexOperation.Write.MERGE) {
            throw new IllegalArgumentException("an " + operation.write() + " write has no update body");
        }
        byte[] source = operation.source();
        ByteArrayOutputStream body = new ByteArrayOutputStream(MERGE_HEAD.length + source.length + tail.length);
        body.writeBytes(MERGE_HEAD);
        body.writeBytes(source);
        body.writeBytes(tail);
        return body.toByteArray();
    }
}
