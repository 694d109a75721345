package clinic.cadence.send;

/** The exit statuses of {@code cadence send}, for scripts (README, "Sending the outbox"). */
enum SendStatus {
    /** Every message of the outbox has been accepted by the server, now or by an earlier send. */
    ALL_SENT(0),
    /** Some were not: refused, unknown, still to retry, held by the daily cap, or unreadable; listed. */
    NOT_ALL_SENT(1),
    /** Bad command line. */
    BAD_COMMAND_LINE(2),
    /** The settings, the password or the outbox cannot be used; nothing sent. */
    BAD_SETTINGS(3),
    /** The ledger cannot be written, or another send holds it. */
    LEDGER_FAILED(4),
    /** Cannot connect, set up TLS or log in (or the connection was lost and could not be made again). */
    CANNOT_CONNECT(5);

    private final int code;

    SendStatus(int code) {
        this.code = code;
    }

    int code() {
        return code;
    }
}
