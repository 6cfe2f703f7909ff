package io.github.altium2kicad.testkit.company;

import io.github.altium2kicad.testkit.altium.FixtureFootprint;
import io.github.altium2kicad.testkit.altium.FixtureSymbol;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes a company library of any size shaped like a real one, for benchmarks: {@value #DEFAULT_TABLES} tables of 30–80
 * columns with the names companies use, distinct internal part numbers, descriptions about two thirds distinct (as in
 * the real library), footprints and symbols reused as in real libraries (a few thousand distinct over 70,000 parts,
 * growing with the square root of the part count), and one {@code .SchLib} per symbol and one {@code .PcbLib} per footprint, as many
 * companies keep them (the real 70,000-part library this imitates had 8,979 such files).
 *
 * <p>Rows are variations of {@link CompanyCatalog}'s parts (its makers' part numbers, {@code Package / Case} texts,
 * house footprint names and path spellings, including the two library files rows name but nobody wrote), so the
 * names are as realistic as the company library's; each of the {@value #DEFAULT_TABLES} tables takes one catalog
 * family in a series ({@code Resistors - Automotive}, …) with its own extra columns. Rows stream into SQLite, so a
 * million parts need little memory. The same seed and size write the same files.
 *
 * <p>Command line: {@code RealisticLibrary <folder> <parts> [seed] [--no-library-files]}.
 */
public final class RealisticLibrary {

    /** The DbLib's file name. */
    public static final String DBLIB = "Realistic.DbLib";
    /** The SQLite database's file name. */
    public static final String DATABASE = "Realistic.sqlite";
    /** Tables in the library by default: as many as the real library it imitates. */
    public static final int DEFAULT_TABLES = 168;
    /** Fewest and most columns of a table. */
    public static final int MIN_COLUMNS = 30;
    public static final int MAX_COLUMNS = 80;
    /** Distinct footprints and symbols at 70,000 parts; they grow with the square root of the part count. */
    static final int FOOTPRINTS_AT_70K = 7_000;
    static final int SYMBOLS_AT_70K = 5_400;
    /**
     * Share of rows (in percent) whose description is their catalog part's, shared with the other rows made from it:
     * the real library had 46,033 distinct mapping inputs for 69,974 parts.
     */
    static final int SHARED_DESCRIPTION_PERCENT = 35;
    /**
     * Share of rows (in percent) that re-list an earlier part of their table under another number, as companies list
     * the tape-and-reel and cut-tape packagings or a second source: the same description, package, footprint and
     * symbol, so the same mapping input. With {@link #SHARED_DESCRIPTION_PERCENT} this gives about two thirds distinct
     * mapping inputs, as the real library's 46,033 for 69,974 parts (66 %).
     */
    static final int RELISTED_PERCENT = 33;
    private static final String[] PACKAGINGS = {"-TR", "-CT", "-DKR", "/R7", "-ND", "-T", "-REEL"};

    private static final Charset CP1252 = Charset.forName("windows-1252");
    private static final String[] SERIES = {"", " - Automotive", " - Industrial", " - High Reliability",
        " - Commercial", " - Obsolete", " - Customer Specific", " - Prototype"};
    private static final String[] FOOTPRINT_VARIANTS = {"", "_N", "_L", "_M", "_HandSolder", "_Reflow", "_Wave",
        "_ThermalVias", "_Rev2", "_Rev3", "_Pad1.2x1.4mm", "_Pad0.9x1.0mm", "_Boxed", "_Hole0.8mm", "_Mask"};
    private static final String[] SYMBOL_VARIANTS = {"", "_IEC", "_ANSI", "_ALT", "_Small", "_HV", "_Pol", "_Rev2",
        "_Shield", "_NoPinNumbers"};
    /** Columns tables add after the catalog's, as companies do over the years; each table takes a prefix of these. */
    static final List<String> EXTRA_COLUMNS = List.of("Voltage", "Power", "Case", "Height", "Datasheet", "RoHS",
            "Lifecycle", "Supplier 3", "Supplier Part Number 3", "Manufacturer 2", "Manufacturer Part Number 2",
            "ComponentLink2Description", "ComponentLink2URL", "Packaging", "Moisture Sensitivity Level (MSL)",
            "REACH Status", "ECCN", "HTSUS", "Country of Origin", "Weight", "Minimum Order Quantity",
            "Standard Pack Qty", "Lead Time", "Grade", "Qualification", "Termination Style", "Pin Count", "Pitch",
            "Notes", "Revision", "Modified By", "Modified Date", "ERP Number", "Internal Category", "Sim Model Name",
            "Sim Kind", "Sim File", "PLM Status", "Alternate Part 1", "Alternate Part 2", "Unit Price 100",
            "Unit Price 10000", "Supplier 4", "Supplier Part Number 4", "Storage Conditions", "Datasheet Revision",
            "Cost Center", "Library Revision", "Verified By", "Verified Date");

