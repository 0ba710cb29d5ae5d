package dev.rasd.enrich.notify;

import java.time.Duration;

/**
 * Tries a delivery up to a number of attempts, waiting a backoff that doubles after each failed one: the one retry
 * rule of every channel.
 */
final class Retries {

    /** An attempt that failed in a way another attempt may not (a timeout, a busy server), with the reason. */
    static final class RetryableFailure extends Exception {
        RetryableFailure(String reason) {
            super(reason);
        }
    }

    /** One attempt: returns when delivered, throws {@link RetryableFailure} to try again, or a final refusal. */
    interface Attempt {
        void run() throws RetryableFailure, DeliveryFailedException, InterruptedException;
    }

    private final int attempts;
    private final Duration firstBackoff;

    /**
     * @param attempts how many times to try, at least 1
     * @param firstBackoff the wait after the first failure; it doubles after each
     */
    Retries(int attempts, Duration firstBackoff) {
        this.attempts = Math.max(1, attempts);
        this.firstBackoff = firstBackoff;
    }

    /**
     * Runs {@code attempt} until it succeeds, refuses for good, or fails {@code attempts} times.
     *
     * @param channel where it goes, for the reason, e.g. {@code "webhook example.org"}
     * @param subject what goes, e.g. {@code "alert w:s"}
     * @throws DeliveryFailedException a final refusal, or {@code "<channel> failed N times for <subject>; last:
     *     <reason>"}
     */
    void run(String channel, String subject, Attempt attempt) throws DeliveryFailedException, InterruptedException {
        String reason = "not attempted";
        Duration backoff = firstBackoff;
        for (int tried = 1; tried <= attempts; tried++) {
            try {
                attempt.run();
                return;
            } catch (RetryableFailure e) {
                reason = e.getMessage();
            }
            if (tried < attempts) {
                Thread.sleep(backoff.toMillis());
                backoff = backoff.multipliedBy(2);
            }
        }
        throw new DeliveryFailedException(channel + " failed " + attempts + " times for " + subject + "; last: "
                + reason);
    }
}
