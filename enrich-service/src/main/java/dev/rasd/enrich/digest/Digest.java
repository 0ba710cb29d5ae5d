package dev.rasd.enrich.digest;

import dev.rasd.contract.Alert;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The alerts of one watch in one digest period, each as last written (a follow-up replaces the alert it updates):
 * gathered in enrich-service's state store while the period runs, then the value of one record of the digests
 * topic, keyed by watch id, when it is over. Immutable.
 *
 * @param watchId the watch
 * @param periodStart the first instant of the period
 * @param periodEnd the first instant after it, when the digest is due
 * @param alerts the latest copy of every alert of the period, in the order they were first gathered
 */
public record Digest(String watchId, Instant periodStart, Instant periodEnd, List<Alert> alerts) {

    public Digest {
        Objects.requireNonNull(watchId, "watchId");
        alerts = alerts == null ? List.of() : List.copyOf(alerts);
    }

    /** An empty digest of {@code watchId} for {@code period}. */
    public static Digest of(String watchId, DigestSchedule.Period period) {
        return new Digest(watchId, period.start(), period.end(), List.of());
    }

    /** The digest id: the watch and the end of the period, the same on every delivery of the digest. */
    public String id() {
        return watchId + "@" + periodEnd;
    }

    /**
     * This digest with {@code alert}: added, or replacing the copy of the same alert it holds when it has at least
     * as many outlets (a follow-up never gives way to an older copy).
     */
    public Digest with(Alert alert) {
        List<Alert> updated = new ArrayList<>(alerts);
        for (int i = 0; i < updated.size(); i++) {
            if (updated.get(i).id().equals(alert.id())) {
                if (alert.outlets() >= updated.get(i).outlets()) {
                    updated.set(i, alert);
                }
                return new Digest(watchId, periodStart, periodEnd, updated);
            }
        }
        updated.add(alert);
        return new Digest(watchId, periodStart, periodEnd, updated);
    }
}
