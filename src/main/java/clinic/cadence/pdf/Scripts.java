package clinic.cadence.pdf;

import java.lang.Character.UnicodeScript;
import java.text.Bidi;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.w3c.dom.Text;

/**
 * Cuts a text into runs a PDF can draw: each run in one font family and one direction, the runs in
 * the order they appear on the page, left to right.
 *
 * <p>Flying Saucer picks one font per piece of text and has no bidirectional layout of its own.
 * So each character is given a family: by its Unicode script first, then the first family that has
 * its glyph; spaces, punctuation, combining marks and joiners stay with the run they are in, so a
 * shaped word is never cut. {@link Bidi} gives the levels; a run ends where the family or the level
 * changes, and the runs are put in visual order (in the page's direction: a name inside a sentence
 * reads right to left where it stands). A right-to-left run keeps its characters in
 * reading order: HarfBuzz lays it out right to left when it is drawn, and PDF text extraction reads
 * it back in reading order.
 *
 * <p>A character no family has is never dropped: it is drawn as {@link #REPLACEMENT} and listed
 * in {@link Lettered#missing()}.
 */
final class Scripts {
    /** Drawn where no font has the character: a white square, which Liberation Sans has. */
    static final int REPLACEMENT = 0x25A1;

    /** One run: its text in reading order, its family, and whether it reads right to left. */
    record Run(String text, ScriptFont font, boolean rightToLeft) {
    }

    /**
     * A text cut into runs in visual order, the characters no font has (in code point order), and
     * whether a character was replaced or left out on the way.
     */
    record Lettered(List<Run> runs, SortedSet<Integer> missing, boolean altered) {
        /** Whether the text is drawn as written: the page's own font, left to right, nothing replaced. */
        boolean plain() {
            return !altered && runs.stream().allMatch(r -> r.font() == ScriptFont.LATIN && !r.rightToLeft());
        }
    }

    private final FontBook fonts;

    Scripts(FontBook fonts) {
        this.fonts = fonts;
    }

    /** The text (NFC) in a left-to-right paragraph, cut into runs; an empty text gives no runs. */
    Lettered letter(String raw) {
        return letter(raw, false);
    }

