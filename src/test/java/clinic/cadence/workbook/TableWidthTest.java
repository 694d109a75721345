package clinic.cadence.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;

/**
 * Column widths are measured from the number of characters a number shows, counted without
 * formatting each number: the count must be what formatting gives, or widths would change.
 */
class TableWidthTest {

    @Property(tries = 2000)
    void hoursCountAsManyCharactersAsTheyFormatTo(@ForAll double value) {
        assertTwoDecimals(value);
    }

    @Property(tries = 2000)
    void hoursInAWorkbooksRangeCountAsManyCharactersAsTheyFormatTo(
            @ForAll @DoubleRange(min = -1e6, max = 1e6) double value) {
        assertTwoDecimals(value);
    }

    /** Minutes over 60, as the demand sheets write hours: every fraction a whole minute gives. */
    @Property(tries = 2000)
    void hoursFromMinutesCountAsManyCharactersAsTheyFormatTo(
            @ForAll @LongRange(min = 0, max = 100_000_000) long minutes) {
        assertTwoDecimals(minutes / 60.0);
    }

    @Example
    void valuesThatRoundUpToAnotherDigitOrAreNotOrdinaryNumbers() {
        for (double value : new double[] {0, -0.0, 0.004, 0.005, 0.994, 0.995, 0.996, 9.994, 9.995, 9.996, 99.995,
            99.999, 999.9951, -0.001, -9.996, 0.125, 37.5, 1e15 - 0.5, 1e15, 9.2e18, Double.NaN,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MAX_VALUE, Double.MIN_VALUE}) {
            assertTwoDecimals(value);
            assertWhole(value);
        }
    }

    @Property(tries = 2000)
    void countsCountAsManyCharactersAsTheyFormatTo(@ForAll double value) {
        assertWhole(value);
    }

    @Property(tries = 1000)
    void wholeCountsCountAsManyCharactersAsTheyFormatTo(@ForAll int value) {
        assertWhole(value);
    }

    private static void assertTwoDecimals(double value) {
        assertEquals(String.format("%.2f", value).length(), Table.twoDecimalsChars(value), () -> "for " + value);
    }

    private static void assertWhole(double value) {
        assertEquals(Long.toString(Math.round(value)).length(), Table.wholeChars(value), () -> "for " + value);
    }
}
