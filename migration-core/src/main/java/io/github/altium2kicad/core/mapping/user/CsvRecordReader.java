package io.github.altium2kicad.core.mapping.user;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 CSV (comma-separated, {@code "} quotes, {@code ""} for a quote, line breaks inside quotes, CRLF
 * or LF) one record at a time, remembering the line each record starts on. A UTF-8 byte order mark is skipped.
 */
final class CsvRecordReader {

    /** One record and the line it starts on. */
    record CsvRecord(int line, List<String> cells) {
        CsvRecord {
            cells = List.copyOf(cells);
        }

        /** True if every cell is blank. */
        boolean isBlank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    /** A CSV syntax error. */
    static final class CsvSyntaxException extends IOException {
        private static final long serialVersionUID = 1L;
        private final int line;

        CsvSyntaxException(int line, String message) {
            super(message);
            this.line = line;
        }

        int line() {
            return line;
        }
    }

    private final Reader in;
    private int line = 1;
    private int pushedBack = -2;
    private boolean first = true;

    CsvRecordReader(Reader in) {
        this.in = in;
    }

    private int read() throws IOException {
        if (pushedBack != -2) {
            int c = pushedBack;
            pushedBack = -2;
            return c;
        }
        int c = in.read();
        if (first) {
            first = false;
            if (c == '\uFEFF') {
                c = in.read();
            }
        }
        return c;
    }

    /** The next record, or {@code null} at the end. */
    CsvRecord next() throws IOException {
        int c = read();
        if (c == -1) {
            return null;
        }
        pushedBack = c;
        int start = line;
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean afterQuote = false;
        while (true) {
            c = read();
            if (quoted) {
                if (c == -1) {
                    throw new CsvSyntaxException(start, "a quoted value that starts on this line is never closed");
                }
                if (c == '"') {
                    int n = read();
                    if (n == '"') {
                        cell.append('"');
                    } else {
                        quoted = false;
                        afterQuote = true;
                        pushedBack = n;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append((char) c);
                }
                continue;
            }
            if (c == -1 || c == '\n' || c == '\r') {
                if (c == '\r') {
                    int n = read();
                    if (n != '\n') {
                        pushedBack = n;
                    }
                }
                if (c != -1) {
                    line++;
                }
                cells.add(cell.toString());
                return new CsvRecord(start, cells);
            }
            if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
                afterQuote = false;
            } else if (c == '"' && cell.toString().isBlank() && !afterQuote) {
                cell.setLength(0);
                quoted = true;
            } else if (afterQuote && !Character.isWhitespace(c)) {
                throw new CsvSyntaxException(line, "text after a closing quote; write \"\" for a quote inside a quoted value");
            } else if (!afterQuote) {
                cell.append((char) c);
            }
        }
    }
}
