package io.github.altium2kicad.testkit.company;

import io.github.altium2kicad.testkit.SqliteLibraryDatabase;
import io.github.altium2kicad.testkit.altium.ComposedEntry;
import io.github.altium2kicad.testkit.altium.ComposedLibrary;
import io.github.altium2kicad.testkit.altium.FixtureFootprint;
import io.github.altium2kicad.testkit.altium.FixtureSymbol;
import java.io.IOException;
import java.io.OutputStream;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a realistic company Altium database library into a folder, with its ground truth: the kind of library a
 * company really keeps, not one shaped by the migration's own grammar.
 *
 * <ul>
 *   <li>{@code Company.DbLib} (UTF-8) + {@code Company.sqlite}: 30 tables, over 5,000 parts (resistors, X7R/X5R/NP0/C0G
 *       ceramics, tantalum, electrolytic, inductors, ferrites, LEDs, diodes, transistors, ICs, connectors, crystals,
 *       oscillators, fuses, switches, test points, RF modules), 31 shared columns plus each family's, makers' part
 *       numbers as the makers write them, DigiKey {@code Package / Case} texts, house footprint names with vendor
 *       prefixes, heights and colours; keys with {@code :} and {@code \}; symbol names over 31 characters and with
 *       {@code /}; {@code Comment} {@code =Value} and {@code =Part Number}; field maps with schema-prefixed table
 *       names ({@code altium.Resistors}); {@code [Table3]} and {@code [FieldMap19]} written twice; {@code Library Path}
 *       spelled {@code .SCHLIB} or as {@code G:\Libraries\ACME\...}; names in another letter case than the file's; a
 *       symbol name in no file; a {@code .SchLib} and a {@code .PcbLib} referenced but absent; a table named with
 *       {@code –} and {@code ü}.</li>
 *   <li>{@code China-GBK.DbLib} (GBK) + {@code 元件库.xlsx}: sheets {@code A贴片电阻}, {@code B贴片电容},
 *       {@code C二极管}, an empty sheet {@code D电感} (no header row) and a table {@code E晶振$} absent from the
 *       workbook; Chinese symbol and footprint names.</li>
 *   <li>{@code Russia-CP1251.DbLib} (windows-1251) + {@code russia.sqlite}; {@code Japan-CP932.DbLib} (Shift-JIS,
 *       windows-31j) + {@code japan.sqlite}: tables, columns and names in Russian and Japanese.</li>
 *   <li>{@code Symbols/}, {@code Footprints/}: the {@code .SchLib}/{@code .PcbLib} files, composed from real
 *       Altium-saved storages ({@link io.github.altium2kicad.testkit.altium.SchLibComposer}), each file in its
 *       DbLib's code page.</li>
 *   <li>{@code ground-truth.tsv}, {@code ground-truth-tables.tsv}: {@link CompanyLibraryFacts}.</li>
 * </ul>
 * The same seed writes the same files. A few seconds for the whole library.
 *
 * <p>Command line: {@code CompanyLibrary <folder> [seed]}.
 */
public final class CompanyLibrary {

    /** The main DbLib's file name. */
    public static final String MAIN_DBLIB = "Company.DbLib";
    public static final String CHINA_DBLIB = "China-GBK.DbLib";
    public static final String RUSSIA_DBLIB = "Russia-CP1251.DbLib";
    public static final String JAPAN_DBLIB = "Japan-CP932.DbLib";
    public static final String GROUND_TRUTH = "ground-truth.tsv";
    public static final String GROUND_TRUTH_TABLES = "ground-truth-tables.tsv";
    /** What the labeled parts physically are and the KiCad standard mapping that fits them ({@link MappingLabel}). */
    public static final String GROUND_TRUTH_MAPPING = "ground-truth-mapping.tsv";

    private static final Charset GBK = Charset.forName("GBK");
    private static final Charset CP1251 = Charset.forName("windows-1251");
    private static final Charset CP932 = Charset.forName("windows-31j");
    private static final Charset CP1252 = Charset.forName("windows-1252");

    private final long seed;

