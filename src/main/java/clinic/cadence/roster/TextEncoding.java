package clinic.cadence.roster;

import clinic.cadence.UnusableInputException;
import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The character set of a text export. A byte-order mark decides (UTF-8, UTF-16 LE/BE); a file
 * that is valid UTF-8 throughout is UTF-8 (valid UTF-8 is almost never accidental). Anything else
 * is a national encoding: ICU's CharsetDetector weighs the lines that hold non-ASCII bytes
 * (Shift_JIS, GB18030, Big5, EUC-KR, Windows-1250/1251/1252 ...), and Windows-1252 and MacRoman,
 * which no detector tells apart, are told apart by which of them makes letters inside words. When
 * the detector is unsure, the file is refused naming the likely candidates: garbled names on a
 * plan are worse than a question.
 *
 * @param bomBytes how many bytes of byte-order mark to skip
 * @param note     what was decided, for the run's report; null for UTF-8 (nothing to say)
 */
record TextEncoding(Charset charset, int bomBytes, String note) {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    static final Charset MAC_ROMAN = Charset.forName("x-MacRoman");
    /** Below this ICU confidence (0-100) the detector is guessing. Measured on the corpus; see the test. */
    static final int MIN_CONFIDENCE = 25;
    /** A second candidate of another family this close to the first means the detector cannot tell. */
    static final int CLOSE = 10;
    private static final int SAMPLE_BYTES = 1 << 16;

    TextEncoding(Charset charset, int bomBytes) {
        this(charset, bomBytes, null);
    }

    static TextEncoding of(Path file) {
        return of(file, null);
    }

    /** @param named the manager's --encoding, or null to detect */
    static TextEncoding of(Path file, Charset named) {
        TextEncoding bom = byBom(file);
        if (named != null) {
            int skip = bom != null && bom.charset().equals(named) ? bom.bomBytes() : 0;
            return new TextEncoding(named, skip, "read as " + named.name() + ", as --encoding says");
        }
        if (bom != null) {
            return bom;
        }
        if (isStrictUtf8(file)) {
            return new TextEncoding(StandardCharsets.UTF_8, 0);
        }
        return detect(file, nonAsciiLines(file));
    }

    private static TextEncoding byBom(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(3);
            if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
                return new TextEncoding(StandardCharsets.UTF_8, 3);
            }
            if (startsWith(head, 0xFF, 0xFE)) {
                return new TextEncoding(StandardCharsets.UTF_16LE, 2);
            }
            if (startsWith(head, 0xFE, 0xFF)) {
                return new TextEncoding(StandardCharsets.UTF_16BE, 2);
            }
            return null;
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    /** The encoding ICU finds in these bytes, or a refusal naming the candidates. */
    static TextEncoding detect(Path file, byte[] sample) {
        List<CharsetMatch> matches = candidates(sample);
        if (matches.isEmpty()) {
            throw unsure(file, List.of());
        }
        CharsetMatch top = matches.get(0);
        String family = family(top.getName());
        if (family.equals("latin")) {
            return latin(sample);
        }
        boolean close = matches.size() > 1 && !family(matches.get(1).getName()).equals(family)
                && matches.get(1).getConfidence() >= top.getConfidence() - CLOSE;
        Charset charset = javaCharset(top.getName());
        if (top.getConfidence() < MIN_CONFIDENCE || close || charset == null || !decodes(sample, charset)) {
            throw unsure(file, matches);
        }
        return new TextEncoding(charset, 0, "read as " + charset.name() + " (detected; --encoding NAME says "
                + "otherwise)");
    }

    /** The detector's candidates we can read, best first, one per character set. */
    static List<CharsetMatch> candidates(byte[] sample) {
        CharsetDetector detector = new CharsetDetector();
        detector.setText(sample);
        List<CharsetMatch> matches = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        CharsetMatch[] all = detector.detectAll();
        for (CharsetMatch match : all == null ? new CharsetMatch[0] : all) {
            String name = match.getName();
            if (!name.startsWith("UTF") && !name.startsWith("IBM") && !name.startsWith("ISO-2022")
                    && javaCharset(name) != null && seen.add(family(name) + name)) {
                matches.add(match);
            }
        }
        return matches;
    }

    /**
     * Western European text: Windows-1252 (what Excel on Windows saves) or MacRoman (Excel for
     * Mac's "CSV (Macintosh)"). Their accented letters sit in different byte ranges, so the right
     * one reads letters inside words and the wrong one punctuation marks.
     */
    private static TextEncoding latin(byte[] sample) {
        int windows = lettersInWords(new String(sample, WINDOWS_1252));
        int mac = lettersInWords(new String(sample, MAC_ROMAN));
        if (mac > windows) {
            return new TextEncoding(MAC_ROMAN, 0, "read as MacRoman (Excel for Mac's CSV; --encoding NAME says "
                    + "otherwise)");
        }
        return new TextEncoding(WINDOWS_1252, 0, "read as Windows-1252 (--encoding NAME says otherwise)");
    }

