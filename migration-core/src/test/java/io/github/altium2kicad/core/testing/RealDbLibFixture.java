package io.github.altium2kicad.core.testing;

import io.github.altium2kicad.testkit.LibraryTable;
import io.github.altium2kicad.testkit.SqliteLibraryDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A DbLib made from a real one Altium wrote ({@code access-many-tables.DbLib}, 98 manufacturer tables and ~600 field
 * maps): its first tables and their field maps, edited the way real libraries differ (tables renamed to Chinese,
 * Russian or Japanese names, sections repeated, schemas in field maps, another database), written in any code page,
 * with an SQLite database behind it whose tables hold parts in the columns the field maps name.
 */
public final class RealDbLibFixture {

    private static final Pattern TABLE_NUMBER = Pattern.compile("\\[Table(\\d+)]");
    private static final Pattern TABLE_NAME_ONLY = Pattern.compile("TableNameOnly=([^|]*)\\|FieldNameOnly=([^|]*)");

    /** An SQLite connection string as Altium writes it through the SQLite ODBC driver. */
    public static final String SQLITE_CONNECTION = "Provider=MSDASQL.1;Persist Security Info=False;Extended Properties="
            + "\"Driver={SQLite3 ODBC Driver};Database=C:\\Users\\engineering\\Documents\\Altium\\Parts.db;"
            + "StepAPI=0;SyncPragma=NORMAL;NoTXN=0;Timeout=100000;ShortNames=0;LongNames=0;NoCreat=0;NoWCHAR=0;FKSupport=0;"
            + "JournalMode=;OEMCP=0;LoadExt=;BigInt=0;JDConv=0;\"";

    private List<String> lines;

    private RealDbLibFixture(List<String> lines) {
        this.lines = new ArrayList<>(lines);
    }

