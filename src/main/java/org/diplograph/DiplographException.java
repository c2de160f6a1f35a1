package org.diplograph;

/**
 * The one unchecked exception family of the project.
 *
 * <p>Checked exceptions (I/O, parsing) are wrapped once, where they cross from a library into the
 * project, with the original kept as the cause; the message says what could not be done and to
 * which file or resource, so that the command line can print it as is.
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
