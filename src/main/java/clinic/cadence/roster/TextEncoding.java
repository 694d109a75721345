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

    /** The encoding these bytes are in, or a refusal naming the candidates ({@link EncodingGuess}). */
    static TextEncoding detect(Path file, byte[] sample) {
        EncodingGuess.Guess guess = EncodingGuess.of(sample);
        if (guess.charset() == null) {
            throw unsure(file, guess.candidates());
        }
        Charset charset = guess.charset();
        String name = charset.equals(MAC_ROMAN) ? "MacRoman (Excel for Mac's CSV)" : displayName(charset);
        List<String> others = guess.candidates().stream().filter(c -> !EncodingGuess.charset(c).equals(charset)).toList();
        return new TextEncoding(charset, 0, "read as " + name + " (detected" + (others.isEmpty() ? ""
                : "; " + String.join(" or ", others) + " would also read it") + "; --encoding NAME says otherwise)");
    }

    private static String displayName(Charset charset) {
        return switch (charset.name()) {
            case "windows-31j" -> "Shift_JIS";
            case "x-windows-950" -> "Big5";
            case "x-windows-949" -> "EUC-KR";
            default -> charset.name();
        };
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
                    && seen.add(name)) {
                matches.add(match);
            }
        }
        return matches;
    }

    private static UnusableInputException unsure(Path file, List<String> names) {
        List<String> shown = names.subList(0, Math.min(3, names.size()));
        String likely = shown.isEmpty() ? "" : " (likely " + String.join(" or ", shown) + ")";
        return new UnusableInputException(file + ": cannot tell which character set this CSV is in" + likely
                + "; run again with --encoding NAME" + (shown.isEmpty() ? "" : ", e.g. --encoding " + shown.get(0))
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
