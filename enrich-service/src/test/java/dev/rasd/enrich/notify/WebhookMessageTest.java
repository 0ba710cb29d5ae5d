package dev.rasd.enrich.notify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rasd.contract.Alert;
import dev.rasd.contract.SchemaVersion;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebhookMessageTest {

    private static Alert alert(String url) {
        return new Alert(SchemaVersion.CURRENT, "beirut:s1", "beirut", "a1", "s1", url, "عاجل", "شريط عاجل", "ar",
                null, Instant.parse("2026-11-03T09:20:00Z"), List.of("بيروت"), "انفجار قرب ميناء «بيروت»",
                Instant.parse("2026-11-03T09:20:01Z"));
    }

    @Test
    void endsTheTextWithTheArticlesUrl() {
        assertThat(WebhookMessage.of(alert("https://example.com/a")).text())
                .isEqualTo("رصد | beirut: عاجل — شريط عاجل\nانفجار قرب ميناء «بيروت»\nhttps://example.com/a");
    }

    @Test
    void leavesTheUrlOutOfTheTextOfAnArticleWithoutOne() {
        WebhookMessage message = WebhookMessage.of(alert(null));

        assertThat(message.text()).isEqualTo("رصد | beirut: عاجل — شريط عاجل\nانفجار قرب ميناء «بيروت»");
        assertThat(message.url()).isNull();
    }
}
