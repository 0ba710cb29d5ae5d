package dev.rasd.enrich.pipeline;

/**
 * What the enrich step remembers of an article id, to tell re-deliveries from revisions.
 *
 * @param contentHash the content hash of the last version seen
 * @param revision the last revision number
 * @param seenAtMillis when the last version was seen, for retention
 */
record ArticleVersion(String contentHash, int revision, long seenAtMillis) {

    /** Whether {@code contentHash} is that of this version: a re-delivery, not a revision. */
    boolean hasContent(String contentHash) {
        return this.contentHash != null && this.contentHash.equals(contentHash);
    }
}
