package clinic.cadence.roster;

/** How to read slash dates like {@code 03/04/2026} when the roster's order is known (--date-order). */
public enum DateOrder {
    DMY, MDY
}
