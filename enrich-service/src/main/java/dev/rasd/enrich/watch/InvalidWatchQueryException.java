package dev.rasd.enrich.watch;

/** A watch query that is not valid Lucene classic syntax, with the parser's reason. */
public final class InvalidWatchQueryException extends RuntimeException {

    public InvalidWatchQueryException(String query, String reason) {
        super("invalid watch query '" + query + "': " + reason);
    }
}
