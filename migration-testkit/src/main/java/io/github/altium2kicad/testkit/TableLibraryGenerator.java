package io.github.altium2kicad.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a small Altium database library from tables given row by row, the way Altium writes one: a CRLF DbLib
 * ({@link DbLibText}) whose connection string is MSDASQL + the SQLite3 ODBC driver pointing at a Windows path that
 * does not exist here (so the tool must find the database via {@code LibraryDatabasePath}), and the SQLite database
 * behind it ({@link SqliteLibraryDatabase}). For libraries of any size with realistic distributions see
 * {@link SyntheticLibraryGenerator}; for a realistic company library with binary files, {@code company.CompanyLibrary}.
 */
public final class TableLibraryGenerator {

    /** The secret planted in the default connection string; it must never appear in any output or log. */
    public static final String SECRET = "s3cr3t-Pa55word";

    private final List<LibraryTable> tables = new ArrayList<>();
    private String connectionString = "Provider=MSDASQL.1;Persist Security Info=False;Extended Properties=\"Driver={SQLite3 ODBC Driver};"
            + "Database=C:\\Altium\\Library\\Parts.sqlite;PWD=" + SECRET + ";StepAPI=0;\"";
    private String librarySearchPath = "";

    /** Adds a table (after those added before). */
    public TableLibraryGenerator table(LibraryTable table) {
        tables.add(table);
        return this;
    }

    /** Sets the DbLib's {@code ConnectionString=} (the default names the SQLite file and carries {@link #SECRET}). */
    public TableLibraryGenerator connectionString(String value) {
        this.connectionString = value;
        return this;
    }

    /** Sets the DbLib's {@code LibrarySearchPath=}. */
    public TableLibraryGenerator librarySearchPath(String value) {
        this.librarySearchPath = value;
        return this;
    }

    /**
     * The standard test library: 124 resistors (with a duplicate key, a blank and a NULL key, a part without library
     * paths, alternate footprints on every tenth part), 60 capacitors in a table with quotes, commas and brackets in
     * its name and columns with accents and quotes, and a disabled table.
     */
    public static TableLibraryGenerator standard() {
        List<String> resistorColumns = List.of("Part Number", "Library Ref", "Library Path", "Footprint Ref", "Footprint Path",
                "Footprint Ref 2", "Footprint Path 2", "Description", "Comment", "Value", "Manufacturer",
                "Manufacturer Part Number", "Package / Case", "ComponentLink1URL", "Tolerance");
        List<String[]> resistors = new ArrayList<>();
        for (int i = 1; i <= 120; i++) {
            String size = i % 3 == 0 ? "0805" : "0603";
            resistors.add(new String[] {"RES-" + i, "Resistor", "Symbols\\Passives.SchLib", "RESC" + (size.equals("0603") ? "1608X55N" : "2012X70N"),
                    "Footprints\\Chip_Resistor.PcbLib", i % 10 == 0 ? "R" + size + "_HS" : null, i % 10 == 0 ? "Footprints\\Chip_Resistor_HS.PcbLib" : null,
                    "Resistor " + i + "k " + size + " ±1% 100 mW", "=Value", i + "k", "Yageo", "RC" + size + "FR-07" + i + "KL",
                    size + " (" + (size.equals("0603") ? "1608" : "2012") + " Metric)", "https://example.com/ds/r" + i + ".pdf", "±1%"});
        }
        resistors.add(new String[] {"RES-5", "Resistor", "Symbols\\Passives.SchLib", "RESC1608X55N", "Footprints\\Chip_Resistor.PcbLib",
                null, null, "duplicate of RES-5", "=Value", "5k", "Yageo", "dup", "0603 (1608 Metric)", null, "5%"});
        resistors.add(new String[] {"", "Resistor", "Symbols\\Passives.SchLib", "RESC1608X55N", "Footprints\\Chip_Resistor.PcbLib",
                null, null, "blank key", "=Value", "1k", "Yageo", "blank", "0603 (1608 Metric)", null, "5%"});
        resistors.add(new String[] {null, "Resistor", "Symbols\\Passives.SchLib", "RESC1608X55N", "Footprints\\Chip_Resistor.PcbLib",
                null, null, "null key", "=Value", "2k", "Yageo", "null", "0603 (1608 Metric)", null, "5%"});
        resistors.add(new String[] {"RES-NOPATH", "Resistor", null, "RESC1608X55N", null,
                null, null, "no library paths", "=Value", "3k", "Yageo", "nopath", "0603 (1608 Metric)", null, "5%"});

        List<String> capColumns = List.of("Part Number", "Library Ref", "Library Path", "Footprint Ref", "Footprint Path",
                "Description", "Value", "Température \"max\"", "Voltage - Rated, DC", "Datasheet");
        List<String[]> caps = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            caps.add(new String[] {"CAP-" + String.format("%04d", i), "CAP", "C:\\Altium\\Library\\Symbols\\passives.schlib",
                    "C0402", "Footprints\\Chip_Capacitor.PcbLib", "Capacitor " + i + "nF 50V X7R 0402", i + "nF",
                    "125 °C", "50V", "https://example.com/c" + i});
        }
        List<String[]> obsolete = new ArrayList<>();
        obsolete.add(new String[] {"OLD-1", "OldSym", "Old.SchLib", "OLDFP", "Old.PcbLib"});
        return new TableLibraryGenerator()
                .table(new LibraryTable("Resistors", true, resistorColumns, resistors, "Part Number"))
                .table(new LibraryTable("Caps, \"Ceramic\" - 100% [X7R]", true, capColumns, caps, "Part Number"))
                .table(new LibraryTable("Obsolete", false, List.of("Part Number", "Library Ref", "Library Path", "Footprint Ref", "Footprint Path"),
                        obsolete, "Part Number"));
    }

    /** The tables, in DbLib order. */
    public List<LibraryTable> tables() {
        return List.copyOf(tables);
    }

    /** Writes {@code Parts.DbLib} and {@code Parts.sqlite} into {@code folder}. */
    public GeneratedLibrary writeTo(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + folder, e);
        }
        Path database = SqliteLibraryDatabase.write(folder.resolve("Parts.sqlite"), tables);
        Path dbLib = DbLibText.linking(connectionString).databasePath("Parts.sqlite", true).librarySearchPath(librarySearchPath)
                .tables(tables.stream().map(DbLibText.Table::of).toList())
                .writeTo(folder.resolve("Parts.DbLib"));
        Map<String, Long> rows = new LinkedHashMap<>();
        tables.forEach(t -> rows.put(t.name(), (long) t.rows().size()));
        return new GeneratedLibrary(dbLib, database, rows);
    }
}
