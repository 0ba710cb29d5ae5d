package dev.rasd.ingest.poll;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rasd.contract.JsonSerde;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedCheckpointTest {

    private static final JsonSerde<FeedCheckpoint> SERDE = JsonSerde.of(FeedCheckpoint.class);

    @Test
    void aCheckpointStoredBeforeTheRhythmExistedReadsWithAnEmptyRhythmAndNotSilent() {
        byte[] stored = """
                {"feedId":"f","configuredUrl":"https://a.example/rss","url":"https://a.example/rss",
                 "consecutiveFailures":0,"httpStatus":200,"seen":"","gone":false}""".getBytes(StandardCharsets.UTF_8);

        FeedCheckpoint checkpoint = SERDE.deserialize("t", stored);

        assertThat(checkpoint.rhythm().times()).isEmpty();
        assertThat(checkpoint.silent()).isFalse();
    }

    @Test
    void theRhythmAndSilenceSurviveTheStateTopic() {
        Instant published = Instant.parse("2026-03-01T12:00:00Z");
        FeedCheckpoint initial = FeedCheckpoint.initial("f", "https://a.example/rss");
        FeedCheckpoint checkpoint = new FeedCheckpoint("f", initial.url(), initial.url(), null, null, 0, null, null,
                200, published, published, null, null, null, null, "", false,
                new PublicationRhythm(List.of(published)), true);

        assertThat(SERDE.deserialize("t", SERDE.serialize("t", checkpoint))).isEqualTo(checkpoint);
    }
}
