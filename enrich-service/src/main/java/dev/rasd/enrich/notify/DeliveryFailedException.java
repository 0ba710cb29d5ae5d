package dev.rasd.enrich.notify;

/** Why a message could not be delivered by a channel, after its last attempt or a final refusal. */
public final class DeliveryFailedException extends Exception {

    DeliveryFailedException(String message) {
        super(message);
    }
}
