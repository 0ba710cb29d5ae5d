package dev.rasd.enrich.notify;

import static dev.rasd.enrich.digest.DigestStoryTest.alert;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rasd.contract.Alert;
import dev.rasd.enrich.digest.Digest;
import dev.rasd.enrich.digest.DigestSchedule;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private static final ZoneId RIYADH = ZoneId.of("Asia/Riyadh");

    private static Digest digest() {
        return Digest.of("isis", new DigestSchedule.Period(Instant.parse("2026-03-09T06:00:00Z"),
                        Instant.parse("2026-03-10T06:00:00Z")))
                .with(alert("s1", "التحالف الدولي يهاجم <داعش> & حلفاءه", "العربية", Alert.Kind.NEW, 1,
                        "2026-03-09T07:10:00Z", "2026-03-09T07:10:00Z"))
                .with(alert("s2", "داعش في العراق", "رويترز", Alert.Kind.NEW, 1, "2026-03-09T08:00:00Z",
                        "2026-03-09T08:00:00Z"))
                .with(alert("s1", "التحالف الدولي يهاجم <داعش> & حلفاءه", "العربية", Alert.Kind.FOLLOW_UP, 4,
                        "2026-03-09T07:10:00Z", "2026-03-09T12:45:00Z"));
    }

    @Test
    void aDigestsTextListsEachStoryOnceWithItsOutletsAndLocalTimes() {
        OutgoingMessage message = Messages.ofDigest(digest(), RIYADH);
        assertThat(message.id()).isEqualTo("isis@2026-03-10T06:00:00Z");
        assertThat(message.subject()).isEqualTo(
                "رصد | ملخص isis: 2 stories, 2026-03-09 09:00 → 2026-03-10 09:00 (Asia/Riyadh)");
        String text = message.text();
        assertThat(text).containsOnlyOnce(". التحالف الدولي يهاجم <داعش> & حلفاءه\n")
                .containsOnlyOnce(". داعش في العراق\n");
        assertThat(text.indexOf("1. التحالف الدولي")).isLessThan(text.indexOf("2. داعش في العراق"));
        assertThat(text).contains("العربية — now carried by 4 outlets", "رويترز — carried by 1 outlet",
                "first seen 2026-03-09 10:10, last seen 2026-03-09 15:45", "https://s1.test/");
    }

    @Test
    void aDigestsHtmlIsRightToLeftUtf8WithTheArabicIntactAndEscaped() {
        String html = Messages.ofDigest(digest(), RIYADH).html();
        assertThat(html).contains("<html dir=\"rtl\" lang=\"ar\">", "<meta charset=\"UTF-8\">",
                "<a href=\"https://s1.test/\">التحالف الدولي يهاجم &lt;داعش&gt; &amp; حلفاءه</a>",
                "تنظيم «داعش» في داعش في العراق", "now carried by 4 outlets");
        assertThat(html).doesNotContain("<داعش>");
        assertThat(html.split("<li>")).hasSize(3);
    }

    @Test
    void aDigestsWebhookBodyCarriesTheTextAndTheStories() {
        OutgoingMessage message = Messages.ofDigest(digest(), RIYADH);
        DigestWebhookMessage body = (DigestWebhookMessage) message.webhookBody();
        assertThat(body.text()).isEqualTo(message.text());
        assertThat(body.stories()).extracting(s -> s.outlets()).containsExactly(4, 1);
    }

    @Test
    void aFollowUpSaysHowManyOutletsNowCarryTheStoryAndANewAlertDoesNot() {
        Alert followUp = alert("s1", "التحالف الدولي", "العربية", Alert.Kind.FOLLOW_UP, 5, "2026-03-09T07:10:00Z",
                "2026-03-09T12:45:00Z");
        OutgoingMessage message = Messages.ofAlert(followUp);
        assertThat(message.id()).isEqualTo("isis:s1");
        assertThat(message.text()).contains("now carried by 5 outlets", "التحالف الدولي — العربية");
        assertThat(message.html()).contains("dir=\"rtl\"", "now carried by 5 outlets");
        Alert first = alert("s1", "التحالف الدولي", "العربية", Alert.Kind.NEW, 1, "2026-03-09T07:10:00Z",
                "2026-03-09T07:10:00Z");
        assertThat(Messages.ofAlert(first).text()).doesNotContain("carried by");
    }
}
