package clinic.cadence.pdf;

import java.io.ByteArrayOutputStream;
import java.util.zip.Deflater;

/** Bytes zlib-compressed ahead of time, for streams a PDF writes as they are (marked FlateDecode). */
final class Deflated {
    private Deflated() {
    }

    static byte[] of(byte[] data, int level) {
        Deflater deflater = new Deflater(level);
        try {
            deflater.setInput(data);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 2 + 64);
            byte[] buffer = new byte[16 * 1024];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }
}
