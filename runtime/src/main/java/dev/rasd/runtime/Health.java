package dev.rasd.runtime;

import java.util.Map;

/**
 * A service's health as served on {@code /health}: healthy or not, with details such as "elasticsearch unavailable
 * since …" or consumer lag.
 *
 * @param healthy whether the service is doing its job
 * @param details what an operator wants to see, JSON-serialisable values
 */
public record Health(boolean healthy, Map<String, Object> details) {

    public Health {
        details = Map.copyOf(details);
    }

    /** Healthy, with details. */
    public static Health up(Map<String, Object> details) {
        return new Health(true, details);
    }

    /** Unhealthy, with details. */
    public static Health down(Map<String, Object> details) {
        return new Health(false, details);
    }
}
