package org.diplograph;

/**
 * The project's one unchecked exception. Checked exceptions are wrapped once, where they cross into
 * project code, with their cause kept; the message says which input or resource is at fault.
 */
public class DiplographException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DiplographException(String message) {
        super(message);
    }

    public DiplographException(String message, Throwable cause) {
        super(message, cause);
    }
}
