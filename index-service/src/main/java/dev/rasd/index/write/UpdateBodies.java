package dev.rasd.index.write;

import dev.rasd.index.document.IndexOperation;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The body of the {@code _bulk} update action of an {@link IndexOperation.Write#MERGE}, built around the document's
 * JSON as it is, without parsing it again. (A script could do more, but the minimal Elasticsearch distribution
 * of the embedded stack has no Painless, and a partial update needs none.)
 */
final class UpdateBodies {

    private static final byte[] MERGE_HEAD = "{\"doc\":".getBytes(StandardCharsets.UTF_8);
    private static final byte[] MERGE_TAIL = ",\"doc_as_upsert\":true}".getBytes(StandardCharsets.UTF_8);

    private UpdateBodies() {}

    /** The update action body of {@code operation}, which must be an {@link IndexOperation.Write#MERGE}. */
    static byte[] of(IndexOperation operation) {
        if (operation.write() != IndexOperation.Write.MERGE) {
            throw new IllegalArgumentException("an " + operation.write() + " write has no update body");
        }
        byte[] source = operation.source();
        ByteArrayOutputStream body = new ByteArrayOutputStream(MERGE_HEAD.length + source.length + MERGE_TAIL.length);
        body.writeBytes(MERGE_HEAD);
        body.writeBytes(source);
        body.writeBytes(MERGE_TAIL);
        return body.toByteArray();
    }
}
