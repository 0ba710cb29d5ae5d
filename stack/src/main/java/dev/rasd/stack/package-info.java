/**
 * The embedded stack: a real single-node Kafka broker (KRaft, in-process) and a real Elasticsearch (a child
 * process running as an unprivileged user), started by the {@code rasd} launcher and by the integration tests.
 */
package dev.rasd.stack;
