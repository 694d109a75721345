package clinic.cadence.pdf;

import com.lowagie.text.pdf.CompactEmbeddedFont;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.Deflater;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The font data one face puts into plans: compact subsets (Apache FontBox renumbers the glyphs,
 * so a subset carries tables for its own glyphs, not for all of the font's), compressed once and
 * reused byte for byte wherever the same data is wanted.
 *
 * <p>Most plans draw a face with the same few characters: the template's words and names in
 * plain Latin letters. A face may be given such a repertoire: a plan whose glyphs all lie in it
 * embeds the one subset of the whole repertoire, built and compressed once per run. Any other
 * plan gets a subset of exactly its own glyphs, compressed for it, and kept for the next plan that
 * draws the same glyphs (a face used for one fixed line, say). Which subset a plan gets depends on
 * its glyphs alone, so its bytes do not depend on the run, the thread or the plans before it.
 */
final class FontPrograms implements CompactEmbeddedFont.Programs {
    /** The tables OpenPDF's own subsets keep: outlines, metrics and the hinting programs. */
    private static final List<String> TABLES = List.of("cvt ", "fpgm", "prep", "glyf", "head", "hhea", "hmtx",
            "loca", "maxp");
    /** Exact subsets kept per face: enough for the fixed lines, a bound on memory for the rest. */
    private static final int KEPT = 64;

    private final byte[] data;
    private final int collectionIndex;
    private final String repertoireText;
    /** Read on the first plan that embeds the face: a run that never draws it never parses it. */
    private volatile Face face;
    private volatile CompactEmbeddedFont.Program shared;
    private final Map<GlyphSet, CompactEmbeddedFont.Program> kept = new ConcurrentHashMap<>();

    /**
     * FontBox's view of the face (its tables are read lazily and are not thread-safe: subsets are
     * built under its lock) and the repertoire's glyph ids, ascending; empty for a face without one.
     */
    private record Face(TrueTypeFont font, int[] repertoire) {
    }

    /**
     * @param data the font file's bytes
     * @param collectionIndex the face's index in a {@code .ttc} collection, or -1 for a {@code .ttf}
     * @param repertoire the characters whose subset plans share; "" for none
     */
    FontPrograms(byte[] data, int collectionIndex, String repertoire) {
        this.data = data;
        this.collectionIndex = collectionIndex;
        this.repertoireText = repertoire;
    }

    private Face face() throws IOException {
        Face f = face;
        if (f == null) {
            synchronized (this) {
                if (face == null) {
                    TrueTypeFont font = collectionIndex < 0 ? new TTFParser().parse(new RandomAccessReadBuffer(data))
                            : collectionFace(data, collectionIndex);
                    CmapLookup cmap = font.getUnicodeCmapLookup();
                    face = new Face(font, repertoireText.codePoints().map(cmap::getGlyphId).filter(g -> g > 0)
                            .sorted().distinct().toArray());
                }
                f = face;
            }
        }
        return f;
    }

    private static TrueTypeFont collectionFace(byte[] data, int index) throws IOException {
        TrueTypeFont[] found = new TrueTypeFont[1];
        int[] at = {0};
        TrueTypeCollection collection = new TrueTypeCollection(new ByteArrayInputStream(data));
        collection.processAllFonts(font -> {
            if (at[0]++ == index) {
                found[0] = font;
            }
        });
        if (found[0] == null) {
            throw new IOException("the font collection has no face " + index);
        }
        return found[0];
    }

    @Override
    public CompactEmbeddedFont.Program program(int[] glyphIds) throws IOException {
        int[] repertoire = face().repertoire();
        if (repertoire.length > 0 && within(glyphIds, repertoire)) {
            CompactEmbeddedFont.Program program = shared;
            if (program == null) {
                program = sharedProgram();
            }
            return program;
        }
        GlyphSet key = new GlyphSet(glyphIds);
        CompactEmbeddedFont.Program program = kept.get(key);
        if (program == null) {
            program = build(glyphIds, Deflater.BEST_SPEED); // made for one plan: the fastest level
            if (kept.size() < KEPT) {
                kept.putIfAbsent(key, program);
            }
        }
        return program;
    }

    private synchronized CompactEmbeddedFont.Program sharedProgram() throws IOException {
        if (shared == null) {
            // Built once and read by every plan after: worth the best compression.
            shared = build(face().repertoire(), Deflater.BEST_COMPRESSION);
        }
        return shared;
    }

    /** Whether every id of the first ascending array is in the second. */
    static boolean within(int[] ids, int[] set) {
        int j = 0;
        for (int id : ids) {
            while (j < set.length && set[j] < id) {
                j++;
            }
            if (j == set.length || set[j] != id) {
                return false;
            }
        }
        return true;
    }

    private CompactEmbeddedFont.Program build(int[] glyphIds, int level) throws IOException {
        byte[] font;
        Map<Integer, Integer> newToOld;
        TrueTypeFont face = face().font();
        synchronized (face) {
            TTFSubsetter subsetter = new TTFSubsetter(face, TABLES);
            Set<Integer> ids = new TreeSet<>();
            for (int id : glyphIds) {
                ids.add(id);
            }
            subsetter.addGlyphIds(ids);
            ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
            subsetter.writeToStream(out);
            font = out.toByteArray();
            newToOld = subsetter.getGIDMap();
        }
        byte[] cidToGid = cidToGid(newToOld);
        return new CompactEmbeddedFont.Program(Deflated.of(font, level), font.length, Deflated.of(cidToGid, level),
                cidToGid.length);
    }

    /** The CIDToGIDMap: for each CID (the font's own glyph id, as the text has it) two bytes, the subset's id. */
    private static byte[] cidToGid(Map<Integer, Integer> newToOld) {
        int top = newToOld.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        byte[] map = new byte[2 * (top + 1)];
        newToOld.forEach((newId, oldId) -> {
            map[2 * oldId] = (byte) (newId >> 8);
            map[2 * oldId + 1] = (byte) (int) newId;
        });
        return map;
    }

    /** Glyph ids as a map key (an array's own equals is identity). */
    private record GlyphSet(int[] ids) {
        @Override
        public boolean equals(Object o) {
            return o instanceof GlyphSet g && Arrays.equals(ids, g.ids);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(ids);
        }
    }
}
