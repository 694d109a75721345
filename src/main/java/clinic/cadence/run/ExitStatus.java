package clinic.cadence.run;

/** The exit statuses scripts and schedulers rely on (outputs.md), decided here and only here. */
enum ExitStatus {
    /** Every active row planned. */
    PLANNED(0),
    /** The run finished but rows were rejected (with --strict: nothing written). */
    ROWS_REJECTED(1),
    /** Bad command line. */
    BAD_COMMAND_LINE(2),
    /** An input, the rulebook, the settings or a template cannot be used at all; nothing written. */
    UNUSABLE_INPUT(3),
    /** The outputs could not be written (disk full, no permission) or Cadence itself failed. */
    FAILED(4),
    /**
     * The run looks like a broken export next to the run it would replace (most rows rejected, most
     * clients gone, the plan date far off): nothing written, the last run kept; --replace-anyway overrides.
     */
    LOOKS_BROKEN(5);

    private final int code;

    ExitStatus(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
