package io.github.altium2kicad.testkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes synthetic Altium database libraries of any size, with the distributions of real ones: many tables, 30–60
 * columns per table, the same few hundred footprints and packages repeated thousands of times (skewed, as real
 * libraries favour 0402/0603 parts), alternate footprints on some parts, and some long descriptions. The same
 * settings always write the same library. The DbLib is written as Altium writes it (CRLF, MSDASQL + SQLite3 ODBC,
 * a Windows database path that only resolves through {@code LibraryDatabasePath}).
 *
 * <p>Command line: {@code SyntheticLibraryGenerator <folder> <parts> [tables] [seed]}.
 */
public final class SyntheticLibraryGenerator {

    private static final String[] TABLES = {"Resistors", "Capacitors", "Inductors", "Diodes", "Transistors",
        "Integrated Circuits", "Connectors", "Crystals", "LEDs", "Ferrite Beads", "Switches", "Fuses"};
    private static final double[] WEIGHTS = {0.30, 0.28, 0.06, 0.07, 0.06, 0.10, 0.05, 0.02, 0.03, 0.01, 0.01, 0.01};
    private static final List<String> BASE_COLUMNS = List.of("Part Number", "Library Ref", "Library Path", "Footprint Ref",
            "Footprint Path", "Footprint Ref 2", "Footprint Path 2", "Description", "Comment", "Value", "Manufacturer",
            "Manufacturer Part Number", "Supplier 1", "Supplier Part Number 1", "Package / Case",
            "ComponentLink1Description", "ComponentLink1URL");
    private static final String[] CHIP = {"0402", "0603", "0805", "1206", "0201", "1210", "2512"};
    private static final String[] CHIP_METRIC = {"1005", "1608", "2012", "3216", "0603", "3225", "6332"};
    private static final String[] MANUFACTURERS = {"Yageo", "Vishay", "Panasonic", "Murata", "TDK", "KEMET", "Bourns",
        "Texas Instruments", "Analog Devices", "STMicroelectronics", "Nexperia", "onsemi", "Würth Elektronik", "Samtec"};

    private final long parts;
    private final int tables;
    private final long seed;
    /** The tables to write, or {@code null} for {@link #tables} tables sized by the families' weights. */
    private final List<Table> layout;

    /** The kinds of part a generated table holds, each with its own symbols, footprints and package texts. */
    public enum Family {
        RESISTORS, CAPACITORS, INDUCTORS, DIODES, TRANSISTORS, INTEGRATED_CIRCUITS, CONNECTORS, CRYSTALS, LEDS,
        FERRITE_BEADS, SWITCHES, FUSES
    }

    /**
     * One table of a library laid out table by table.
     *
     * @param name   the table's name
     * @param family what its parts are
     * @param rows   how many rows it gets
     */
    public record Table(String name, Family family, long rows) {
        public Table {
            if (name.isBlank() || rows < 0) {
                throw new IllegalArgumentException("a table needs a name and rows >= 0: " + name + ", " + rows);
            }
        }
    }

    /**
     * @param parts  rows over all tables
     * @param tables number of tables, 1 to {@value #MAX_TABLES}
     * @param seed   random seed
     */
    public SyntheticLibraryGenerator(long parts, int tables, long seed) {
        if (parts < 1 || tables < 1 || tables > MAX_TABLES) {
            throw new IllegalArgumentException("parts must be >= 1 and tables 1.." + MAX_TABLES);
        }
        this.parts = parts;
        this.tables = tables;
        this.seed = seed;
        this.layout = null;
    }

    /**
     * A generator of exactly these tables (any number, names unique), in this order: for libraries laid out as a
     * company keeps them, e.g. many tables per family ({@code Resistors - Thin Film}, {@code IC - Interface}).
     */
    public SyntheticLibraryGenerator(List<Table> layout, long seed) {
        if (layout.isEmpty() || layout.stream().map(Table::name).distinct().count() != layout.size()) {
            throw new IllegalArgumentException("tables must be at least one, with unique names");
        }
        this.layout = List.copyOf(layout);
        this.parts = layout.stream().mapToLong(Table::rows).sum();
        this.tables = layout.size();
        this.seed = seed;
    }

    /** Most tables a generated library has. */
    public static final int MAX_TABLES = 12;

