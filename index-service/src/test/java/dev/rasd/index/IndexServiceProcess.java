package dev.rasd.index;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * Runs index-service alone in this JVM, configured from the environment, until the JVM is stopped; the kill test
 * starts it as a child process so it can be killed with SIGKILL, mid-batch, like a crashed production process.
 */
public final class IndexServiceProcess {

    private IndexServiceProcess() {}

    public static void main(String[] args) throws InterruptedException {
        IndexService service = new IndexService(IndexConfig.fromEnv(System.getenv()), new SimpleMeterRegistry());
        Runtime.getRuntime().addShutdownHook(new Thread(service::close));
        service.start();
        Thread.currentThread().join();
    }
}