    /** The real DbLib's header, links and its first {@code tables} tables with their field maps. */
    public static RealDbLibFixture firstTables(int tables) {
        List<String> all;
        try (var in = RealDbLibFixture.class.getResourceAsStream("/dblib/access-many-tables.DbLib")) {
            all = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> kept = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        boolean keep = true;
        for (int i = 0; i < all.size(); i++) {
            String line = all.get(i);
            Matcher table = TABLE_NUMBER.matcher(line.strip());
            if (table.matches()) {
                keep = Integer.parseInt(table.group(1)) <= tables;
            } else if (line.startsWith("[FieldMap")) {
                Matcher m = TABLE_NAME_ONLY.matcher(i + 1 < all.size() ? all.get(i + 1) : "");
                keep = m.find() && names.contains(m.group(1));
            }
            if (keep) {
                kept.add(line);
                if (line.startsWith("TableName=")) {
                    names.add(line.substring("TableName=".length()));
                }
            }
        }
        return new RealDbLibFixture(kept);
    }

    /** Points the DbLib at an SQLite file next to it, as Altium writes it for the SQLite ODBC driver. */
    public RealDbLibFixture sqlite(String fileName) {
        replaceLine("ConnectionString=", "ConnectionString=" + SQLITE_CONNECTION.replace("Parts.db", fileName));
        replaceLine("LibraryDatabaseType=", "LibraryDatabaseType=");
        replaceLine("LibraryDatabasePath=", "LibraryDatabasePath=" + fileName);
        return this;
    }

    /** Sets the connection string (and the database path next to the DbLib). */
    public RealDbLibFixture connection(String connectionString, String databaseType, String databasePath) {
        replaceLine("ConnectionString=", "ConnectionString=" + connectionString);
        replaceLine("LibraryDatabaseType=", "LibraryDatabaseType=" + databaseType);
        replaceLine("LibraryDatabasePath=", "LibraryDatabasePath=" + databasePath);
        return this;
    }

    /** Renames a table everywhere: its {@code TableName} and every field map of it. */
    public RealDbLibFixture renameTable(String from, String to) {
        lines = new ArrayList<>(lines.stream().map(l -> l.equals("TableName=" + from) ? "TableName=" + to
                : l.startsWith("Options=") ? l.replace("FieldName=" + from + ".", "FieldName=" + to + ".")
                .replace("TableNameOnly=" + from + "|", "TableNameOnly=" + to + "|") : l).toList());
        return this;
    }

    /** Renames a column in every field map (as a Chinese library names {@code Description} {@code 描述}). */
    public RealDbLibFixture renameColumn(String from, String to) {
        lines = new ArrayList<>(lines.stream().map(l -> l.startsWith("Options=")
                ? l.replace("." + from + "|", "." + to + "|").replace("FieldNameOnly=" + from + "|", "FieldNameOnly=" + to + "|")
                : l).toList());
        return this;
    }

    /** Puts {@code schema.} in front of the table name of every field map, as a MySQL or SQL Server library has it. */
    public RealDbLibFixture schemaInFieldMaps(String schema) {
        lines = new ArrayList<>(lines.stream().map(l -> l.startsWith("Options=")
                ? l.replace("Options=FieldName=", "Options=FieldName=" + schema + ".").replace("TableNameOnly=", "TableNameOnly=" + schema + ".")
                : l).toList());
        return this;
    }

    /** Writes section {@code [name]} (with its lines) again at the end, as some editors and merges leave it. */
    public RealDbLibFixture repeatSection(String name) {
        List<String> section = section(name);
        lines.addAll(section);
        return this;
    }

    /** Appends lines as they are. */
    public RealDbLibFixture append(String... more) {
        lines.addAll(List.of(more));
        return this;
    }

    /** The lines of {@code [name]}, its header included. */
    public List<String> section(String name) {
        int start = lines.indexOf("[" + name + "]");
        if (start < 0) {
            throw new IllegalArgumentException("no section [" + name + "]");
        }
        int end = start + 1;
        while (end < lines.size() && !lines.get(end).startsWith("[")) {
            end++;
        }
        return new ArrayList<>(lines.subList(start, end));
    }

    /** The enabled tables' names, in file order. */
    public List<String> tableNames() {
        return lines.stream().filter(l -> l.startsWith("TableName=")).map(l -> l.substring(10)).distinct().toList();
    }

    /** The columns the field maps name, per table (as written in the field maps), in file order. */
    public Map<String, List<String>> columnsByTable() {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        for (String line : lines) {
            Matcher m = TABLE_NAME_ONLY.matcher(line);
            if (line.startsWith("Options=") && m.find()) {
                List<String> list = columns.computeIfAbsent(m.group(1), k -> new ArrayList<>());
                if (!list.contains(m.group(2))) {
                    list.add(m.group(2));
                }
            }
        }
        return columns;
    }

    public List<String> lines() {
        return List.copyOf(lines);
    }

    /** Writes the DbLib in {@code charset} with CRLF line ends, as Altium does. */
    public Path writeTo(Path file, Charset charset) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, (String.join("\r\n", lines) + "\r\n").getBytes(charset));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes an SQLite database with one table per name in {@code tables}, the fixture's six columns (Part Number,
     * Library Ref, Library Path, Footprint Ref, Footprint Path, Description) plus Manufacturer and Value, and
     * {@code rows} parts each, like a manufacturer table of the real library.
     */
    public static void writeSqlite(Path file, List<String> tables, int rows) {
        writeSqlite(file, tables, rows, Map.of());
    }

    /** As above, with some of the eight columns named otherwise ({@code Description} → {@code 描述}). */
    public static void writeSqlite(Path file, List<String> tables, int rows, Map<String, String> renamedColumns) {
        List<String> columns = List.of("Part Number", "Library Ref", "Library Path", "Footprint Ref", "Footprint Path",
                "Description", "Manufacturer", "Value").stream().map(c -> renamedColumns.getOrDefault(c, c)).toList();
        List<LibraryTable> written = new ArrayList<>();
        for (int t = 0; t < tables.size(); t++) {
            String table = tables.get(t);
            List<String[]> parts = new ArrayList<>();
            for (int r = 1; r <= rows; r++) {
                String[] part = PARTS[(t + r) % PARTS.length];
                parts.add(new String[] {part[0] + String.format("-%02d%03d", t, r), part[1], "Symbols\\" + part[2] + ".SchLib",
                    part[3], "Footprints\\" + part[4] + ".PcbLib", part[5], table, part[6]});
            }
            written.add(new LibraryTable(table, true, columns, parts, columns.get(0)));
        }
        SqliteLibraryDatabase.write(file, written);
    }

    /** Part number stem, Library Ref, .SchLib, Footprint Ref, .PcbLib, Description, Value. */
    private static final String[][] PARTS = {
        {"CL10B104KB8NNNC", "CAP_NP", "Capacitors", "CAPC1608X90N", "Chip_Capacitor", "CAP CER 0.1UF 50V X7R 0603", "100nF"},
        {"ERJ-3EKF1002V", "RES", "Resistors", "RESC1608X55N", "Chip_Resistor", "RES SMD 10K OHM 1% 1/10W 0603", "10k"},
        {"ABM8-16.000MHZ-B2-T", "XTAL_4P", "Crystals", "ABM8_3.2x2.5", "Crystals", "CRYSTAL 16.0000MHZ 18PF SMD", "16MHz"},
        {"LTST-C191KRKT", "LED", "Optoelectronics", "LEDC1608X55N", "Chip_LED", "LED RED CLEAR 0603 SMD", "Red"},
        {"ADP3338AKCZ-3.3", "LDO_3PIN", "Power", "SOT230P700X180-4N", "SOT-223", "IC REG LINEAR 3.3V 1A SOT223", "3.3V"},
    };

    private void replaceLine(String prefix, String line) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                lines.set(i, line);
                return;
            }
        }
        throw new IllegalArgumentException("no line " + prefix);
    }
}