    /** A generator of {@code parts} rows in 8 tables with seed 42. */
    public static SyntheticLibraryGenerator ofParts(long parts) {
        return new SyntheticLibraryGenerator(parts, 8, 42);
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: SyntheticLibraryGenerator <folder> <parts> [tables] [seed]");
            System.exit(2);
        }
        SyntheticLibraryGenerator generator = new SyntheticLibraryGenerator(Long.parseLong(args[1].replace("_", "")),
                args.length > 2 ? Integer.parseInt(args[2]) : 8, args.length > 3 ? Long.parseLong(args[3]) : 42);
        GeneratedLibrary library = generator.writeTo(Path.of(args[0]));
        System.out.println(library.dbLib() + ": " + library.totalRows() + " parts in " + library.rowsPerTable().size() + " tables");
    }

    /** The library's file name stem. */
    public String name() {
        return "Synthetic-" + parts + "-" + tables + "-" + seed;
    }

    /** The tables to write: the layout given, or the first {@link #tables} families sized by their weights. */
    private List<Table> tablesToWrite() {
        if (layout != null) {
            return layout;
        }
        List<Table> out = new ArrayList<>();
        double weightSum = 0;
        for (int t = 0; t < tables; t++) {
            weightSum += WEIGHTS[t];
        }
        long assigned = 0;
        for (int t = 0; t < tables; t++) {
            long n = t == tables - 1 ? parts - assigned : Math.round(parts * WEIGHTS[t] / weightSum);
            n = Math.max(0, Math.min(n, parts - assigned));
            assigned += n;
            out.add(new Table(TABLES[t], Family.values()[t], n));
        }
        return out;
    }

    /** Writes the library into {@code folder} (replacing a previous one of the same name). */
    public GeneratedLibrary writeTo(Path folder) throws IOException, SQLException {
        Files.createDirectories(folder);
        Path database = folder.resolve(name() + ".sqlite");
        Files.deleteIfExists(database);
        Map<String, Long> rows = new LinkedHashMap<>();
        Map<String, List<String>> columns = new LinkedHashMap<>();
        List<Table> toWrite = tablesToWrite();
        toWrite.forEach(table -> rows.put(table.name(), table.rows()));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database)) {
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA journal_mode=OFF");
                st.execute("PRAGMA synchronous=OFF");
            }
            c.setAutoCommit(false);
            int t = 0;
            for (Table table : toWrite) {
                List<String> cols = columnsOf(t);
                columns.put(table.name(), cols);
                writeTable(c, t, table, cols);
                c.commit();
                t++;
            }
        }
        Path dbLib = dbLib(database.getFileName().toString(), columns).writeTo(folder.resolve(name() + ".DbLib"));
        return new GeneratedLibrary(dbLib, database, rows);
    }

    private List<String> columnsOf(int table) {
        int total = 30 + new SplittableRandom(seed * 31 + table).nextInt(31); // 30..60 columns
        List<String> cols = new ArrayList<>(BASE_COLUMNS);
        for (int i = 1; cols.size() < total; i++) {
            cols.add("Parameter " + i);
        }
        return cols;
    }

    private void writeTable(Connection c, int table, Table spec, List<String> cols) throws SQLException {
        String name = spec.name();
        long n = spec.rows();
        SqliteLibraryDatabase.createTable(c, name, cols);
        SplittableRandom random = new SplittableRandom(seed * 1_000_003 + table);
        String[] row = new String[cols.size()];
        try (PreparedStatement ps = SqliteLibraryDatabase.insert(c, name, cols.size())) {
            for (long i = 0; i < n; i++) {
                fill(row, spec.family(), name, i, random);
                for (int k = 0; k < row.length; k++) {
                    ps.setString(k + 1, row[k]);
                }
                ps.addBatch();
                if (i % 5000 == 4999) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
    }

    /** Skewed pick: low indexes much more often, as real libraries favour a few sizes. */
    private static int skewed(SplittableRandom random, int size) {
        double u = random.nextDouble();
        return (int) Math.min(size - 1, Math.floor(size * u * u * u));
    }

    private void fill(String[] row, Family family, String name, long i, SplittableRandom random) {
        int table = family.ordinal();
        String letters = name.replaceAll("[^\\p{L}\\p{N}]", "");
        String prefix = letters.substring(0, Math.min(3, letters.length())).toUpperCase(java.util.Locale.ROOT);
        int size = skewed(random, CHIP.length);
        String chip = CHIP[size];
        String metric = CHIP_METRIC[size];
        String footprint;
        String symbol;
        String pack;
        switch (table % TABLES.length) {
            case 0 -> {
                symbol = "Resistor";
                footprint = random.nextInt(3) == 0 ? "R" + chip : "RESC" + metric + "X" + (35 + 10 * size) + "N";
                pack = chip + " (" + metric + " Metric)";
            }
            case 1 -> {
                symbol = random.nextInt(10) == 0 ? "Capacitor Polarized" : "Capacitor";
                footprint = random.nextInt(3) == 0 ? "C" + chip : "CAPC" + metric + "X" + (55 + 10 * size) + "N";
                pack = chip + " (" + metric + " Metric)";
            }
            case 2, 9 -> {
                symbol = table == 2 ? "Inductor" : "Ferrite Bead";
                footprint = (table == 2 ? "INDC" : "BEADC") + metric + "X" + (60 + 5 * size) + "N";
                pack = chip + " (" + metric + " Metric)";
            }
            case 3, 8 -> {
                String[] diodes = {"SOD-123", "SOD-323", "SMA", "SMB", "SOD-523", "SMC", "SOT-23"};
                int d = skewed(random, diodes.length);
                symbol = table == 3 ? (random.nextInt(4) == 0 ? "Zener" : "Diode") : "LED";
                footprint = table == 3 ? diodes[d] : "LEDC" + metric + "X" + (70 + 5 * size) + "N";
                pack = table == 3 ? diodes[d] : chip + " (" + metric + " Metric)";
            }
            case 4 -> {
                String[] t = {"SOT-23", "SOT-23-3", "SOT-223", "SOT-89", "TO-252", "SC-70", "TO-220-3", "TO-92"};
                int k = skewed(random, t.length);
                symbol = random.nextBoolean() ? "NPN" : "N-MOSFET";
                footprint = t[k];
                pack = t[k].startsWith("TO-252") ? "TO-252-3, DPak (2 Leads + Tab), SC-63" : t[k];
            }
            case 5 -> {
                int[] pins = {8, 14, 16, 20, 24, 28, 32, 48, 64};
                int p = pins[skewed(random, pins.length)];
                int style = random.nextInt(3);
                symbol = "IC-" + (1000 + random.nextInt(400));
                footprint = style == 0 ? "SOIC127P600X175-" + p + "N" : style == 1 ? "SOP65P640X120-" + p + "N"
                        : "QFN50P" + (p <= 20 ? "400X400" : "700X700") + "X100-" + (p + 1) + "N";
                pack = style == 0 ? p + "-SOIC (0.154\", 3.90mm Width)" : style == 1 ? p + "-TSSOP (0.173\", 4.40mm Width)"
                        : p + "-VFQFN Exposed Pad";
            }
            case 6 -> {
                int pins = 2 + skewed(random, 19);
                boolean dual = random.nextInt(4) == 0;
                symbol = "Header " + (dual ? "2x" + pins : "1x" + pins);
                footprint = "HDR" + (dual ? "2X" : "1X") + pins;
                pack = "Header, " + (dual ? 2 * pins : pins) + " position, 2.54mm";
            }
            default -> {
                String[] x = {"3225", "2520", "5032", "HC49", "7050", "2016"};
                int k = skewed(random, x.length);
                symbol = "Crystal";
                footprint = "XTAL-" + x[k];
                pack = x[k].startsWith("HC") ? "HC49/US" : x[k].charAt(0) + "." + x[k].charAt(1) + "mm x " + x[k].charAt(2) + "." + x[k].charAt(3) + "mm";
            }
        }
        String manufacturer = MANUFACTURERS[skewed(random, MANUFACTURERS.length)];
        String value = (1 + random.nextInt(99)) + (random.nextBoolean() ? "k" : "n");
        boolean alternate = random.nextInt(8) == 0;
        row[0] = prefix + "-" + String.format("%08d", i);
        row[1] = symbol;
        row[2] = "Symbols\\" + name + ".SchLib";
        row[3] = footprint;
        row[4] = "Footprints\\" + name + ".PcbLib";
        row[5] = alternate ? footprint + "_HS" : null;
        row[6] = alternate ? "Footprints\\" + name + " Hand Solder.PcbLib" : null;
        row[7] = i % 50 == 7 ? longText(name, value, random) : name.substring(0, name.length() - 1) + " " + value + " " + pack;
        row[8] = "=Value";
        row[9] = value;
        row[10] = manufacturer;
        row[11] = manufacturer.substring(0, 2).toUpperCase(java.util.Locale.ROOT) + (100000 + random.nextInt(900000)) + "-" + i;
        row[12] = "DigiKey";
        row[13] = "DK-" + i;
        row[14] = pack;
        row[15] = "Datasheet";
        row[16] = "https://example.com/datasheets/" + manufacturer.replace(' ', '-') + "/" + (random.nextInt(5000)) + ".pdf";
        for (int k = BASE_COLUMNS.size(); k < row.length; k++) {
            int pick = skewed(random, 12);
            row[k] = pick == 11 ? null : "P" + (k - BASE_COLUMNS.size() + 1) + "=" + pick;
        }
    }

    private static String longText(String table, String value, SplittableRandom random) {
        StringBuilder b = new StringBuilder(table).append(' ').append(value).append(": ");
        while (b.length() < 400) {
            b.append("qualified for automotive use, AEC-Q200, operating range -55 °C to +155 °C; ");
        }
        b.append(random.nextInt(1000));
        return b.toString();
    }

    private static DbLibText dbLib(String databaseFile, Map<String, List<String>> columns) {
        DbLibText dbLib = DbLibText.linking("Provider=MSDASQL.1;Persist Security Info=False;Extended Properties=\"Driver={SQLite3 ODBC Driver};"
                + "Database=C:\\Altium\\Libraries\\" + databaseFile + ";StepAPI=0;SyncPragma=NORMAL;NoTXN=0;Timeout=100000;\"")
                .databasePath(databaseFile, true);
        for (Map.Entry<String, List<String>> table : columns.entrySet()) {
            dbLib = dbLib.table(new DbLibText.Table(table.getKey(), true, table.getValue(), "Part Number"));
        }
        return dbLib;
    }
}
