package clinic.cadence.pdf;

import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfLiteral;
import com.lowagie.text.pdf.PdfName;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HexFormat;
import java.util.TimeZone;
import org.xhtmlrenderer.pdf.DefaultPDFCreationListener;
import org.xhtmlrenderer.pdf.ITextRenderer;

/**
 * Makes the same plan give the same bytes: OpenPDF would stamp the clock's time as the creation
 * and modification dates and a time-based random /ID. Here the dates are the plan's as-of date
 * (midnight UTC) and the /ID is a digest of the page's XHTML, so it changes exactly when the
 * content does.
 */
final class FixedMetadata extends DefaultPDFCreationListener {
    private final PdfDate date;
    private final String id;

    FixedMetadata(LocalDate asOf, String xhtml) {
        Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.clear();
        calendar.set(asOf.getYear(), asOf.getMonthValue() - 1, asOf.getDayOfMonth());
        this.date = new PdfDate(calendar);
        this.id = digest(xhtml);
    }

    private static String digest(String xhtml) {
        try {
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(xhtml.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The page's drawing is compressed at the fastest level: about 0.2 ms less a plan for about
     * 1 KB more. (Its fonts come compressed already, see {@link FontPrograms}.)
     */
    @Override
    public void preOpen(ITextRenderer renderer) {
        super.preOpen(renderer);
        renderer.getWriter().setCompressionLevel(java.util.zip.Deflater.BEST_SPEED);
    }

    @Override
    public void onClose(ITextRenderer renderer) {
        super.onClose(renderer);
        PdfDictionary info = renderer.getWriter().getInfo();
        info.put(PdfName.CREATIONDATE, date);
        info.put(PdfName.MODDATE, date);
        // OpenPDF takes a /FileID entry in the info dictionary as the trailer's /ID.
        info.put(PdfName.FILEID, new PdfLiteral("[<" + id + "><" + id + ">]"));
        Archival.apply(renderer.getWriter()); // last: its metadata repeats the dates set here
    }
}
