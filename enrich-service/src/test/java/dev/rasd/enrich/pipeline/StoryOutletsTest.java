package dev.rasd.enrich.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rasd.contract.Alert;
import dev.rasd.contract.SchemaVersion;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryOutletsTest {

    private static final Instant RAISED = Instant.parse("2026-03-10T06:00:00Z");
    private static final Instant LATER = Instant.parse("2026-03-10T09:00:00Z");

    private static Alert raised(int outlets) {
        return new Alert(SchemaVersion.CURRENT, "isis:s1", "isis", "a1", "s1", "https://a.test/1", "عنوان", "العربية",
                "ar", RAISED, RAISED, List.of("داعش"), "«داعش»", RAISED, Alert.Kind.NEW, outlets, RAISED, null);
    }

    @Test
    void aStoryCountsEachSourceOnceAndAnArticleWithoutSourceAsOneOutlet() {
        StoryOutlets story = StoryOutlets.none(0).carriedBy("العربية", 1).carriedBy("العربية", 2)
                .carriedBy("رويترز", 3).carriedBy(null, 4);
        assertThat(story.count()).isEqualTo(3);
        assertThat(story.seenAtMillis()).isEqualTo(4);
    }

    @Test
    void oneMoreOutletMakesTheSameAlertAFollowUpWithTheNewCountAndLastSeenTime() {
        StoryOutlets story = StoryOutlets.none(0).carriedBy("العربية", 1).carriedBy("رويترز", 2);
        Alert followUp = story.followUpOf(raised(1), LATER).orElseThrow();
        Alert original = raised(1);
        assertThat(followUp.kind()).isEqualTo(Alert.Kind.FOLLOW_UP);
        assertThat(followUp.outlets()).isEqualTo(2);
        assertThat(followUp.lastSeenAt()).isEqualTo(LATER);
        assertThat(followUp).usingRecursiveComparison().ignoringFields("kind", "outlets", "lastSeenAt")
                .isEqualTo(original);
    }

    @Test
    void noFollowUpWhileTheCountIsNotAboveTheAlerts() {
        StoryOutlets story = StoryOutlets.none(0).carriedBy("العربية", 1).carriedBy("رويترز", 2);
        assertThat(story.followUpOf(raised(2), LATER)).isEmpty();
        assertThat(story.followUpOf(raised(3), LATER)).as("an alert never goes back to fewer outlets").isEmpty();
    }

    @Test
    void theWatchesThatAlertedOnAStoryAreRememberedOnce() {
        StoryOutlets story = StoryOutlets.none(0).alertedBy("isis", 1).alertedBy("gaza", 2).alertedBy("isis", 3);
        assertThat(story.alertedWatches()).containsExactly("gaza", "isis");
        assertThat(story.count()).as("an alert is no outlet").isZero();
    }
}
