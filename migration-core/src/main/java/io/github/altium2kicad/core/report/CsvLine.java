package io.github.altium2kicad.core.report;

import java.util.List;

/**
 * Formats one RFC 4180 CSV line: cells with {@code , " CR LF} are quoted, quotes doubled. A cell that a spreadsheet
 * would run as a formula (it starts with {@code = + - @}, tab or CR: part data comes from the library, anyone may
 * have typed it) gets a leading {@code '}, which spreadsheets show as text (OWASP's advice against CSV injection).
 */
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
            if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
                cell = "'" + cell;
            }
            if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0) {
                out.append('"').append(cell.replace("\"", "\"\"")).append('"');
            } else {
                out.append(cell);
            }
        }
        return out.append("\r\n").toString();
    }
}