    /** A generator with this seed. */
    public CompanyLibrary(long seed) {
        this.seed = seed;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: CompanyLibrary <folder> [seed]");
            System.exit(2);
        }
        CompanyLibraryFacts facts = new CompanyLibrary(args.length > 1 ? Long.parseLong(args[1]) : 42).write(Path.of(args[0]));
        System.out.println(facts.parts().size() + " parts in " + facts.tables().size() + " tables of "
                + facts.dbLibs().size() + " DbLibs, " + facts.libraryFiles().size() + " library files written to "
                + facts.folder());
    }

    /** Writes the library into {@code folder} (created if needed; files of the same names are replaced). */
    public CompanyLibraryFacts write(Path folder) throws IOException, SQLException {
        Files.createDirectories(folder);
        List<DbLibFact> dbLibs = new ArrayList<>();
        List<TableFact> tableFacts = new ArrayList<>();
        List<PartFact> parts = new ArrayList<>();
        Map<String, ComposedLibrary> libraries = new TreeMap<>();
        Set<String> missing = new TreeSet<>();

        // main library, UTF-8, SQLite
        LibraryFiles mainFiles = new LibraryFiles(CP1252, Set.of(CompanyCatalog.ROOT));
        List<CompanyTable> main = new CompanyCatalog(seed, mainFiles).tables();
        Path mainDb = folder.resolve("Company.sqlite");
        writeSqlite(main, mainDb);
        DbLibFile mainDbLib = new DbLibFile("Provider=MSDASQL.1;Persist Security Info=False;Extended Properties=\"Driver="
                + "{SQLite3 ODBC Driver};Database=" + CompanyCatalog.ROOT + "Company.sqlite;StepAPI=0;SyncPragma=NORMAL;"
                + "NoTXN=0;Timeout=;ShortNames=0;LongNames=0;NoCreat=0;NoWCHAR=0;FKSupport=0;JournalMode=;"
                + "OEMCP=0;LoadExt=;BigInt=0;JDConv=0;\"", "", "Company.sqlite", "Symbols;Footprints",
                StandardCharsets.UTF_8, Set.of("Table3", "FieldMap19"));
        finish(folder, MAIN_DBLIB, mainDbLib, main, mainDb, mainFiles, dbLibs, tableFacts, parts, libraries, missing);

        // China: GBK, Excel, an empty sheet and an absent table
        LibraryFiles chinaFiles = new LibraryFiles(GBK, Set.of("D:\\元件库\\"));
        RegionalCatalog china = new RegionalCatalog(seed + 1, chinaFiles, "Symbols\\中文元件库.SchLib",
                "Footprints\\中文封装库.PcbLib", List.of("封装", "品牌", "规格", "立创编号"));
        List<CompanyTable> chinaTables = new ArrayList<>();
        chinaTables.add(china.table(new RegionalCatalog.Spec("A贴片电阻", "贴片电阻", "贴片电阻", "厚膜电阻", 140,
                FixtureSymbol.RESISTOR_2_PINS, FixtureFootprint.CHIP_2_PADS), "A贴片电阻$", "R"));
        chinaTables.add(china.table(new RegionalCatalog.Spec("B贴片电容", "电容/无极性", "贴片电容", "多层陶瓷电容", 120,
                FixtureSymbol.RESISTOR_2_PINS, FixtureFootprint.CHIP_2_PADS), "B贴片电容$", "C"));
        chinaTables.add(china.table(new RegionalCatalog.Spec("C二极管", "二极管", "二极管 SOD", "开关二极管", 60,
                FixtureSymbol.TWO_PINS_LONG_TEXT, FixtureFootprint.CHIP_2_PADS), "C二极管$", "D"));
        chinaTables.add(new CompanyTable("D电感", "D电感$", "D电感$", List.of(), List.of()));
        chinaTables.add(new CompanyTable(null, "E晶振$", "E晶振$", china.columns(), List.of()));
        Path workbook = folder.resolve("元件库.xlsx");
        writeWorkbook(chinaTables, workbook);
        DbLibFile chinaDbLib = new DbLibFile("Provider=Microsoft.ACE.OLEDB.12.0;Data Source=D:\\元件库\\元件库.xlsx;"
                + "Extended Properties=\"Excel 12.0 Xml;HDR=YES;IMEX=1\"", "Microsoft Excel", "元件库.xlsx",
                "Symbols;Footprints", GBK, Set.of("FieldMap3"));
        finish(folder, CHINA_DBLIB, chinaDbLib, chinaTables, workbook, chinaFiles, dbLibs, tableFacts, parts,
                libraries, missing);

        // Russia: windows-1251, SQLite
        LibraryFiles russiaFiles = new LibraryFiles(CP1251, Set.of());
        RegionalCatalog russia = new RegionalCatalog(seed + 2, russiaFiles, "Symbols\\ЕСКД.SchLib",
                "Footprints\\ЕСКД.PcbLib", List.of("Корпус", "Производитель", "Номинал", "Примечание"));
        List<CompanyTable> russiaTables = List.of(
                russia.table(new RegionalCatalog.Spec("Резисторы", "Резистор", "Резистор ЧИП", "Резистор", 100,
                        FixtureSymbol.RESISTOR_2_PINS, FixtureFootprint.CHIP_2_PADS), "Резисторы", "Р1"),
                russia.table(new RegionalCatalog.Spec("Конденсаторы", "Конденсатор", "Конденсатор ЧИП", "Конденсатор",
                        100, FixtureSymbol.RESISTOR_2_PINS, FixtureFootprint.CHIP_2_PADS), "Конденсаторы", "С1"),
                russia.table(new RegionalCatalog.Spec("Микросхемы", "Микросхема 8 выв.", "SOIC-8 (ГОСТ)", "Микросхема",
                        40, FixtureSymbol.PIN_PROPERTIES_8_PINS, FixtureFootprint.TWELVE_PADS), "Микросхемы", "DA"));
        Path russiaDb = folder.resolve("russia.sqlite");
        writeSqlite(russiaTables, russiaDb);
        finish(folder, RUSSIA_DBLIB, odbc("russia.sqlite", CP1251), russiaTables, russiaDb, russiaFiles, dbLibs,
                tableFacts, parts, libraries, missing);

        // Japan: Shift-JIS (CP932), SQLite
        LibraryFiles japanFiles = new LibraryFiles(CP932, Set.of());
        RegionalCatalog japan = new RegionalCatalog(seed + 3, japanFiles, "Symbols\\部品.SchLib",
                "Footprints\\フットプリント.PcbLib", List.of("パッケージ", "メーカー", "定格"));
        List<CompanyTable> japanTables = List.of(
                japan.table(new RegionalCatalog.Spec("抵抗器", "抵抗", "チップ抵抗", "チップ抵抗器", 80,
                        FixtureSymbol.RESISTOR_2_PINS, FixtureFootprint.CHIP_2_PADS), "抵抗器", "JR"),
                japan.table(new RegionalCatalog.Spec("コンデンサ", "コンデンサ", "チップコンデンサ", "積層セラミック", 80,
                        FixtureSymbol.RESISTOR_2_PINS, FixtureFootprint.CHIP_2_PADS), "コンデンサ", "JC"));
        Path japanDb = folder.resolve("japan.sqlite");
        writeSqlite(japanTables, japanDb);
        finish(folder, JAPAN_DBLIB, odbc("japan.sqlite", CP932), japanTables, japanDb, japanFiles, dbLibs, tableFacts,
                parts, libraries, missing);

        writeGroundTruth(folder, tableFacts, parts);
        List<MappingLabel> labels = new ArrayList<>();
        for (CompanyTable table : main) {
            for (CompanyPart part : table.parts()) {
                if (part.label() != null) {
                    labels.add(new MappingLabel(MAIN_DBLIB, table.dbLibName(), part.cell(CompanyColumns.PART_NUMBER),
                            part.label().family(), part.label().symbol(), part.label().footprint()));
                }
            }
        }
        StringBuilder tsv = new StringBuilder(MappingLabel.TSV_HEADER).append('\n');
        labels.forEach(l -> tsv.append(l.tsv()).append('\n'));
        Files.writeString(folder.resolve(GROUND_TRUTH_MAPPING), tsv, StandardCharsets.UTF_8);
        return new CompanyLibraryFacts(folder, dbLibs, tableFacts, parts, libraries, missing, labels);
    }

    private static DbLibFile odbc(String database, Charset charset) {
        return new DbLibFile("Provider=MSDASQL.1;Persist Security Info=False;Extended Properties=\"Driver={SQLite3 ODBC "
                + "Driver};Database=C:\\Altium\\" + database + ";\"", "", database, "Symbols;Footprints", charset, Set.of());
    }

    private static void finish(Path folder, String dbLibName, DbLibFile dbLib, List<CompanyTable> tables, Path database,
                               LibraryFiles files, List<DbLibFact> dbLibs, List<TableFact> tableFacts,
                               List<PartFact> parts, Map<String, ComposedLibrary> libraries, Set<String> missing)
            throws IOException {
        Path file = folder.resolve(dbLibName);
        dbLib.write(tables, file);
        files.write(folder);
        libraries.putAll(files.written());
        missing.addAll(files.missing());
        dbLibs.add(new DbLibFact(file, dbLib.charset(), database, dbLib.repeated()));
        for (CompanyTable table : tables) {
            TableFact.Status status = table.absentFromDatabase() ? TableFact.Status.ABSENT
                    : table.columns().isEmpty() ? TableFact.Status.EMPTY_SHEET : TableFact.Status.PRESENT;
            tableFacts.add(new TableFact(dbLibName, table.dbLibName(), table.absentFromDatabase() ? ""
                    : table.databaseName(), table.parts().size(), status));
            for (CompanyPart part : table.parts()) {
                parts.add(fact(dbLibName, table, part, files));
            }
        }
    }

    private static PartFact fact(String dbLib, CompanyTable table, CompanyPart part, LibraryFiles files) {
        String libraryRef = part.cell(CompanyColumns.LIBRARY_REF);
        String libraryPath = part.cell(CompanyColumns.LIBRARY_PATH);
        Optional<ComposedLibrary> schLib = files.resolve(libraryPath);
        Optional<ComposedEntry> symbol = schLib.flatMap(l -> l.lookup(libraryRef));
        String footprintRef = part.cell(CompanyColumns.FOOTPRINT_REF);
        String footprintPath = part.cell(CompanyColumns.FOOTPRINT_PATH);
        Optional<ComposedLibrary> pcbLib = files.resolve(footprintPath);
        Optional<ComposedEntry> footprint = pcbLib.flatMap(l -> l.lookup(footprintRef));
        return new PartFact(dbLib, table.dbLibName(), part.cell(CompanyColumns.PART_NUMBER), libraryRef, libraryPath,
                schLib.map(l -> files.relative(libraryPath).isEmpty() ? "" : relativeName(l, files, libraryPath)).orElse(""),
                symbol.map(ComposedEntry::kicadName).orElse(""), symbol.map(ComposedEntry::pins).orElse(0),
                footprintRef, footprintPath,
                pcbLib.map(l -> relativeName(l, files, footprintPath)).orElse(""),
                footprint.map(ComposedEntry::kicadName).orElse(""), footprint.map(ComposedEntry::pins).orElse(0));
    }

    /** The written file's path relative to the folder (its on-disk spelling, not the cell's). */
    private static String relativeName(ComposedLibrary library, LibraryFiles files, String databasePath) {
        return files.written().entrySet().stream().filter(e -> e.getValue() == library).map(Map.Entry::getKey)
                .findFirst().orElse(files.relative(databasePath));
    }

    private static void writeSqlite(List<CompanyTable> tables, Path database) throws SQLException, IOException {
        Files.deleteIfExists(database);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database)) {
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA journal_mode=OFF");
                st.execute("PRAGMA synchronous=OFF");
            }
            c.setAutoCommit(false);
            for (CompanyTable table : tables) {
                if (table.absentFromDatabase()) {
                    continue;
                }
                SqliteLibraryDatabase.createTable(c, table.databaseName(), table.columns());
                try (PreparedStatement insert = SqliteLibraryDatabase.insert(c, table.databaseName(), table.columns().size())) {
                    for (CompanyPart part : table.parts()) {
                        int i = 1;
                        for (String column : table.columns()) {
                            insert.setString(i++, part.cell(column));
                        }
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
            }
            c.commit();
        }
    }

    private static void writeWorkbook(List<CompanyTable> tables, Path file) throws IOException {
        try (Workbook workbook = new XSSFWorkbook()) {
            for (CompanyTable table : tables) {
                if (table.absentFromDatabase()) {
                    continue;
                }
                Sheet sheet = workbook.createSheet(table.databaseName());
                if (table.columns().isEmpty()) {
                    continue; // an empty sheet: no header row
                }
                Row header = sheet.createRow(0);
                for (int i = 0; i < table.columns().size(); i++) {
                    header.createCell(i).setCellValue(table.columns().get(i));
                }
                int r = 1;
                for (CompanyPart part : table.parts()) {
                    Row row = sheet.createRow(r++);
                    for (int i = 0; i < table.columns().size(); i++) {
                        String value = part.cell(table.columns().get(i));
                        if (value != null) {
                            row.createCell(i).setCellValue(value);
                        }
                    }
                }
            }
            Files.deleteIfExists(file);
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
    }

    private static void writeGroundTruth(Path folder, List<TableFact> tables, List<PartFact> parts) throws IOException {
        StringBuilder p = new StringBuilder(PartFact.TSV_HEADER).append('\n');
        parts.forEach(f -> p.append(f.tsv()).append('\n'));
        Files.writeString(folder.resolve(GROUND_TRUTH), p, StandardCharsets.UTF_8);
        StringBuilder t = new StringBuilder("dblib\ttable\tdatabase_table\trows\tstatus\n");
        tables.forEach(f -> t.append(String.join("\t", f.dbLib(), f.table(), f.databaseTable(),
                Integer.toString(f.rows()), f.status().name())).append('\n'));
        Files.writeString(folder.resolve(GROUND_TRUTH_TABLES), t, StandardCharsets.UTF_8);
    }

    /** Rows per DbLib table, for a summary: DbLib → table → rows. */
    public static Map<String, Map<String, Integer>> rowsPerTable(CompanyLibraryFacts facts) {
        Map<String, Map<String, Integer>> rows = new LinkedHashMap<>();
        facts.tables().forEach(t -> rows.computeIfAbsent(t.dbLib(), d -> new LinkedHashMap<>()).put(t.table(), t.rows()));
        return rows;
    }
}
