package clinic.cadence.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import javax.xml.parsers.DocumentBuilderFactory;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

class TypefacesTest {
    private static final Typefaces TYPEFACES = Typefaces.load();

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(60),
                Arbitraries.strings().withChars("<>&\"' 王芳佐藤健김민준ΕλένηАннаZoëŁ\t\u0000\u001b\uFFFE").ofMaxLength(30));
    }

    /** Whatever a roster holds, the markup parses as XML and reads as the text (minus control characters). */
    @Property(tries = 500)
    void roster_text_becomes_well_formed_markup_that_reads_the_same(@ForAll("names") String text) throws Exception {
        String markup = TYPEFACES.lettering(text);
        Element p = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader("<p>" + markup + "</p>"))).getDocumentElement();
        String expected = text.replaceAll("[\\t\\n\\r]", " ").codePoints()
                .filter(cp -> !Character.isISOControl(cp) && cp != 0xFFFE && cp != 0xFFFF
                        && !(cp >= 0xD800 && cp <= 0xDFFF))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        assertEquals(expected, p.getTextContent());
    }
}
