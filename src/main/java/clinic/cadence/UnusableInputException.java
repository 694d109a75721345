package clinic.cadence;

/**
 * An input, the rulebook, the settings or a template cannot be used at all (exit status 3).
 *
 * <p>The message is the whole story for the clinic manager: one line that names the file and what
 * is wrong with it. It is printed as is, never with a stack trace, and nothing is written.
 */
public class UnusableInputException extends RuntimeException {
    public UnusableInputException(String oneLineMessage) {
        super(oneLineMessage);
    }

    public UnusableInputException(String oneLineMessage, Throwable cause) {
        super(oneLineMessage, cause);
    }
}
