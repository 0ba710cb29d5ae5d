package dev.rasd.ingest.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rasd.ingest.check.FeedCheck.Status;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedCheckTableTest {

    @Test
    void alignsTheColumnsAndCountsTheEnabledFeedsThatFail() {
        String table = FeedCheckTable.render(List.of(
                new FeedCheck("bbc-arabic", true, Status.OK, 200, 12, Instant.parse("2026-05-01T12:30:00Z"), "UTF-8",
                        null),
                new FeedCheck("petra", false, Status.FAILED, null, 0, null, null, "petra.gov.jo: timed out"),
                new FeedCheck("okaz", true, Status.HTTP_ERROR, 403, 0, null, null, "HTTP 403 from https://okaz/")));

        assertThat(table).isEqualTo("""
                id          enabled  status      http  items  newest                encoding  error
                bbc-arabic  yes      ok          200   12     2026-05-01T12:30:00Z  UTF-8
                petra       no       failed      -     -      -                     -         petra.gov.jo: timed out
                okaz        yes      http-error  403   -      -                     -         HTTP 403 from https://okaz/
                3 feeds checked: 1 ok, 1 enabled feed failing
                """);
    }
}
