package dev.rasd.index.write;

import dev.rasd.index.document.IndexOperation;

/**
 * What to do with an article revision (a versioned {@link IndexOperation.Write#MERGE}) once the stored copy of its
 * document is known, so that the stored article never goes back to an older revision, while its story is still
 * merged whichever comes first.
 *
 * <p><b>Why this way.</b> Elasticsearch compares versions only on whole-document writes, which would erase a story
 * merged before, and the minimal distribution has no scripts to compare inside an update. So a revision is first
 * sent as a {@code create}, which succeeds whenever the document does not exist yet: a new article, with its story
 * or without, stays one write and no read. Only a create that finds the document there (a later revision, a
 * re-delivery, an article after its story) has it read, and is then written with {@code if_seq_no} and
 * {@code if_primary_term} over exactly the copy read, by this check; a write that finds the copy changed meanwhile
 * is read again. Every write of article content thus either creates the document or replaces a copy of an equal or
 * older revision, whatever the order of arrival, within a {@code _bulk} request, across requests in flight at once,
 * or across a restart; the story, the same for every revision, merges unversioned. (Keeping only the newest revision
 * per id in a batch would still need the conditional write across batches, and remembering recently seen ids would
 * miss revisions written before a restart: the create covers both.)
 */
public enum RevisionCheck {
    /** Nothing is stored (any more): create the document. */
    CREATE,
    /** The stored copy is of an equal or older revision, or only a story: merge over exactly that copy. */
    WRITE_OVER,
    /** A newer revision is stored, with its story: nothing is left to write. */
    SUPERSEDED,
    /** A newer revision is stored without a story yet: merge just the story the older revision carries, if any. */
    STORY_ONLY;

    /** What to do with a merge of article revision {@code revision} when the read found {@code stored} (or null). */
    public static RevisionCheck of(long revision, StoredArticle stored) {
        if (stored == null) {
            return CREATE;
        }
        if (stored.revision() == null || stored.revision() <= revision) {
            return WRITE_OVER;
        }
        return stored.storyId() == null ? STORY_ONLY : SUPERSEDED;
    }
}
