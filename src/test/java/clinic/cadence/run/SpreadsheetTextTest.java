package clinic.cadence.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpreadsheetTextTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '>', quoteCharacter = '"', value = {
        "=HYPERLINK(\"http://x\")>'=HYPERLINK(\"http://x\")",
        "+cmd|' /C calc'!A0>'+cmd|' /C calc'!A0",
        "-2+3>'-2+3",
        "@SUM(A1)>'@SUM(A1)",
        "-3>-3",
        "+44.5>+44.5",
        "Zoë Hartley>Zoë Hartley",
        "a=b>a=b",
    })
    void textThatASpreadsheetWouldRunGetsALeadingQuote(String text, String written) {
        assertEquals(written, SpreadsheetText.safe(text));
    }

    @org.junit.jupiter.api.Test
    void tabAndCarriageReturnStartsAreEscapedToo() {
        assertEquals("'\tx", SpreadsheetText.safe("\tx"));
        assertEquals("'\rx", SpreadsheetText.safe("\rx"));
        assertEquals("", SpreadsheetText.safe(""));
    }
}
