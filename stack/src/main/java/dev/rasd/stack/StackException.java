package dev.rasd.stack;

/**
 * The stack could not start or keep running. The message is written for the person at the terminal: one line
 * that says what went wrong and, where there is one, what to change.
 */
public class StackException extends RuntimeException {

    public StackException(String message) {
        super(message);
    }

    public StackException(String message, Throwable cause) {
        super(message, cause);
    }
}
