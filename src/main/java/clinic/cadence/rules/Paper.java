package clinic.cadence.rules;

/** The plan PDF's paper size. */
public enum Paper {
    A4, LETTER
}
