package org.diplograph;

/**
 * The one unchecked exception of the project. Checked exceptions are wrapped once, at the edge where
 * they occur, with their cause; the message says what failed and on which input, so that a command
 * can print it as it is.
 */
public class DiplographException extends RuntimeException {
    public DiplographException(String message) {
        super(message);
    }

    public DiplographException(String message, Throwable cause) {
        super(message, cause);
    }
}
