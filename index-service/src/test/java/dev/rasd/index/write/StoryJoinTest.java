package dev.rasd.index.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rasd.index.write.StoryJoin.Alone;
import dev.rasd.index.write.StoryJoin.Joined;
import dev.rasd.index.write.StoryJoin.Side;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class StoryJoinTest {

    private static final Duration WAIT = Duration.ofMillis(500);
    private static final Duration BACKLOG_WAIT = Duration.ofSeconds(10);

    private Instant now = Instant.parse("2026-11-03T10:00:00Z");
    private final StoryJoin<String> join = new StoryJoin<>(WAIT, BACKLOG_WAIT, 3, () -> now);

    @Test
    void anArticleWaitsForItsAssignmentAndLeavesWithIt() {
        assertThat(join.article("a1", "article a1")).isEmpty();
        assertThat(join.heldArticles()).isEqualTo(1);

        assertThat(join.assignment("a1", "story of a1")).containsExactly(new Joined<>("article a1", "story of a1"));
        assertThat(join.heldArticles()).isZero();
        assertThat(join.nextDeadline()).isNull();
    }

    @Test
    void anAssignmentThatCameFirstWaitsForItsArticle() {
        assertThat(join.assignment("a1", "story of a1")).isEmpty();
        assertThat(join.heldAssignments()).isEqualTo(1);

        assertThat(join.article("a1", "article a1")).containsExactly(new Joined<>("article a1", "story of a1"));
        assertThat(join.heldAssignments()).isZero();
    }

    @Test
    void recordsOfOtherDocumentsDoNotPair() {
        join.article("a1", "article a1");

        assertThat(join.assignment("a2", "story of a2")).isEmpty();
        assertThat(join.heldArticles()).isEqualTo(1);
        assertThat(join.heldAssignments()).isEqualTo(1);
    }

    @Test
    void whenTheWaitRunsOutTheRecordLeavesAloneInArrivalOrder() {
        join.article("a1", "article a1");
        now = now.plusMillis(100);
        join.assignment("a2", "story of a2");
        assertThat(join.nextDeadline()).isEqualTo(now.minusMillis(100).plus(WAIT));

        now = now.plusMillis(399);
        assertThat(join.expired(false, false)).isEmpty();
        now = now.plusMillis(1);
        assertThat(join.expired(false, false)).containsExactly(new Alone<>(Side.ARTICLE, "article a1"));
        now = now.plusMillis(100);
        assertThat(join.expired(false, false)).containsExactly(new Alone<>(Side.ASSIGNMENT, "story of a2"));
        assertThat(join.nextDeadline()).isNull();

        assertThat(join.assignment("a1", "story of a1")).as("too late for its article: held in its turn").isEmpty();
    }

    @Test
    void whileTheCounterpartsTopicIsBehindARecordWaitsUpToTheBacklogWait() {
        join.article("a1", "article a1");
        join.assignment("a2", "story of a2");
        now = now.plus(WAIT);

        assertThat(join.expired(true, true)).isEmpty();
        assertThat(join.expired(true, false)).as("the stories topic is read up to date: a1's story is not coming")
                .containsExactly(new Alone<>(Side.ARTICLE, "article a1"));
        now = now.plus(BACKLOG_WAIT).minus(WAIT).minusMillis(1);
        assertThat(join.expired(true, true)).isEmpty();
        now = now.plusMillis(1);
        assertThat(join.expired(true, true)).containsExactly(new Alone<>(Side.ASSIGNMENT, "story of a2"));
    }

    @Test
    void aSecondArticleOfTheSameDocumentReleasesTheFirstAndTakesItsPlace() {
        join.article("a1", "revision 0");
        now = now.plusMillis(300);

        assertThat(join.article("a1", "revision 1")).containsExactly(new Alone<>(Side.ARTICLE, "revision 0"));
        assertThat(join.heldArticles()).isEqualTo(1);
        assertThat(join.nextDeadline()).as("the new one waits its whole wait").isEqualTo(now.plus(WAIT));
        assertThat(join.assignment("a1", "story of a1")).containsExactly(new Joined<>("revision 1", "story of a1"));
    }

    @Test
    void aSecondAssignmentOfTheSameDocumentReleasesTheFirst() {
        join.assignment("a1", "story, first delivery");

        assertThat(join.assignment("a1", "story, second delivery"))
                .containsExactly(new Alone<>(Side.ASSIGNMENT, "story, first delivery"));
        assertThat(join.article("a1", "article a1"))
                .containsExactly(new Joined<>("article a1", "story, second delivery"));
    }

    @Test
    void whenFullARecordThatPairsWithNoneLeavesAtOnceAndOneThatPairsStillPairs() {
        join.article("a1", "article a1");
        join.article("a2", "article a2");
        join.assignment("a3", "story of a3");

        assertThat(join.article("a4", "article a4")).containsExactly(new Alone<>(Side.ARTICLE, "article a4"));
        assertThat(join.assignment("a1", "story of a1")).containsExactly(new Joined<>("article a1", "story of a1"));
        assertThat(join.article("a5", "article a5")).as("room again").isEmpty();
    }

    @Test
    void releaseAllEmptiesTheJoin() {
        join.assignment("a2", "story of a2");
        join.article("a1", "article a1");

        assertThat(join.releaseAll()).containsExactlyInAnyOrder(new Alone<>(Side.ASSIGNMENT, "story of a2"),
                new Alone<>(Side.ARTICLE, "article a1"));
        assertThat(join.heldArticles()).isZero();
        assertThat(join.heldAssignments()).isZero();
        assertThat(join.nextDeadline()).isNull();
    }

    @Test
    void aZeroWaitHoldsNothing() {
        StoryJoin<String> disabled = new StoryJoin<>(Duration.ZERO, BACKLOG_WAIT, 3, () -> now);

        assertThat(disabled.article("a1", "article a1")).containsExactly(new Alone<>(Side.ARTICLE, "article a1"));
        assertThat(disabled.assignment("a1", "story of a1"))
                .containsExactly(new Alone<>(Side.ASSIGNMENT, "story of a1"));
        assertThat(disabled.nextDeadline()).isNull();
    }

    @Test
    void rejectsANegativeWaitAShorterBacklogWaitAndNoRoom() {
        assertThatThrownBy(() -> new StoryJoin<>(Duration.ofMillis(-1), BACKLOG_WAIT, 3, () -> now))
                .hasMessageContaining("negative");
        assertThatThrownBy(() -> new StoryJoin<>(WAIT, WAIT.minusMillis(1), 3, () -> now))
                .hasMessageContaining("shorter");
        assertThatThrownBy(() -> new StoryJoin<>(WAIT, BACKLOG_WAIT, 0, () -> now)).hasMessageContaining("capacity");
    }
}