    private static int lettersInWords(String text) {
        int score = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                continue;
            }
            boolean letter = Character.isLetter(c);
            boolean inWord = (i > 0 && Character.isLetter(text.charAt(i - 1)))
                    || (i + 1 < text.length() && Character.isLetter(text.charAt(i + 1)));
            score += letter && inWord ? 1 : inWord ? -1 : 0;
        }
        return score;
    }

    /** Encodings that read the same letters the same way count as one candidate. */
    private static String family(String icuName) {
        String name = icuName.toUpperCase(Locale.ROOT);
        if (name.equals("ISO-8859-1") || name.equals("WINDOWS-1252") || name.equals("ISO-8859-15")) {
            return "latin";
        }
        if (name.equals("ISO-8859-2") || name.equals("WINDOWS-1250")) {
            return "central european";
        }
        if (name.equals("ISO-8859-5") || name.equals("WINDOWS-1251") || name.equals("KOI8-R")) {
            return "cyrillic";
        }
        return name;
    }

    /**
     * ICU's name as Java's charset; ISO-8859-2 as Windows-1250 when the bytes need it (the
     * detector names the ISO set for both, and Excel on Windows writes 1250).
     */
    private static Charset javaCharset(String icuName) {
        String name = switch (icuName.toUpperCase(Locale.ROOT)) {
            case "GB18030" -> "GB18030";
            case "ISO-8859-2" -> "windows-1250";
            case "ISO-8859-5" -> "windows-1251";
            default -> icuName;
        };
        try {
            return Charset.isSupported(name) ? Charset.forName(name) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean decodes(byte[] sample, Charset charset) {
        try {
            charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(sample));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static UnusableInputException unsure(Path file, List<CharsetMatch> matches) {
        List<String> names = new ArrayList<>();
        for (CharsetMatch match : matches) {
            Charset charset = javaCharset(match.getName());
            if (charset != null && !names.contains(charset.name()) && names.size() < 3) {
                names.add(charset.name());
            }
        }
        String likely = names.isEmpty() ? "" : " (likely " + String.join(" or ", names) + ")";
        return new UnusableInputException(file + ": cannot tell which character set this CSV is in" + likely
                + "; run again with --encoding NAME" + (names.isEmpty() ? "" : ", e.g. --encoding " + names.get(0))
                + ", or save it from Excel as \"CSV UTF-8\"");
    }

    /**
     * The lines that hold non-ASCII bytes, up to 64 KB: the detector's evidence, undiluted by
     * the ids and numbers around the names. Lines end at a line feed in every encoding here.
     */
    static byte[] nonAsciiLines(Path file) {
        ByteArrayOutputStream sample = new ByteArrayOutputStream();
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        boolean nonAscii = false;
        try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            for (int b = in.read(); b >= 0 && sample.size() < SAMPLE_BYTES; b = in.read()) {
                line.write(b);
                nonAscii |= b >= 0x80;
                if (b == '\n') {
                    if (nonAscii) {
                        line.writeTo(sample);
                    }
                    line.reset();
                    nonAscii = false;
                }
            }
            if (nonAscii) {
                line.writeTo(sample);
            }
        } catch (IOException e) {
            throw unreadable(file, e);
        }
        return sample.toByteArray();
    }

    /** Decodes the whole file once; also refuses binary data (NUL bytes never occur in text exports). */
    private static boolean isStrictUtf8(Path file) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
        CharBuffer chars = CharBuffer.allocate(1 << 16);
        boolean utf8 = true;
        long offset = 0;
        try (InputStream in = Files.newInputStream(file)) {
            while (true) {
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                boolean end = n < 0;
                if (!end) {
                    refuseBinary(file, bytes.array(), bytes.position(), n, offset);
                    offset += n;
                    bytes.position(bytes.position() + n);
                }
                bytes.flip();
                if (utf8) {
                    CoderResult result = decoder.decode(bytes, chars, end);
                    chars.clear();
                    utf8 = !result.isError();
                }
                if (end) {
                    return utf8;
                }
                if (utf8) {
                    bytes.compact();
                } else {
                    bytes.clear(); // keep scanning for NUL bytes only
                }
            }
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    private static void refuseBinary(Path file, byte[] data, int from, int length, long offset) {
        for (int i = from; i < from + length; i++) {
            if (data[i] == 0) {
                throw binary(file, offset + i - from);
            }
        }
    }

    /** @param position 0-based, of the NUL in the file (bytes) or in its text (characters) */
    static UnusableInputException binary(Path file, long position) {
        return new UnusableInputException(file + ": holds binary data (a NUL character at position " + (position + 1)
                + "), not CSV text; export the roster again as CSV or XLSX");
    }

    private static UnusableInputException unreadable(Path file, IOException e) {
        return new UnusableInputException(file + ": cannot be read (" + e.getMessage() + ")", e);
    }

    private static boolean startsWith(byte[] head, int... expected) {
        if (head.length < expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((head[i] & 0xff) != expected[i]) {
                return false;
            }
        }
        return true;
    }
}