    private final long seed;
    private final int parts;
    private final int tableCount;
    private final boolean libraryFiles;

    /**
     * @param seed         the same seed (and size) writes the same files
     * @param parts        rows over all tables
     * @param tableCount   tables (at least one)
     * @param libraryFiles whether to write the {@code .SchLib}/{@code .PcbLib} files the rows name
     */
    public RealisticLibrary(long seed, int parts, int tableCount, boolean libraryFiles) {
        if (parts < tableCount || tableCount < 1) {
            throw new IllegalArgumentException("need at least one part per table: " + parts + " parts, " + tableCount + " tables");
        }
        this.seed = seed;
        this.parts = parts;
        this.tableCount = tableCount;
        this.libraryFiles = libraryFiles;
    }

    /** {@value #DEFAULT_TABLES} tables with library files. */
    public RealisticLibrary(long seed, int parts) {
        this(seed, parts, DEFAULT_TABLES, true);
    }

    public static void main(String[] args) throws Exception {
        List<String> positional = new ArrayList<>();
        boolean files = true;
        for (String a : args) {
            if (a.equals("--no-library-files")) {
                files = false;
            } else {
                positional.add(a);
            }
        }
        if (positional.size() < 2) {
            System.err.println("usage: RealisticLibrary <folder> <parts> [seed] [--no-library-files]");
            System.exit(2);
        }
        long start = System.nanoTime();
        RealisticLibraryFacts facts = new RealisticLibrary(positional.size() > 2 ? Long.parseLong(positional.get(2)) : 42,
                Integer.parseInt(positional.get(1)), DEFAULT_TABLES, files).write(Path.of(positional.get(0)));
        System.out.printf(Locale.ROOT, "%d parts in %d tables (%d-%d columns), %d distinct footprints, %d distinct"
                        + " symbols, %d library files written to %s in %.1f s%n", facts.parts(), facts.tables().size(),
                facts.fewestColumns(), facts.mostColumns(), facts.distinctFootprints(), facts.distinctSymbols(),
                facts.libraryFiles(), facts.folder(), (System.nanoTime() - start) / 1e9);
    }

