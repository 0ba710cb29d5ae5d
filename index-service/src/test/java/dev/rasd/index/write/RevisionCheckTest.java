package dev.rasd.index.write;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RevisionCheckTest {

    @Test
    void withNothingStoredTheRevisionCreatesTheDocument() {
        assertThat(RevisionCheck.of(0, null)).isEqualTo(RevisionCheck.CREATE);
        assertThat(RevisionCheck.of(3, null)).isEqualTo(RevisionCheck.CREATE);
    }

    @Test
    void aNewerRevisionIsWrittenOverTheOlderOne() {
        assertThat(RevisionCheck.of(2, new StoredArticle(5, 1, 1, "s1"))).isEqualTo(RevisionCheck.WRITE_OVER);
        assertThat(RevisionCheck.of(2, new StoredArticle(5, 1, 0, null))).isEqualTo(RevisionCheck.WRITE_OVER);
    }

    @Test
    void theSameRevisionOverwritesLikeARedelivery() {
        assertThat(RevisionCheck.of(1, new StoredArticle(5, 1, 1, "s1"))).isEqualTo(RevisionCheck.WRITE_OVER);
    }

    @Test
    void anyRevisionIsWrittenOverADocumentThatHasOnlyItsStory() {
        assertThat(RevisionCheck.of(0, new StoredArticle(0, 1, null, "s1"))).isEqualTo(RevisionCheck.WRITE_OVER);
    }

    @Test
    void anOlderRevisionLeavesANewerOneAsItIs() {
        assertThat(RevisionCheck.of(0, new StoredArticle(9, 2, 1, "s1"))).isEqualTo(RevisionCheck.SUPERSEDED);
        assertThat(RevisionCheck.of(1, new StoredArticle(9, 2, 4, "s1"))).isEqualTo(RevisionCheck.SUPERSEDED);
    }

    @Test
    void anOlderRevisionStillBringsItsStoryToANewerOneThatLacksIt() {
        assertThat(RevisionCheck.of(0, new StoredArticle(9, 2, 1, null))).isEqualTo(RevisionCheck.STORY_ONLY);
    }
}
