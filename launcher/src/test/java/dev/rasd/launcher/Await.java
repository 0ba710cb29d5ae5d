package dev.rasd.launcher;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waiting in the end-to-end tests for what the running services do, asking every 200 ms. */
final class Await {

    private Await() {}

    /** Returns once {@code condition} holds; fails the test when it does not within {@code timeout}. */
    static void awaitTrue(Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within " + timeout);
            }
            Thread.sleep(200);
        }
    }
}