    /**
     * The text (NFC), cut into runs. The paragraph's direction is the page's, not the text's own:
     * an Arabic name inside an English sentence ("عمر السيد · plan of 23 November") reads right to
     * left where it stands and leaves the sentence in order.
     *
     * @param rightToLeft whether the text stands in a right-to-left paragraph ({@code dir="rtl"})
     */
    Lettered letter(String raw, boolean rightToLeft) {
        String text = Normalizer.normalize(raw, Normalizer.Form.NFC);
        SortedSet<Integer> missing = new TreeSet<>();
        if (plainLatin(text)) {
            return new Lettered(text.isEmpty() ? List.of() : List.of(new Run(text, ScriptFont.LATIN, false)), missing,
                    !text.equals(raw));
        }
        StringBuilder kept = new StringBuilder(text.length());
        List<ScriptFont> families = new ArrayList<>();
        ScriptFont previous = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            int next = i < text.length() ? text.codePointAt(i) : -1;
            ScriptFont family = keycap(cp, next) && fonts.covers(ScriptFont.EMOJI, cp) ? ScriptFont.EMOJI
                    : family(cp, previous);
            if (family == null) {
                if (invisible(cp)) {
                    continue; // a joiner or selector no font of this run draws: it has nothing to show
                }
                missing.add(cp);
                cp = REPLACEMENT;
                family = ScriptFont.LATIN;
            }
            kept.appendCodePoint(cp);
            for (int k = 0; k < Character.charCount(cp); k++) {
                families.add(family);
            }
            previous = family;
        }
        return new Lettered(runs(kept.toString(), families, rightToLeft), missing, !kept.toString().equals(raw));
    }

    /** The common case, decided fast: every character in Liberation Sans and none right to left. */
    private boolean plainLatin(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (layoutSpace(cp)) {
                continue;
            }
            if (cp >= 0x0590 && !(cp >= 0x1D00 && cp <= 0x20CF) || !fonts.covers(ScriptFont.LATIN, cp)) {
                return false;
            }
        }
        return true;
    }

    /** The family to draw a character in, or null when none has it. */
    private ScriptFont family(int cp, ScriptFont previous) {
        if (layoutSpace(cp)) {
            return previous == null || previous.shaped() ? ScriptFont.LATIN : previous; // never drawn: CSS collapses it
        }
        UnicodeScript script = UnicodeScript.of(cp);
        boolean follower = script == UnicodeScript.COMMON || script == UnicodeScript.INHERITED
                || Character.getType(cp) == Character.FORMAT;
        // Noto Emoji's space is an emoji wide: a space after an emoji goes back to the text's font.
        boolean emojiSpace = previous == ScriptFont.EMOJI && Character.getType(cp) == Character.SPACE_SEPARATOR;
        if (follower && previous != null && !emojiSpace && fonts.covers(previous, cp)) {
            return previous; // spaces, marks, joiners, digits and punctuation stay in their run
        }
        ScriptFont own = ScriptFont.forScript(script);
        if (own != null && fonts.covers(own, cp)) {
            return own;
        }
        for (ScriptFont candidate : fallbacks(script)) {
            if (fonts.covers(candidate, cp)) {
                return candidate;
            }
        }
        return null;
    }

    /** A digit, # or * that starts a keycap emoji (1️⃣): drawn by the emoji font with what follows. */
    private static boolean keycap(int cp, int next) {
        return (cp >= '0' && cp <= '9' || cp == '#' || cp == '*') && (next == 0xFE0F || next == 0x20E3);
    }

    /** Where to look next: Liberation, then emoji for symbols, then the rest (each read only if reached). */
    private static List<ScriptFont> fallbacks(UnicodeScript script) {
        if (script == UnicodeScript.COMMON || script == UnicodeScript.INHERITED) {
            return List.of(ScriptFont.LATIN, ScriptFont.EMOJI, ScriptFont.NOTO_LATIN, ScriptFont.CJK,
                    ScriptFont.ARABIC, ScriptFont.DEVANAGARI, ScriptFont.HEBREW, ScriptFont.BENGALI,
                    ScriptFont.GURMUKHI, ScriptFont.TAMIL, ScriptFont.THAI, ScriptFont.GEORGIAN,
                    ScriptFont.ARMENIAN, ScriptFont.ETHIOPIC);
        }
        return List.of(ScriptFont.LATIN, ScriptFont.NOTO_LATIN, ScriptFont.CJK);
    }

    /** Line breaks and tabs of the markup: white space to the layout, no glyph in any font. */
    private static boolean layoutSpace(int cp) {
        return cp == '\n' || cp == '\r' || cp == '\t';
    }

    /** Default-ignorable characters (joiners, variation selectors, tags): nothing to see when no font has them. */
    private static boolean invisible(int cp) {
        return Character.getType(cp) == Character.FORMAT || cp >= 0xFE00 && cp <= 0xFE0F
                || cp >= 0xE0100 && cp <= 0xE01EF || cp == 0x034F;
    }

    /** Cuts where the family or the level changes, then puts the runs in visual order. */
    private static List<Run> runs(String text, List<ScriptFont> families, boolean rightToLeft) {
        if (text.isEmpty()) {
            return List.of();
        }
        Bidi bidi = new Bidi(text, rightToLeft ? Bidi.DIRECTION_RIGHT_TO_LEFT : Bidi.DIRECTION_LEFT_TO_RIGHT);
        int[] levels = new int[text.length()];
        for (int i = 0; i < text.length(); i++) {
            boolean attached = i > 0 && (Character.isLowSurrogate(text.charAt(i)) || joins(text.codePointAt(i)));
            levels[i] = attached ? levels[i - 1] : bidi.getLevelAt(i);
        }
        List<Run> runs = new ArrayList<>();
        List<Integer> runLevels = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= text.length(); i++) {
            if (i == text.length() || levels[i] != levels[start] || families.get(i) != families.get(start)) {
                boolean rtl = (levels[start] & 1) == 1;
                runs.add(new Run(text.substring(start, i), families.get(start), rtl));
                runLevels.add(levels[start]);
                start = i;
            }
        }
        Run[] ordered = runs.toArray(new Run[0]);
        byte[] runLevelBytes = new byte[ordered.length];
        for (int i = 0; i < ordered.length; i++) {
            runLevelBytes[i] = runLevels.get(i).byteValue();
        }
        Bidi.reorderVisually(runLevelBytes, 0, ordered, 0, ordered.length);
        List<Run> visual = new ArrayList<>(ordered.length);
        for (Run run : ordered) {
            // An unshaped family draws characters left to right as given: reverse a right-to-left run for it.
            visual.add(run.rightToLeft() && !run.font().shaped()
                    ? new Run(new StringBuilder(run.text()).reverse().toString(), run.font(), true) : run);
        }
        return visual;
    }

    /** Marks and joiners belong to the character before them, whatever level Bidi gives them. */
    private static boolean joins(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.FORMAT
                || cp >= 0xFE00 && cp <= 0xFE0F || cp >= 0x1F3FB && cp <= 0x1F3FF;
    }

    /**
     * Sets the page's text in its fonts: every text node under {@code <body>} that needs more than
     * the page's own font becomes its runs, each in a {@code <span>} naming its family, in visual
     * order. Text that Liberation Sans draws left to right is left exactly as it was.
     *
     * @return the characters no font has, anywhere on the page
     */
    SortedSet<Integer> apply(Document page) {
        SortedSet<Integer> missing = new TreeSet<>();
        NodeList bodies = page.getElementsByTagName("body");
        for (int b = 0; b < bodies.getLength(); b++) {
            List<Text> texts = new ArrayList<>();
            collect(bodies.item(b), texts);
            for (Text text : texts) {
                Lettered lettered = letter(text.getData(), rightToLeft(text));
                missing.addAll(lettered.missing());
                if (!lettered.plain()) {
                    replace(text, lettered);
                }
            }
        }
        return missing;
    }

    /** Whether the nearest {@code dir} attribute around the text says {@code rtl} (the page is left to right). */
    private static boolean rightToLeft(Node node) {
        for (Node n = node.getParentNode(); n instanceof Element e; n = n.getParentNode()) {
            String dir = e.getAttribute("dir");
            if (!dir.isEmpty()) {
                return dir.equalsIgnoreCase("rtl");
            }
        }
        return false;
    }

    private static void collect(Node node, List<Text> texts) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Text text && !(child instanceof org.w3c.dom.Comment)) {
                texts.add(text);
            } else if (child.getNodeType() == Node.ELEMENT_NODE) {
                collect(child, texts);
            }
        }
    }

    private static void replace(Text text, Lettered lettered) {
        Node parent = text.getParentNode();
        Document doc = text.getOwnerDocument();
        for (Run run : lettered.runs()) {
            if (run.font() == ScriptFont.LATIN && !run.rightToLeft()) {
                parent.insertBefore(doc.createTextNode(run.text()), text);
                continue;
            }
            Element span = doc.createElementNS(text.getParentNode().getNamespaceURI(), "span");
            // No letter-spacing: Flying Saucer would place the letters one by one, unshaped.
            span.setAttribute("style", "font-family: '" + run.font().family() + "'; letter-spacing: 0");
            if (run.rightToLeft()) {
                span.setAttribute("dir", "rtl");
            }
            span.appendChild(doc.createTextNode(run.text()));
            parent.insertBefore(span, text);
        }
        parent.removeChild(text);
    }

    /** Every character of the text that no font has, once each, in code point order. */
    SortedSet<Integer> missing(String text) {
        return letter(text).missing();
    }

    /** Whether a family is used by a text: for tests and the report. */
    static boolean uses(Lettered lettered, ScriptFont family) {
        return lettered.runs().stream().anyMatch(r -> r.font() == family);
    }
}
