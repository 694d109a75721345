package clinic.cadence.roster;

import clinic.cadence.UnusableInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The character set of a text export: a byte-order mark decides (UTF-8, UTF-16 LE/BE); without
 * one, a file that is valid UTF-8 throughout is UTF-8, anything else is Windows-1252 (what Excel
 * on Windows writes as "CSV"). Valid UTF-8 is almost never accidental, so the check is safe.
 *
 * @param bomBytes how many bytes of byte-order mark to skip
 */
record TextEncoding(Charset charset, int bomBytes) {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    static TextEncoding of(Path file) {
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
        } catch (IOException e) {
            throw unreadable(file, e);
        }
        return isStrictUtf8(file) ? new TextEncoding(StandardCharsets.UTF_8, 0) : new TextEncoding(WINDOWS_1252, 0);
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
