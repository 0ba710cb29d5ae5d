package dev.rasd.bench.fault;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Faults injected one after the other, each once a given share of the articles has been published: a fault whose
 * moment has passed while the previous one was still under way starts as soon as that one is over.
 */
final class FaultSchedule {

    /** An action that may block (a restart) and fail. */
    @FunctionalInterface
    interface Action {
        void run() throws Exception;
    }

    private record Fault(double atShare, String name, Action action) {}

    private final List<Fault> faults = new ArrayList<>();
    private final AtomicInteger injected = new AtomicInteger();

    /** Adds a fault that starts once {@code atShare} (0..1) of the articles are published. */
    FaultSchedule at(double atShare, String name, Action action) {
        faults.add(new Fault(atShare, name, action));
        return this;
    }

    /**
     * Runs the faults on a new thread as {@code published} grows towards {@code total}.
     *
     * @param log receives one line per fault started and ended
     */
    Thread start(AtomicInteger published, int total, Consumer<String> log) {
        Thread thread = new Thread(() -> {
            try {
                for (Fault fault : faults) {
                    while (published.get() < fault.atShare() * total) {
                        Thread.sleep(50);
                    }
                    log.accept("fault start: " + fault.name() + " (" + published.get() + " published)");
                    fault.action().run();
                    log.accept("fault end:   " + fault.name() + " (" + published.get() + " published)");
                    injected.incrementAndGet();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                log.accept("fault FAILED, later faults skipped: " + e);
            }
        }, "fault-schedule");
        thread.start();
        return thread;
    }

    /** Whether every fault was injected and recovered from (its action returned); meaningful once the thread ended. */
    boolean allInjected() {
        return injected.get() == faults.size();
    }
}
