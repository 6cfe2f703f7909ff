package io.github.altium2kicad.testkit.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.altium2kicad.testkit.KicadCli;
import io.github.altium2kicad.testkit.altium.ComposedEntry;
import io.github.altium2kicad.testkit.altium.ComposedLibrary;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.Entry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated company library has the facts its ground truth claims, checked on the files (and by KiCad 9). */
class CompanyLibraryTest {

    @TempDir
    static Path folder;

    private static CompanyLibraryFacts facts;
    private static long millis;

    @BeforeAll
    static void generate() throws Exception {
        long start = System.nanoTime();
        facts = new CompanyLibrary(42).write(folder);
        millis = (System.nanoTime() - start) / 1_000_000;
    }

    @Test
    void atLeast5000PartsIn20TablesOfTheMainDbLibWrittenInSeconds() throws Exception {
        List<TableFact> main = facts.tables().stream().filter(t -> t.dbLib().equals(CompanyLibrary.MAIN_DBLIB)).toList();
        assertThat(main).hasSizeGreaterThanOrEqualTo(20);
        assertThat(facts.partsOf(CompanyLibrary.MAIN_DBLIB)).hasSizeGreaterThanOrEqualTo(5000);
        assertThat(millis).as("generation time in ms").isLessThan(30_000);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("Company.sqlite"))) {
            for (TableFact t : main) {
                try (ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM \"" + t.databaseTable() + "\"")) {
                    assertThat(rs.getInt(1)).as(t.table()).isEqualTo(t.rows());
                }
            }
            try (ResultSet rs = c.createStatement().executeQuery("SELECT * FROM \"Resistors\" LIMIT 1")) {
                assertThat(rs.getMetaData().getColumnCount()).isGreaterThanOrEqualTo(30);
            }
        }
    }

    @Test
    void sameSeedSameLibrary(@TempDir Path second) throws Exception {
        new CompanyLibrary(42).write(second);
        for (String file : List.of(CompanyLibrary.MAIN_DBLIB, CompanyLibrary.CHINA_DBLIB, CompanyLibrary.GROUND_TRUTH,
                "Symbols/Passives.SchLib", "Footprints/Resistors.PcbLib")) {
            assertThat(Files.mismatch(folder.resolve(file), second.resolve(file))).as(file).isEqualTo(-1L);
        }
    }

    @Test
    void dbLibsAreInTheirCodePagesWithNonAsciiTableNames() throws Exception {
        Map<String, String> expectedTable = Map.of(CompanyLibrary.MAIN_DBLIB, "Test Points – Prüfpunkte",
                CompanyLibrary.CHINA_DBLIB, "A贴片电阻$", CompanyLibrary.RUSSIA_DBLIB, "Резисторы",
                CompanyLibrary.JAPAN_DBLIB, "抵抗器");
        assertThat(facts.dbLibs()).extracting(d -> d.encoding().name())
                .containsExactly("UTF-8", "GBK", "windows-1251", "windows-31j");
        for (DbLibFact dbLib : facts.dbLibs()) {
            byte[] bytes = Files.readAllBytes(dbLib.file());
            String text = dbLib.encoding().newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            String name = dbLib.file().getFileName().toString();
            assertThat(text).startsWith("[OutputDatabaseLinkFile]\r\n").contains("TableName=" + expectedTable.get(name) + "\r\n");
            if (!dbLib.encoding().equals(StandardCharsets.UTF_8)) {
                assertThatThrownBy(() -> StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes))).as(name + " is not valid UTF-8")
                        .isInstanceOf(CharacterCodingException.class);
            }
            for (String section : dbLib.repeated()) {
                String header = "[" + section + "]\r\n";
                int first = text.indexOf(header);
                int second = text.indexOf(header, first + 1);
                assertThat(second).as(name + " repeats " + section).isPositive();
                String body = text.substring(first + header.length(), text.indexOf("\r\n[", first + 1) + 2);
                assertThat(text.substring(second + header.length())).as("identical repeat").startsWith(body);
            }
        }
        assertThat(facts.dbLibs().get(0).repeated()).contains("FieldMap19");
        String main = Files.readString(folder.resolve(CompanyLibrary.MAIN_DBLIB));
        assertThat(main).contains("TableNameOnly=altium.Resistors|").contains("Database=G:\\Libraries\\ACME\\Company.sqlite;");
    }

    @Test
    void theWorkbookHasAnEmptySheetAndLacksAnAbsentTable() throws Exception {
        try (InputStream in = Files.newInputStream(folder.resolve("元件库.xlsx")); Workbook wb = WorkbookFactory.create(in)) {
            List<String> sheets = new ArrayList<>();
            wb.forEach(s -> sheets.add(s.getSheetName()));
            assertThat(sheets).containsExactly("A贴片电阻", "B贴片电容", "C二极管", "D电感");
            Sheet empty = wb.getSheet("D电感");
            assertThat(empty.getPhysicalNumberOfRows()).isZero();
            assertThat(wb.getSheet("A贴片电阻").getLastRowNum()).isEqualTo(140);
        }
        assertThat(facts.tables()).filteredOn(t -> t.status() == TableFact.Status.EMPTY_SHEET)
                .extracting(TableFact::table).containsExactly("D电感$");
        assertThat(facts.tables()).filteredOn(t -> t.status() == TableFact.Status.ABSENT)
                .extracting(TableFact::table).containsExactly("E晶振$");
    }

    @Test
    void rowsCarryTheQuirksOfRealLibraries() {
        List<PartFact> parts = facts.parts();
        assertThat(parts).extracting(PartFact::key).contains("MT40A1G16TB-062E:F")
                .anyMatch(k -> k.endsWith("KAT2A\\2.5K"));
        assertThat(parts).anyMatch(p -> p.libraryRef().equals("ON SEMI NPN SINGLE PREBIASED SC-75 DTC")
                && p.kicadSymbol().equals("ON SEMI NPN SINGLE PREBIASED SC") && p.symbolPins() == 4);
        assertThat(parts).anyMatch(p -> p.libraryRef().equals("LM358/LM2904 DUAL OPAMP")
                && p.kicadSymbol().equals("LM358_LM2904 DUAL OPAMP"));
        assertThat(parts).anyMatch(p -> p.footprintRef().equals("SOT-23-5/SC-74A") && p.kicadFootprint().equals("SOT-23-5/SC-74A"));
        assertThat(parts).anyMatch(p -> p.footprintRef().equals("QFN-16-1EP_3X3MM_P0.5MM_EP1.68X1.68MM")
                && p.footprintPads() == 42);
        // names in another letter case than the file's: KiCad finds them ignoring case
        assertThat(parts).anyMatch(p -> p.libraryRef().equals("Res") && p.kicadSymbol().equals("RES"));
        assertThat(parts).anyMatch(p -> !p.footprintRef().equals(p.kicadFootprint())
                && p.footprintRef().equalsIgnoreCase(p.kicadFootprint()));
        // a name in no file, and files that are missing
        assertThat(parts).anyMatch(p -> p.libraryRef().equals("ON SEMI LM339") && p.kicadSymbol().isEmpty()
                && !p.symbolFile().isEmpty());
        assertThat(facts.missingFiles()).containsExactlyInAnyOrder("Symbols/RF.SchLib", "Footprints/Legacy/Connectors_Old.PcbLib");
        for (String missing : facts.missingFiles()) {
            assertThat(folder.resolve(missing)).doesNotExist();
        }
        assertThat(parts).anyMatch(p -> p.footprintPath().endsWith("Connectors_Old.PcbLib") && p.footprintFile().isEmpty());
        assertThat(parts).anyMatch(p -> p.libraryPath().endsWith("RF.SchLib") && p.symbolFile().isEmpty());
        // spellings of paths: .SCHLIB, absolute drive paths; both reach the written file
        assertThat(parts).anyMatch(p -> p.libraryPath().endsWith(".SCHLIB") && p.symbolFile().endsWith(".SchLib"));
        assertThat(parts).anyMatch(p -> p.libraryPath().startsWith("G:\\Libraries\\ACME\\Symbols\\") && !p.symbolFile().isEmpty());
        // non-ASCII names
        assertThat(parts).anyMatch(p -> p.kicadSymbol().equals("电容_无极性"));
        assertThat(parts).anyMatch(p -> p.kicadFootprint().equals("Резистор ЧИП 0603_1608"));
        assertThat(parts).anyMatch(p -> p.kicadFootprint().startsWith("チップ抵抗 "));
        long unresolved = parts.stream().filter(p -> !p.resolvesInKicad()).count();
        assertThat(unresolved).isBetween(20L, 200L);
    }

    @Test
    void commentShowsAnotherParameter() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("Company.sqlite"))) {
            Map<String, Integer> comments = new HashMap<>();
            for (TableFact t : facts.tables()) {
                if (!t.dbLib().equals(CompanyLibrary.MAIN_DBLIB)) {
                    continue;
                }
                try (ResultSet rs = c.createStatement().executeQuery("SELECT \"Comment\" FROM \"" + t.databaseTable() + "\"")) {
                    while (rs.next()) {
                        comments.merge(rs.getString(1), 1, Integer::sum);
                    }
                }
            }
            assertThat(comments.get("=Part Number")).isGreaterThan(500);
            assertThat(comments.get("=Value")).isGreaterThan(1000);
        }
    }

    @Test
    void everyLibraryFileOpensInPoiWithTheStoragesTheGroundTruthNames() throws Exception {
        assertThat(facts.libraryFiles()).hasSizeGreaterThanOrEqualTo(25);
        for (Map.Entry<String, ComposedLibrary> e : facts.libraryFiles().entrySet()) {
            Path file = folder.resolve(e.getKey());
            assertThat(file).isRegularFile();
            Set<String> storages = new TreeSet<>();
            try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
                DirectoryEntry root = fs.getRoot();
                for (Entry entry : root) {
                    if (entry instanceof DirectoryEntry) {
                        storages.add(entry.getName());
                    }
                }
            }
            assertThat(storages).as(e.getKey()).containsAll(
                    e.getValue().entries().stream().map(ComposedEntry::storageName).toList());
        }
    }

    @Test
    void kicadListsTheNamesTheGroundTruthSays() throws Exception {
        Optional<KicadCli> kicad = KicadCli.locate();
        if ("true".equals(System.getenv("CI"))) {
            assertThat(kicad).as("kicad-cli 9 must be installed in CI (../shared/tools/install-kicad9)").isPresent();
        }
        assumeTrue(kicad.isPresent(), "kicad-cli 9 not installed");
        Path work = Files.createDirectories(folder.resolve("kicad-work"));
        Map<String, Map<String, Integer>> listed = new TreeMap<>();
        int n = 0;
        for (Map.Entry<String, ComposedLibrary> e : facts.libraryFiles().entrySet()) {
            Path dir = Files.createDirectories(work.resolve("f" + n++));
            Map<String, Integer> names = e.getValue().kind() == ComposedLibrary.Kind.SCHLIB
                    ? kicad.get().symbols(folder.resolve(e.getKey()), dir)
                    : kicad.get().footprints(folder.resolve(e.getKey()), dir);
            Map<String, Integer> expected = new LinkedHashMap<>();
            e.getValue().entries().forEach(x -> expected.put(x.kicadName(), x.pins()));
            assertThat(new TreeMap<>(names)).as(e.getKey()).isEqualTo(new TreeMap<>(expected));
            Map<String, Integer> upper = new HashMap<>();
            names.forEach((k, v) -> upper.put(k.toUpperCase(Locale.ROOT), v));
            listed.put(e.getKey(), upper);
        }
        for (PartFact p : facts.parts()) {
            if (!p.kicadSymbol().isEmpty()) {
                assertThat(listed.get(p.symbolFile())).as(p.key()).containsEntry(
                        p.kicadSymbol().toUpperCase(Locale.ROOT), p.symbolPins());
            }
            if (!p.kicadFootprint().isEmpty()) {
                assertThat(listed.get(p.footprintFile())).as(p.key()).containsEntry(
                        p.kicadFootprint().toUpperCase(Locale.ROOT), p.footprintPads());
            }
        }
    }

    @Test
    void groundTruthFileHasOneLinePerPart() throws Exception {
        List<String> lines = Files.readAllLines(folder.resolve(CompanyLibrary.GROUND_TRUTH));
        assertThat(lines.get(0)).isEqualTo(PartFact.TSV_HEADER);
        assertThat(lines).hasSize(facts.parts().size() + 1);
        Matcher m = Pattern.compile("\t").matcher(lines.get(1));
        assertThat(m.results().count()).isEqualTo(12);
    }
}
