package clinic.cadence.run;

/** The run's outputs could not be written (exit status 4); the message is one line for the manager. */
final class OutputException extends RuntimeException {
    OutputException(String message) {
        super(message);
    }

    OutputException(String message, Throwable cause) {
        super(message, cause);
    }
}
