package dev.rasd.enrich.digest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rasd.contract.Alert;
import dev.rasd.contract.SchemaVersion;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

public class DigestStoryTest {

    public static Alert alert(String story, String title, String source, Alert.Kind kind, int outlets, String detectedAt,
            String lastSeenAt) {
        return new Alert(SchemaVersion.CURRENT, "isis:" + story, "isis", story + "-first", story,
                "https://" + story + ".test/", title, source, "ar", null, Instant.parse(detectedAt), List.of("داعش"),
                "تنظيم «داعش» في " + title, Instant.parse(detectedAt), kind, outlets, Instant.parse(lastSeenAt), null);
    }

    @Test
    void aDigestHasOneStoryPerAlertedStoryWithItsLatestOutletsAndTimes() {
        Alert coalition = alert("s1", "التحالف الدولي يهاجم داعش", "العربية", Alert.Kind.NEW, 1,
                "2026-03-10T06:10:00Z", "2026-03-10T06:10:00Z");
        Alert coalitionAgain = alert("s1", "التحالف الدولي يهاجم داعش", "العربية", Alert.Kind.FOLLOW_UP, 3,
                "2026-03-10T06:10:00Z", "2026-03-10T09:30:00Z");
        Alert iraq = alert("s2", "داعش في العراق", "رويترز", Alert.Kind.NEW, 1, "2026-03-10T07:00:00Z",
                "2026-03-10T07:00:00Z");

        List<DigestStory> stories = DigestStory.of(List.of(iraq, coalitionAgain, coalition));

        assertThat(stories).extracting(DigestStory::storyId).containsExactly("s1", "s2");
        DigestStory first = stories.getFirst();
        assertThat(first.title()).isEqualTo("التحالف الدولي يهاجم داعش");
        assertThat(first.sources()).containsExactly("العربية");
        assertThat(first.outlets()).isEqualTo(3);
        assertThat(first.firstSeenAt()).isEqualTo(Instant.parse("2026-03-10T06:10:00Z"));
        assertThat(first.lastSeenAt()).isEqualTo(Instant.parse("2026-03-10T09:30:00Z"));
        assertThat(first.snippet()).contains("«داعش»");
        assertThat(stories.get(1).outlets()).isEqualTo(1);
    }

    @Test
    void aDigestKeepsTheCopyOfAnAlertWithTheMostOutlets() {
        DigestSchedule.Period period = new DigestSchedule.Period(Instant.parse("2026-03-10T06:00:00Z"),
                Instant.parse("2026-03-11T06:00:00Z"));
        Digest digest = Digest.of("isis", period)
                .with(alert("s1", "عنوان", "العربية", Alert.Kind.NEW, 1, "2026-03-10T06:10:00Z", "2026-03-10T06:10:00Z"))
                .with(alert("s1", "عنوان", "العربية", Alert.Kind.FOLLOW_UP, 3, "2026-03-10T06:10:00Z",
                        "2026-03-10T08:00:00Z"))
                .with(alert("s1", "عنوان", "العربية", Alert.Kind.FOLLOW_UP, 2, "2026-03-10T06:10:00Z",
                        "2026-03-10T07:00:00Z"));
        assertThat(digest.alerts()).singleElement().extracting(Alert::outlets).isEqualTo(3);
        assertThat(digest.id()).isEqualTo("isis@2026-03-11T06:00:00Z");
    }
}
