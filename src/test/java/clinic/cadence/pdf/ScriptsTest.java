package clinic.cadence.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScriptsTest {
    private static final FontBook FONTS = FontBook.get();
    private static final Scripts SCRIPTS = new Scripts(FONTS);

    /** Runs as "FAMILY:text" (with "<" for right to left), left to right as drawn. */
    private static String runs(String text) {
        return SCRIPTS.letter(text).runs().stream()
                .map(r -> r.font() + (r.rightToLeft() ? "<" : "") + ":" + r.text())
                .collect(Collectors.joining(" | "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "Maria Rossi; LATIN:Maria Rossi",
            "Omar عمر; LATIN:Omar  | ARABIC<:عمر",
            // A right-to-left name: its first word on the right; a number in it reads left to right.
            "عمر السيد; ARABIC<:عمر السيد",
            "עמית 12; 'HEBREW:12 | HEBREW<:עמית '",  // the space stays in the word's run
            "王芳 Wang; CJK:王芳  | LATIN:Wang",
            "प्रिया; DEVANAGARI:प्रिया",
            "Mia 🌸; LATIN:Mia  | EMOJI:🌸",
            // The emoji font's space is an emoji wide: spaces around an emoji stay in the text's font.
            "Mia 🌸 Lee 1️⃣; LATIN:Mia  | EMOJI:🌸 | LATIN: Lee  | EMOJI:1️⃣",
            "Ἀλέξανδρος; LATIN:Ἀλέξανδρος",
            // A name inside the page's English sentence: the name right to left, the sentence in order.
            "عمر السيد · plan of 23 November; ARABIC<:عمر السيد | ARABIC: ·  | LATIN:plan of 23 November",
    })
    void each_run_has_one_font_and_one_direction_in_visual_order(String text, String expected) {
        assertEquals(expected, runs(text));
    }

    /** In a dir="rtl" element the page reads right to left: the Latin word goes to the left end. */
    @org.junit.jupiter.api.Test
    void an_element_marked_right_to_left_orders_its_words_right_to_left() throws Exception {
        org.w3c.dom.Document page = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new org.xml.sax.InputSource(new java.io.StringReader(
                        "<html><body><p dir='rtl'>Omar عمر</p><p>Omar عمر</p></body></html>")));
        SCRIPTS.apply(page);
        org.w3c.dom.NodeList ps = page.getElementsByTagName("p");
        assertEquals("عمر Omar", ps.item(0).getTextContent());
        assertEquals("Omar عمر", ps.item(1).getTextContent());
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars("aZé ἈΩЖ王김عمرדוदि्षবਗதไგԱአ🌸\u200d\ufe0f12.,()\u0301\uD80C\uDC00")
                .ofMaxLength(24);
    }

    /** Nothing is lost: every character is drawn by a font that has it, or replaced and reported. */
    @Property(tries = 300)
    void every_character_is_drawn_by_a_font_that_has_it_or_reported(@ForAll("texts") String text) {
        Scripts.Lettered lettered = SCRIPTS.letter(text);
        for (Scripts.Run run : lettered.runs()) {
            run.text().codePoints().forEach(cp -> assertTrue(FONTS.covers(run.font(), cp),
                    run.font() + " lacks U+" + Integer.toHexString(cp) + " in " + run));
        }
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        List<Integer> expected = nfc.codePoints()
                .filter(cp -> !(cp == 0x200D || cp == 0xFE0F) || drawnCount(lettered, cp) > 0)
                .map(cp -> lettered.missing().contains(cp) ? Scripts.REPLACEMENT : cp).sorted().boxed().toList();
        List<Integer> drawn = lettered.runs().stream().flatMapToInt(r -> r.text().codePoints()).sorted().boxed()
                .toList();
        assertEquals(expected, drawn);
        nfc.codePoints().filter(cp -> cp == 0x13000).forEach(cp -> assertTrue(lettered.missing().contains(cp)));
    }

    private static long drawnCount(Scripts.Lettered lettered, int cp) {
        return lettered.runs().stream().flatMapToInt(r -> r.text().codePoints()).filter(c -> c == cp).count();
    }
}
