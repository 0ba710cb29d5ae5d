package dev.rasd.index.write;

/**
 * What a read found of an article's document: which copy it is, to write over exactly that one, and what of the
 * article it holds.
 *
 * @param seqNo the copy's {@code _seq_no}
 * @param primaryTerm the copy's {@code _primary_term}
 * @param revision the revision of the article in it, or null in a bare document that only has its story so far
 * @param storyId its story, or null while none was merged
 */
public record StoredArticle(long seqNo, long primaryTerm, Integer revision, String storyId) {}
