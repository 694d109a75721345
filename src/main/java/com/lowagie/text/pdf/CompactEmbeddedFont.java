package com.lowagie.text.pdf;

import com.lowagie.text.DocumentException;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Cadence's one class inside OpenPDF's package, because the method that writes a font into a PDF
 * is package-private and nothing else lets a program choose the embedded font data.
 *
 * <p>A TrueType font written exactly as OpenPDF writes an Identity-H font (the same font
 * descriptor, widths, ToUnicode map and font dictionary, so text is placed and copied as before)
 * except for its font program: that comes ready-compressed from {@link Programs}, a compact
 * subset whose glyphs are renumbered, with a CIDToGIDMap from the document's glyph ids (the CIDs
 * in its text) to the subset's. OpenPDF's own subset keeps the glyph numbers and so carries
 * glyph-location and width tables for every glyph of the font, about 20 KB a face, and compresses
 * it all again for every document. What the subset holds and how it is shared is Cadence's
 * business ({@code clinic.cadence.pdf.FontPrograms}); this class only writes what it is given.
 *
 * <p>Written against OpenPDF 2.0.5; three private helpers of its font class are called by
 * reflection, checked when the class loads, so a changed OpenPDF fails the first plan loudly.
 */
public final class CompactEmbeddedFont extends TrueTypeFontUnicode {
    /** Gives the font program for the glyphs one document uses. Called from the PDF threads. */
    public interface Programs {
        /**
         * @param glyphIds the glyph ids the document draws, ascending
         * @return a subset holding at least those glyphs
         */
        Program program(int[] glyphIds) throws IOException;
    }

    /**
     * A font program and its CIDToGIDMap, each zlib-compressed, with the length each has
     * uncompressed. The arrays are written as they are and may be shared by many documents.
     */
    public record Program(byte[] font, int fontLength, byte[] cidToGid, int cidToGidLength) {
    }

    private static final Method CID_FONT = method("getCIDFontType2", PdfIndirectReference.class, String.class,
            int[][].class);
    private static final Method TO_UNICODE = method("getToUnicode", int[][].class);
    private static final Method FONT_DICTIONARY = method("getFontBaseType", PdfIndirectReference.class,
            String.class, PdfIndirectReference.class);

    private final Programs programs;

    private CompactEmbeddedFont(String name, byte[] data, Programs programs) throws DocumentException, IOException {
        super(name, IDENTITY_H, true, data, false);
        this.programs = programs;
    }

    /**
     * A TrueType face (a {@code .ttf}, or a {@code .ttc} named with its index, {@code x.ttc,0}),
     * Identity-H, embedded, as {@link BaseFont#createFont} would make it.
     *
     * @param shaped whether its text is shaped (by HarfBuzz, through {@link LayoutProcessor}, which
     *     must be enabled): {@code createFont} shapes every font made after shaping was switched on
     */
    public static BaseFont create(String name, byte[] data, Programs programs, boolean shaped)
            throws DocumentException, IOException {
        CompactEmbeddedFont font = new CompactEmbeddedFont(name, data, programs);
        if (shaped) {
            LayoutProcessor.loadFont(font, name);
        }
        return font;
    }

    @Override
    @SuppressWarnings("unchecked")
    void writeFont(PdfWriter writer, PdfIndirectReference ref, Object[] params) throws DocumentException,
            IOException {
        if (cff || vertical || includeCidSet) {
            super.writeFont(writer, ref, params); // not what Cadence embeds: OpenPDF's own way
            return;
        }
        HashMap<Integer, int[]> longTag = (HashMap<Integer, int[]>) params[0];
        Map<Integer, int[]> fillerCmap = (Map<Integer, int[]>) params[2];
        addRangeUni(longTag, true, subset);
        int[][] metrics = longTag.values().toArray(new int[0][]);
        Arrays.sort(metrics, this);
        int[] glyphIds = new int[metrics.length];
        for (int i = 0; i < metrics.length; i++) {
            glyphIds[i] = metrics[i][0];
        }
        Program program = programs.program(glyphIds);
        PdfIndirectReference fontFile = writer.addToBody(compressed(program.font(), program.fontLength(), true))
                .getIndirectReference();
        PdfIndirectReference cidToGid = writer.addToBody(
                compressed(program.cidToGid(), program.cidToGidLength(), false)).getIndirectReference();
        String prefix = createSubsetPrefix();
        PdfIndirectReference descriptor = writer.addToBody(getFontDescriptor(fontFile, prefix, null))
                .getIndirectReference();
        PdfDictionary cidFont = (PdfDictionary) call(CID_FONT, descriptor, prefix, metrics);
        cidFont.put(PdfName.CIDTOGIDMAP, cidToGid);
        PdfIndirectReference descendant = writer.addToBody(cidFont).getIndirectReference();
        PdfStream toUnicode = (PdfStream) call(TO_UNICODE, (Object) mergeMetricsAndFillerCmap(metrics, fillerCmap));
        PdfIndirectReference toUnicodeRef = toUnicode == null ? null : writer.addToBody(toUnicode)
                .getIndirectReference();
        writer.addToBody((PdfDictionary) call(FONT_DICTIONARY, descendant, prefix, toUnicodeRef), ref);
    }

    /** A stream of bytes already compressed: marked FlateDecode, so OpenPDF writes them as they are. */
    private static PdfStream compressed(byte[] deflated, int length, boolean fontProgram) {
        PdfStream stream = new PdfStream(deflated);
        stream.put(PdfName.FILTER, PdfName.FLATEDECODE);
        if (fontProgram) {
            stream.put(PdfName.LENGTH1, new PdfNumber(length));
        }
        return stream;
    }

    private Object call(Method method, Object... args) throws DocumentException {
        try {
            return method.invoke(this, args);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new DocumentException(cause instanceof Exception x ? x : new IllegalStateException(cause));
        }
    }

    private static Method method(String name, Class<?>... types) {
        try {
            Method m = TrueTypeFontUnicode.class.getDeclaredMethod(name, types);
            m.setAccessible(true);
            return m;
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("OpenPDF changed: TrueTypeFontUnicode." + name + " is gone", e);
        }
    }
}