    /** Writes {@link #DBLIB}, {@link #DATABASE} and (if asked) the library files into {@code folder}. */
    public RealisticLibraryFacts write(Path folder) throws IOException, SQLException {
        Files.createDirectories(folder);
        List<CompanyTable> families = new CompanyCatalog(seed, new LibraryFiles(CP1252, Set.of(CompanyCatalog.ROOT))).tables();
        Random random = new Random(seed);
        int[] rows = rowsPerTable(families, random);
        double scale = Math.sqrt(parts / 70_000.0);
        Variants footprints = new Variants(FOOTPRINT_VARIANTS, distinct(families, CompanyColumns.FOOTPRINT_REF),
                Math.max(1, (int) Math.round(FOOTPRINTS_AT_70K * scale)));
        Variants symbols = new Variants(SYMBOL_VARIANTS, distinct(families, CompanyColumns.LIBRARY_REF),
                Math.max(1, (int) Math.round(SYMBOLS_AT_70K * scale)));
        LibraryFiles files = new LibraryFiles(CP1252, Set.of(CompanyCatalog.ROOT));
        files.markMissing(CompanyCatalog.MISSING_PCBLIB);
        files.markMissing(CompanyCatalog.MISSING_SCHLIB);
        Names names = new Names();

        Path database = folder.resolve(DATABASE);
        Files.deleteIfExists(database);
        List<CompanyTable> tables = new ArrayList<>();
        List<Integer> columnCounts = new ArrayList<>();
        Set<String> footprintNames = new HashSet<>();
        Set<String> symbolNames = new HashSet<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database)) {
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA journal_mode=OFF");
                st.execute("PRAGMA synchronous=OFF");
            }
            c.setAutoCommit(false);
            for (int t = 0; t < tableCount; t++) {
                CompanyTable family = families.get(t % families.size());
                String name = family.databaseName() + SERIES[(t / families.size()) % SERIES.length]
                        + (t / families.size() >= SERIES.length ? " " + (t / families.size() / SERIES.length + 1) : "");
                List<String> columns = new ArrayList<>(family.columns());
                int wanted = MIN_COLUMNS + random.nextInt(MAX_COLUMNS - MIN_COLUMNS + 1);
                Set<String> taken = new HashSet<>();
                columns.forEach(col -> taken.add(col.toLowerCase(Locale.ROOT)));
                for (int e = 0; columns.size() < wanted && e < EXTRA_COLUMNS.size(); e++) {
                    if (taken.add(EXTRA_COLUMNS.get(e).toLowerCase(Locale.ROOT))) {
                        columns.add(EXTRA_COLUMNS.get(e));
                    }
                }
                createTable(c, name, columns);
                Random rowRandom = new Random(seed * 31 + t);
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + quote(name) + " VALUES ("
                        + columns.stream().map(col -> "?").collect(Collectors.joining(", ")) + ")")) {
                    List<Map<String, String>> listed = new ArrayList<>();
                    for (int r = 0; r < rows[t]; r++) {
                        Map<String, String> row;
                        if (!listed.isEmpty() && rowRandom.nextInt(100) < RELISTED_PERCENT) {
                            row = relisted(listed.get(rowRandom.nextInt(listed.size())), r);
                        } else {
                            CompanyPart template = family.parts().get(listed.size() % family.parts().size());
                            row = vary(template, t, listed.size() / family.parts().size(), rowRandom, footprints,
                                    symbols, files, names);
                            listed.add(row);
                        }
                        footprintNames.add(row.get(CompanyColumns.FOOTPRINT_REF).toLowerCase(Locale.ROOT));
                        symbolNames.add(row.get(CompanyColumns.LIBRARY_REF).toLowerCase(Locale.ROOT));
                        for (int i = 0; i < columns.size(); i++) {
                            String column = columns.get(i);
                            insert.setString(i + 1, row.containsKey(column) ? row.get(column) : extra(column, row, rowRandom));
                        }
                        insert.addBatch();
                        if (r % 5_000 == 4_999) {
                            insert.executeBatch();
                        }
                    }
                    insert.executeBatch();
                }
                c.commit();
                tables.add(new CompanyTable(name, name, name, columns, List.of()));
                columnCounts.add(columns.size());
            }
        }
        new DbLibFile("Provider=MSDASQL.1;Persist Security Info=False;Extended Properties=\"Driver={SQLite3 ODBC Driver};"
                + "Database=" + CompanyCatalog.ROOT + DATABASE + ";\"", "", DATABASE, "Symbols;Footprints",
                StandardCharsets.UTF_8, Set.of()).write(tables, folder.resolve(DBLIB));
        if (libraryFiles) {
            files.write(folder);
        }
        return new RealisticLibraryFacts(folder, folder.resolve(DBLIB), database, parts,
                tables.stream().map(CompanyTable::databaseName).toList(), columnCounts, footprintNames.size(),
                symbolNames.size(), libraryFiles ? files.written().size() : 0);
    }

    /** Rows per table: the catalog family's share, times a random factor, summing to {@code parts}. */
    private int[] rowsPerTable(List<CompanyTable> families, Random random) {
        double[] weight = new double[tableCount];
        double total = 0;
        for (int t = 0; t < tableCount; t++) {
            weight[t] = families.get(t % families.size()).parts().size() * (0.2 + random.nextDouble() * 1.8);
            total += weight[t];
        }
        int[] rows = new int[tableCount];
        int given = 0;
        for (int t = 0; t < tableCount; t++) {
            rows[t] = Math.max(1, (int) (parts * weight[t] / total));
            given += rows[t];
        }
        for (int t = 0; given != parts; t = (t + 1) % tableCount) { // the rounding, one row at a time
            if (given < parts) {
                rows[t]++;
                given++;
            } else if (rows[t] > 1) {
                rows[t]--;
                given--;
            }
        }
        return rows;
    }

    /**
     * Row {@code round} of a table made from {@code template}: its own part number and description, a footprint and
     * symbol variant in their own files (registered with {@code files}), the template's other cells.
     */
    private static Map<String, String> vary(CompanyPart template, int table, int round, Random random,
                                            Variants footprints, Variants symbols, LibraryFiles files, Names names) {
        Map<String, String> row = new HashMap<>(template.cells());
        String key = template.cell(CompanyColumns.PART_NUMBER);
        if (table > 0 || round > 0) { // an internal number of its own, the family's style kept
            key = key + "-" + Integer.toString(table, 36).toUpperCase(Locale.ROOT) + String.format(Locale.ROOT, "%03d", round);
            if (template.cell(CompanyColumns.PART_NUMBER).equals(template.cell(CompanyColumns.MPN))) {
                row.put(CompanyColumns.MPN, key);
            }
        }
        row.put(CompanyColumns.PART_NUMBER, key);
        String description = template.cell(CompanyColumns.DESCRIPTION);
        if (random.nextInt(100) >= SHARED_DESCRIPTION_PERCENT) { // else the family's text, as re-listed parts have
            row.put(CompanyColumns.DESCRIPTION, (description == null ? "" : description + ", ")
                    + new String[] {"Rev ", "Lot ", "Series ", "Batch ", "Spec "}[random.nextInt(5)]
                    + Integer.toString(table * 7919 + round * 104_729 + random.nextInt(97), 36).toUpperCase(Locale.ROOT));
        }

        String footprintRef = template.cell(CompanyColumns.FOOTPRINT_REF);
        String footprintPath = template.cell(CompanyColumns.FOOTPRINT_PATH);
        if (footprintRef != null && footprintPath != null) {
            String name = names.canonical(footprintRef + footprints.pick(footprintRef, random));
            row.put(CompanyColumns.FOOTPRINT_REF, name);
            if (!missing(footprintPath, CompanyCatalog.MISSING_PCBLIB)) {
                footprintPath = folderOf(footprintPath) + fileName(name) + ".PcbLib";
                row.put(CompanyColumns.FOOTPRINT_PATH, footprintPath);
            }
            files.footprint(footprintPath, name, "", template.footprint());
        }
        String footprintRef2 = template.cell(CompanyColumns.FOOTPRINT_REF_2);
        if (footprintRef2 != null) { // the second footprint stays in the family's shared file
            files.footprint(template.cell(CompanyColumns.FOOTPRINT_PATH_2), names.canonical(footprintRef2), "",
                    template.footprint());
        }
        String symbolRef = template.cell(CompanyColumns.LIBRARY_REF);
        String symbolPath = template.cell(CompanyColumns.LIBRARY_PATH);
        if (symbolRef != null && symbolPath != null) {
            String name = names.canonical(symbolRef + symbols.pick(symbolRef, random));
            row.put(CompanyColumns.LIBRARY_REF, name);
            if (!missing(symbolPath, CompanyCatalog.MISSING_SCHLIB)) {
                symbolPath = folderOf(symbolPath) + stem(symbolPath) + "\\" + fileName(name) + ".SchLib";
                row.put(CompanyColumns.LIBRARY_PATH, symbolPath);
            }
            files.symbol(symbolPath, name, template.cell(CompanyColumns.DESCRIPTION), template.symbol());
        }
        return row;
    }

    /**
     * Row {@code r} re-listing {@code part}: its own internal number and a packaging suffix on the manufacturer part
     * number, everything the mapping reads unchanged.
     */
    private static Map<String, String> relisted(Map<String, String> part, int r) {
        Map<String, String> row = new HashMap<>(part);
        String packaging = PACKAGINGS[r % PACKAGINGS.length];
        row.put(CompanyColumns.PART_NUMBER, part.get(CompanyColumns.PART_NUMBER) + packaging + "-" + Integer.toString(r, 36)
                .toUpperCase(Locale.ROOT));
        String mpn = part.get(CompanyColumns.MPN);
        if (mpn != null) {
            row.put(CompanyColumns.MPN, mpn + packaging);
        }
        return row;
    }

    /** A cell of a column the catalog does not fill, from the row's other cells where a company would copy them. */
    private static String extra(String column, Map<String, String> row, Random random) {
        String mpn = row.get(CompanyColumns.MPN);
        return switch (column) {
            case "Voltage" -> first(row, "Voltage - Rated", "Voltage Rating - DC", "Voltage - Supply");
            case "Power" -> first(row, "Power (Watts)", "Power - Max");
            case "Case" -> row.get(CompanyColumns.PACKAGE);
            case "Height" -> row.get("Height - Seated (Max)");
            case "Datasheet" -> row.get("ComponentLink1URL");
            case "RoHS" -> "ROHS3 Compliant".equals(row.get("RoHS Status")) ? "Yes" : "No";
            case "Lifecycle" -> row.get("Lifecycle Status");
            case "Manufacturer 2", "Supplier 4" -> random.nextInt(5) == 0 ? "Arrow Electronics" : null;
            case "Manufacturer Part Number 2", "Alternate Part 1" -> random.nextInt(5) == 0 && mpn != null ? mpn + "-ALT" : null;
            case "Supplier 3" -> random.nextInt(4) == 0 ? "Farnell" : null;
            case "Supplier Part Number 3", "Supplier Part Number 4" ->
                    random.nextInt(4) == 0 ? Integer.toString(1_000_000 + random.nextInt(9_000_000)) : null;
            case "ComponentLink2Description" -> "Manufacturer Page";
            case "ComponentLink2URL" -> mpn == null ? null : "https://www.digikey.com/en/products/result?keywords=" + mpn;
            case "Packaging" -> new String[] {"Tape & Reel (TR)", "Cut Tape (CT)", "Tray", "Tube", "Bulk"}[random.nextInt(5)];
            case "Moisture Sensitivity Level (MSL)" -> new String[] {"1 (Unlimited)", "3 (168 Hours)", "Not Applicable"}[random.nextInt(3)];
            case "REACH Status" -> "REACH Unaffected";
            case "ECCN" -> random.nextInt(10) == 0 ? "3A991" : "EAR99";
            case "HTSUS" -> new String[] {"8533.21.0030", "8532.24.0020", "8541.10.0080", "8542.39.0001"}[random.nextInt(4)];
            case "Country of Origin" -> new String[] {"TW", "CN", "JP", "US", "DE", "MY", "PH"}[random.nextInt(7)];
            case "Weight" -> String.format(Locale.ROOT, "%.3f g", 0.001 + random.nextDouble() * 2);
            case "Minimum Order Quantity", "Standard Pack Qty" -> new String[] {"1", "100", "2500", "4000", "10000"}[random.nextInt(5)];
            case "Lead Time" -> (4 + random.nextInt(40)) + " Weeks";
            case "Grade", "Qualification" -> random.nextInt(6) == 0 ? "AEC-Q200" : null;
            case "Termination Style" -> "SMD/SMT";
            case "Pin Count" -> null;
            case "Pitch" -> random.nextInt(3) == 0 ? "0.50mm" : null;
            case "Notes" -> random.nextInt(15) == 0 ? "Use only with approval of HW lead" : null;
            case "Revision" -> Integer.toString(1 + random.nextInt(4));
            case "Modified By", "Verified By" -> new String[] {"jsmith", "M.Keller", "lwang", "a.petrova"}[random.nextInt(4)];
            case "Modified Date", "Verified Date" -> String.format(Locale.ROOT, "20%02d-%02d-%02d", 18 + random.nextInt(8),
                    1 + random.nextInt(12), 1 + random.nextInt(28));
            case "ERP Number" -> "ERP" + (1_000_000 + random.nextInt(8_999_999));
            case "Internal Category", "Cost Center" -> random.nextInt(3) == 0 ? null : "EE-" + (100 + random.nextInt(20));
            case "Sim Model Name", "Sim Kind", "Sim File" -> null;
            case "PLM Status" -> random.nextInt(8) == 0 ? "In Work" : "Released";
            case "Alternate Part 2" -> null;
            case "Unit Price 100", "Unit Price 10000" -> String.format(Locale.ROOT, "%.4f", random.nextDouble());
            case "Storage Conditions" -> random.nextInt(5) == 0 ? "Dry pack, < 30°C / 60% RH" : null;
            case "Datasheet Revision" -> "Rev. " + (char) ('A' + random.nextInt(8));
            case "Library Revision" -> Integer.toString(1 + random.nextInt(9));
            default -> null;
        };
    }

    private static String first(Map<String, String> row, String... columns) {
        for (String c : columns) {
            if (row.get(c) != null) {
                return row.get(c);
            }
        }
        return null;
    }

    private static boolean missing(String path, String missingFile) {
        return path.toLowerCase(Locale.ROOT).endsWith(missingFile.toLowerCase(Locale.ROOT));
    }

    /** {@code G:\Libraries\ACME\Footprints\Resistors.PcbLib} → {@code G:\Libraries\ACME\Footprints\}. */
    private static String folderOf(String path) {
        return path.substring(0, path.lastIndexOf('\\') + 1);
    }

    /** {@code Symbols\Passives.SchLib} → {@code Passives}. */
    private static String stem(String path) {
        String name = path.substring(path.lastIndexOf('\\') + 1);
        return name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
    }

    /** A symbol or footprint name as a file name: the characters Windows refuses replaced by {@code _}. */
    private static String fileName(String name) {
        return name.strip().replaceAll("[\\\\/:*?\"<>|]", "_");
    }

    private static Set<String> distinct(List<CompanyTable> families, String column) {
        Set<String> out = new HashSet<>();
        families.forEach(t -> t.parts().forEach(p -> {
            if (p.cell(column) != null) {
                out.add(p.cell(column).toLowerCase(Locale.ROOT));
            }
        }));
        return out;
    }

    private static void createTable(Connection c, String name, List<String> columns) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TABLE " + quote(name) + " ("
                    + columns.stream().map(col -> quote(col) + " TEXT").collect(Collectors.joining(", ")) + ")");
        }
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    /**
     * Variants of the catalog's names ({@code RES 0603_1608} → {@code RES 0603_1608_HandSolder}), as many per name as
     * make {@code wanted} distinct names in all; the first variants are the most used, as in real libraries.
     */
    private static final class Variants {
        private final String[] suffixes;
        private final int perName;

        Variants(String[] suffixes, Set<String> names, int wanted) {
            this.suffixes = suffixes;
            this.perName = Math.max(1, (int) Math.ceil(wanted / (double) Math.max(1, names.size())));
        }

        String pick(String name, Random random) {
            double r = random.nextDouble();
            int v = (int) (perName * r * r);
            return v < suffixes.length ? suffixes[v] : "_V" + v;
        }
    }

    /** One spelling per name ignoring case (the first seen), as one file cannot hold names equal but for case. */
    private static final class Names {
        private final Map<String, String> byLowerCase = new LinkedHashMap<>();

        String canonical(String name) {
            return byLowerCase.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> name);
        }
    }
}
