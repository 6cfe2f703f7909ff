package io.github.altium2kicad.core.report;

import java.util.List;

/** Formats one RFC 4180 CSV line: cells with {@code , " CR LF} are quoted, quotes doubled. */
final class CsvLine {

    private CsvLine() {
    }

    /** The line for {@code cells} ({@code null} cells are empty), ending in CRLF. */
    static String of(List<String> cells) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String cell = cells.get(i) == null ? "" : cells.get(i);
            if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0) {
                out.append('"').append(cell.replace("\"", "\"\"")).append('"');
            } else {
                out.append(cell);
            }
        }
        return out.append("\r\n").toString();
    }
}
