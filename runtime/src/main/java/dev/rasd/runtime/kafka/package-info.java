/** The settings Rasd's Kafka producers, consumers and admin clients share. */
package dev.rasd.runtime.kafka;
