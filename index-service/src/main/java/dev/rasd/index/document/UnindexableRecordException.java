package dev.rasd.index.document;

/** A Kafka record that cannot become a document: not valid JSON, or lacking what the document needs. */
public final class UnindexableRecordException extends Exception {

    /** A failure whose message is the one-line reason written to the dead letter. */
    public UnindexableRecordException(String reason) {
        super(reason);
    }

    /** A failure caused by {@code cause}. */
    public UnindexableRecordException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
