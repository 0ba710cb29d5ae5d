package dev.rasd.ingest.fetch;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/** The one part of a {@code Cache-Control} response header that Rasd uses: {@code max-age}, a polling hint. */
public final class CacheControl {

    private CacheControl() {}

    /** The {@code max-age} of a Cache-Control header value; empty when absent, malformed, or {@code no-store}. */
    public static Optional<Duration> maxAge(String header) {
        if (header == null) {
            return Optional.empty();
        }
        Optional<Duration> maxAge = Optional.empty();
        for (String directive : header.split(",")) {
            String d = directive.strip().toLowerCase(Locale.ROOT);
            if (d.equals("no-store") || d.equals("no-cache")) {
                return Optional.empty();
            }
            if (d.startsWith("max-age=")) {
                String seconds = d.substring("max-age=".length()).replace("\"", "");
                try {
                    maxAge = Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(seconds))));
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
            }
        }
        return maxAge;
    }
}
