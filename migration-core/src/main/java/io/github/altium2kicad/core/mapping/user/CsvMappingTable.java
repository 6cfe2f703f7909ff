package io.github.altium2kicad.core.mapping.user;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the CSV form of a mapping table: one rule per row, one column per condition, so it can be kept in a
 * spreadsheet.
 *
 * <pre>
 * Footprint Ref,Library Ref,Package / Case,tables,symbol,footprints,confidence,note
 * RESC1608X55N,,,,Device:R,Resistor_SMD:R_0603_1608Metric,,
 * ,glob:CAP*,regex:^0402\b,Capacitors*,Device:C,Capacitor_SMD:C_0402_1005Metric,0.9,0402 ceramic capacitors
 * </pre>
 *
 * <ul>
 *   <li>The header names the columns. {@code tables}, {@code symbol}, {@code footprints}, {@code confidence} and
 *       {@code note} (any case) are the rule's settings; every other header is a condition column ({@code table}
 *       is the pseudo column of the table name). Write {@code match:<column>} for a condition on a column that is
 *       literally called like a setting.</li>
 *   <li>A condition cell is {@code exact:}, {@code glob:} or {@code regex:} followed by the pattern, or a plain
 *       value (exact). A prefix of three or more lower-case letters and a colon is always read as a match type, so
 *       a mistyped one is reported; write {@code exact:} before an exact value that starts like that. An empty
 *       cell is no condition.</li>
 *   <li>{@code tables} and {@code footprints} separate several values with {@code ;}.</li>
 *   <li>Blank rows and rows whose first cell starts with {@code #} are skipped.</li>
 * </ul>
 */
final class CsvMappingTable {

    private static final Set<String> SETTINGS = Set.of("tables", "symbol", "footprints", "confidence", "note");
    private static final Pattern TYPE_PREFIX = Pattern.compile("^([a-z]{3,}):(.*)$", Pattern.DOTALL);

    private CsvMappingTable() {
    }

    /** Reads the rules of {@code reader} into entries; problems go to {@code problems}. */
    static List<MappingTableEntry> read(Reader reader, KicadNameCheck names, List<EntryBuilder.Problem> problems)
            throws IOException {
        CsvRecordReader csv = new CsvRecordReader(reader);
        CsvRecordReader.CsvRecord header;
        try {
            header = csv.next();
            while (header != null && (header.isBlank() || header.cells().get(0).startsWith("#"))) {
                header = csv.next();
            }
        } catch (CsvRecordReader.CsvSyntaxException e) {
            problems.add(new EntryBuilder.Problem(e.line(), "not valid CSV: " + e.getMessage()));
            return List.of();
        }
        if (header == null) {
            problems.add(new EntryBuilder.Problem(1, "the file is empty; expected a header row such as "
                    + "'Footprint Ref,symbol,footprints'"));
            return List.of();
        }
        List<String> columns = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String cell : header.cells()) {
            String name = cell.strip();
            if (name.isEmpty()) {
                problems.add(new EntryBuilder.Problem(header.line(), "the header has an empty column name"));
            } else if (!seen.add(name.toLowerCase(Locale.ROOT))) {
                problems.add(new EntryBuilder.Problem(header.line(), "the header names column '" + name + "' twice"));
            }
            columns.add(name);
        }
        if (columns.stream().noneMatch(c -> c.equalsIgnoreCase("symbol") || c.equalsIgnoreCase("footprints"))) {
            problems.add(new EntryBuilder.Problem(header.line(), "the header has neither a 'symbol' nor a 'footprints' column"));
        }
        List<MappingTableEntry> entries = new ArrayList<>();
        while (true) {
            CsvRecordReader.CsvRecord row;
            try {
                row = csv.next();
            } catch (CsvRecordReader.CsvSyntaxException e) {
                problems.add(new EntryBuilder.Problem(e.line(), "not valid CSV: " + e.getMessage()));
                return entries;
            }
            if (row == null) {
                return entries;
            }
            if (row.isBlank() || row.cells().get(0).strip().startsWith("#")) {
                continue;
            }
            if (row.cells().size() > columns.size()) {
                problems.add(new EntryBuilder.Problem(row.line(), "the row has " + row.cells().size()
                        + " cells but the header only " + columns.size()));
                continue;
            }
            rule(row, columns, names, problems).ifPresent(entries::add);
        }
    }

    private static Optional<MappingTableEntry> rule(CsvRecordReader.CsvRecord row, List<String> columns,
                                                              KicadNameCheck names, List<EntryBuilder.Problem> problems) {
        int line = row.line();
        EntryBuilder b = new EntryBuilder(line, names, problems);
        for (int i = 0; i < row.cells().size(); i++) {
            String column = columns.get(i);
            String cell = row.cells().get(i);
            if (cell.isBlank() || column.isEmpty()) {
                continue;
            }
            String setting = column.toLowerCase(Locale.ROOT);
            if (SETTINGS.contains(setting)) {
                switch (setting) {
                    case "tables" -> split(cell).forEach(t -> b.table(t, line));
                    case "symbol" -> b.symbol(cell, line);
                    case "footprints" -> split(cell).forEach(f -> b.footprint(f, line));
                    case "confidence" -> b.confidence(cell, line);
                    default -> b.note(cell);
                }
                continue;
            }
            String conditionColumn = column.regionMatches(true, 0, "match:", 0, 6) ? column.substring(6).strip() : column;
            Matcher typed = TYPE_PREFIX.matcher(cell.strip());
            if (typed.matches()) {
                b.condition(conditionColumn, typed.group(1), typed.group(2), line);
            } else {
                b.condition(conditionColumn, "exact", cell, line);
            }
        }
        return b.build();
    }

    private static List<String> split(String cell) {
        List<String> out = new ArrayList<>();
        for (String part : cell.split(";")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }
}
