package clinic.cadence.pdf;

import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfStream;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;

/**
 * Makes a plan a PDF/A-2b document, so it can be kept in a client's record and still be read as
 * it was in years to come: an sRGB output intent, and XMP metadata that says PDF/A-2b and repeats
 * the document information (title, producer, dates) exactly. Every font is embedded and without
 * a CIDSet ({@link FontBook}); no character is drawn with a missing glyph ({@link Scripts}).
 * Flying Saucer writes no structure tree, so the plan is level B (its look is preserved), not A.
 */
final class Archival {
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    private static final String SRGB_NAME = "sRGB IEC61966-2.1";
    private static final byte[] SRGB_DEFLATED = Deflated.of(SRGB, Deflater.BEST_COMPRESSION);

    private Archival() {
    }

    /** Call last before the document closes: the XMP copies the document information as it is then. */
    static void apply(PdfWriter writer) {
        // The dictionary OpenPDF's setOutputIntents writes, but with the profile compressed once per
        // run: OpenPDF would parse and compress the same 7 KB again for every plan.
        PdfStream profile = new PdfStream(SRGB_DEFLATED);
        profile.put(PdfName.FILTER, PdfName.FLATEDECODE);
        profile.put(PdfName.N, new PdfNumber(3));
        profile.put(PdfName.ALTERNATE, PdfName.DEVICERGB);
        PdfDictionary intent = new PdfDictionary(PdfName.OUTPUTINTENT);
        intent.put(PdfName.OUTPUTCONDITIONIDENTIFIER, new PdfString(SRGB_NAME, PdfObject.TEXT_UNICODE));
        intent.put(PdfName.REGISTRYNAME, new PdfString("http://www.color.org", PdfObject.TEXT_UNICODE));
        intent.put(PdfName.INFO, new PdfString(SRGB_NAME, PdfObject.TEXT_UNICODE));
        try {
            intent.put(PdfName.DESTOUTPUTPROFILE, writer.addToBody(profile).getIndirectReference());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        intent.put(PdfName.S, PdfName.GTS_PDFA1); // PDF/A's subtype, all parts
        writer.getExtraCatalog().put(PdfName.OUTPUTINTENTS, new PdfArray(intent));
        writer.setXmpMetadata(xmp(writer.getInfo()).getBytes(StandardCharsets.UTF_8));
    }

    private static String xmp(PdfDictionary info) {
        StringBuilder x = new StringBuilder(1024);
        x.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
                .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
                .append("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
                .append("<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\"")
                .append(" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"")
                .append(" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n")
                .append("<pdfaid:part>2</pdfaid:part>\n<pdfaid:conformance>B</pdfaid:conformance>\n")
                .append("<dc:format>application/pdf</dc:format>\n");
        String title = text(info, PdfName.TITLE);
        if (title != null) {
            x.append("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(Typefaces.escape(title))
                    .append("</rdf:li></rdf:Alt></dc:title>\n");
        }
        element(x, "pdf:Producer", text(info, PdfName.PRODUCER));
        element(x, "xmp:CreateDate", date(text(info, PdfName.CREATIONDATE)));
        element(x, "xmp:ModifyDate", date(text(info, PdfName.MODDATE)));
        return x.append("</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>").toString();
    }

    private static void element(StringBuilder x, String name, String value) {
        if (value != null) {
            x.append('<').append(name).append('>').append(Typefaces.escape(value)).append("</").append(name).append(">\n");
        }
    }

    private static String text(PdfDictionary info, PdfName key) {
        PdfObject value = info.get(key);
        return value instanceof PdfString s ? s.toUnicodeString() : null;
    }

    /** A PDF date {@code D:20261123000000Z} as XMP writes it, {@code 2026-11-23T00:00:00Z}. */
    private static String date(String pdfDate) {
        if (pdfDate == null || pdfDate.length() < 16) {
            return null;
        }
        String d = pdfDate.substring(2);
        return d.substring(0, 4) + "-" + d.substring(4, 6) + "-" + d.substring(6, 8) + "T" + d.substring(8, 10) + ":"
                + d.substring(10, 12) + ":" + d.substring(12, 14) + "Z";
    }
}
