/**
 * The article contract shared by every Rasd service: the JSON records that travel on Kafka, the topic names,
 * and the Jackson serdes that read and write them.
 *
 * <p>Every record carries a {@code schemaVersion}; unknown fields are ignored on read, so services can be
 * upgraded one at a time.
 */
package dev.rasd.contract;
