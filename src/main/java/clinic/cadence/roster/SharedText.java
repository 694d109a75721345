package clinic.cadence.roster;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The workbook's shared strings (the text of its text cells) as plain strings. POI's
 * ReadOnlySharedStringsTable builds an XMLBeans rich-text object on every lookup, which profiling
 * showed to be most of the time spent reading a roster; the roster needs only the text. Parsed
 * with POI's hardened XML reader. Phonetic guides (rPh) are not part of a cell's text.
 */
final class SharedText extends DefaultHandler {
    private final List<String> strings = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private boolean inText;
    private boolean inPhonetic;

    private SharedText() {
    }

    static List<String> of(XSSFReader reader) throws Exception {
        SharedText handler = new SharedText();
        InputStream xml;
        try {
            xml = reader.getSharedStringsData();
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            return handler.strings; // a workbook with no text cells has no shared strings part
        }
        if (xml == null) {
            return handler.strings;
        }
        try (InputStream in = xml) {
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(handler);
            parser.parse(new InputSource(in));
        }
        return handler.strings;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (localName) {
            case "si":
                text.setLength(0);
                break;
            case "t":
                inText = !inPhonetic;
                break;
            case "rPh":
                inPhonetic = true;
                break;
            default:
                break;
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (localName) {
            case "si":
                strings.add(text.toString());
                break;
            case "t":
                inText = false;
                break;
            case "rPh":
                inPhonetic = false;
                break;
            default:
                break;
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inText) {
            text.append(ch, start, length);
        }
    }
}
