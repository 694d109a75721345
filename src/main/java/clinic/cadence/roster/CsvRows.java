package clinic.cadence.roster;

import clinic.cadence.UnusableInputException;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** The rows of a CSV or tab-delimited text export, in whatever encoding and delimiter it came. */
final class CsvRows implements RowSource {
    /**
     * No real roster record comes near this; an unclosed quote does (it swallows the rest of the
     * file into one field), and so does a hostile file. Refusing it bounds memory.
     */
    static final int MAX_RECORD_CHARS = 100_000;
    private static final int SAMPLE_CHARS = 1 << 16;
    private static final char[] DELIMITERS = {',', ';', '\t'};

    private final Path file;
    private final TextEncoding encoding;
    private final CSVFormat format;

    private CsvRows(Path file, TextEncoding encoding, char delimiter) {
        this.file = file;
        this.encoding = encoding;
        // Blank lines are kept as records so that line numbers stay exact; they are skipped later.
        this.format = CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(false)
                .build();
    }

    static CsvRows open(Path file) {
        return open(file, (java.nio.charset.Charset) null);
    }

    /** @param named the character set the manager named (--encoding), or null to detect it */
    static CsvRows open(Path file, java.nio.charset.Charset named) {
        TextEncoding encoding = TextEncoding.of(file, named);
        return new CsvRows(file, encoding, delimiterOf(file, encoding));
    }

    @Override
    public java.util.List<String> notes() {
        return encoding.note() == null ? java.util.List.of() : java.util.List.of(file.getFileName() + " " + encoding.note());
    }

    @Override
    public void forEachRow(RowVisitor visitor) {
        try (GuardedReader reader = new GuardedReader(file, open(file, encoding));
                CSVParser parser = CSVParser.parse(reader, format)) {
            Iterator<CSVRecord> records = parser.iterator();
            RecordCells cells = new RecordCells();
            while (true) {
                // hasNext() parses exactly the next record, so the lines consumed so far are those of
                // the records before it (embedded line breaks and blank lines included).
                int startLine = (int) parser.getCurrentLineNumber() + 1;
                reader.recordStarts(startLine);
                if (!next(records, startLine)) {
                    return;
                }
                cells.record = records.next();
                visitor.row(startLine, cells);
            }
        } catch (GuardedReader.Refused e) {
            throw new UnusableInputException(e.getMessage(), e);
        } catch (IOException e) {
            throw new UnusableInputException(file + ": cannot be read (" + oneLine(e) + ")", e);
        }
    }

    /** Commons CSV reports a broken file from hasNext() as an unchecked wrapper; unwrap it into one line. */
    private boolean next(Iterator<CSVRecord> records, int line) {
        try {
            return records.hasNext();
        } catch (UncheckedIOException e) {
            IOException cause = e.getCause();
            if (cause instanceof GuardedReader.Refused) {
                throw new UnusableInputException(cause.getMessage(), cause);
            }
            throw new UnusableInputException(file + ": is not valid CSV: the record starting at line " + line
                    + " has a quote that is not closed, or text after a closing quote", cause);
        }
    }

    private static String oneLine(Throwable e) {
        String message = String.valueOf(e.getMessage());
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    static Reader open(Path file, TextEncoding encoding) throws IOException {
        InputStream in = Files.newInputStream(file);
        in.skipNBytes(encoding.bomBytes());
        return new InputStreamReader(in, encoding.charset().newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE));
    }

    /**
     * The delimiter is the one that makes some early line (the header, below any title rows) name
     * the most roster columns; failing that, the one most frequent in the first line.
     */
    private static char delimiterOf(Path file, TextEncoding encoding) {
        String sample;
        try (Reader reader = open(file, encoding)) {
            char[] buffer = new char[SAMPLE_CHARS];
            int n = reader.read(buffer, 0, buffer.length);
            sample = n < 0 ? "" : new String(buffer, 0, n);
        } catch (IOException e) {
            throw new UnusableInputException(file + ": cannot be read (" + oneLine(e) + ")", e);
        }
        String[] lines = sample.split("\r\n|\r|\n", 60);
        char best = ',';
        int bestNames = 0;
        for (char delimiter : DELIMITERS) {
            for (String line : lines) {
                int names = knownNames(line, delimiter);
                if (names > bestNames) {
                    best = delimiter;
                    bestNames = names;
                }
            }
        }
        return bestNames >= 2 ? best : mostFrequent(lines.length == 0 ? "" : lines[0]);
    }

    private static int knownNames(String line, char delimiter) {
        int names = 0;
        for (String cell : line.split(String.valueOf(delimiter), -1)) {
            if (Column.byHeader(cell.replace("\"", "")) != null || CapacityColumn.byHeader(cell.replace("\"", "")) != null) {
                names++;
            }
        }
        return names;
    }

    private static char mostFrequent(String line) {
        char best = ',';
        long bestCount = 0;
        for (char delimiter : DELIMITERS) {
            long count = line.chars().filter(c -> c == delimiter).count();
            if (count > bestCount) {
                best = delimiter;
                bestCount = count;
            }
        }
        return best;
    }

    /** A CSV record seen as cells. */
    private static final class RecordCells implements Cells {
        CSVRecord record;

        @Override
        public int size() {
            return record.size();
        }

        @Override
        public String text(int column) {
            return column < record.size() ? record.get(column) : "";
        }

        @Override
        public CellKind kind(int column) {
            return CellKind.TEXT;
        }
    }

    /**
     * Counts what the parser reads so that a runaway record (an unclosed quote, a 2 MB field) or
     * binary data is refused with one line instead of filling memory.
     */
    private static final class GuardedReader extends FilterReader {
        private final Path file;
        private long charsRead;
        private long recordStart;
        private int recordLine;

        GuardedReader(Path file, Reader in) {
            super(in);
            this.file = file;
        }

        /** Approximately: the parser has read ahead of the record by up to one block. */
        void recordStarts(int line) {
            recordStart = charsRead;
            recordLine = line;
        }

        @Override
        public int read() throws IOException {
            char[] one = new char[1];
            return read(one, 0, 1) < 0 ? -1 : one[0];
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            for (int i = offset; i < offset + n; i++) {
                char c = buffer[i];
                if (c == 0) {
                    throw new Refused(TextEncoding.binary(file, charsRead + i - offset).getMessage());
                }
            }
            charsRead += Math.max(n, 0);
            // The parser reads ahead in blocks, so allow one block beyond the limit.
            if (charsRead - recordStart > MAX_RECORD_CHARS + 2L * length) {
                throw new Refused(file + ": the record starting at line " + recordLine + " runs past "
                        + String.format("%,d", MAX_RECORD_CHARS) + " characters; a quote is probably not closed,"
                        + " or this is not a roster export");
            }
            return n;
        }

        /** A refusal already worded for the manager. */
        static final class Refused extends IOException {
            Refused(String message) {
                super(message);
            }
        }
    }
}
