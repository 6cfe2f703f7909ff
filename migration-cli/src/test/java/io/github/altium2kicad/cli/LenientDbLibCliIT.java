package io.github.altium2kicad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.altium2kicad.core.testing.RealDbLibFixture;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Russian Excel library as Altium opens it: the DbLib (made from a real one) in windows-1251, sheets with Cyrillic
 * names written with Apache POI, one sheet empty and one the workbook does not have. The CLI migrates the rest and
 * exits with 3, "completed with warnings".
 */
class LenientDbLibCliIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Charset CP1251 = Charset.forName("windows-1251");
    private static final List<String> HEADER = List.of("Part Number", "Library Ref", "Library Path", "Footprint Ref",
            "Footprint Path", "Description", "Производитель", "Номинал");

    @TempDir
    Path dir;

    private RealDbLibFixture russianExcelLibrary() {
        return RealDbLibFixture.firstTables(6)
                .connection("Provider=Microsoft.ACE.OLEDB.12.0;Data Source=D:\\Библиотека\\Компоненты.xlsx;"
                        + "Extended Properties=\"Excel 12.0;HDR=Yes;IMEX=1\";Persist Security Info=False",
                        "Microsoft Excel", "Компоненты.xlsx")
                .renameTable("AVX Corporation", "Резисторы$")
                .renameTable("Abracon LLC", "Кварцевые резонаторы$")
                .renameTable("Advanced Photonics", "Оптроны$")
                .renameTable("AlbertaSat_Cust", "Разъёмы$")
                .renameTable("Allegro MicroSystems", "Allegro MicroSystems$")
                .renameTable("Alliance Memory", "Alliance Memory$");
    }

    /** The sheets, with 12 parts each; {@code empty} sheets have no rows at all. */
    private static void writeWorkbook(Path file, List<String> sheets, List<String> empty) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            int n = 0;
            for (String name : sheets) {
                Sheet sheet = workbook.createSheet(name);
                if (empty.contains(name)) {
                    continue;
                }
                Row header = sheet.createRow(0);
                for (int c = 0; c < HEADER.size(); c++) {
                    header.createCell(c).setCellValue(HEADER.get(c));
                }
                for (int r = 1; r <= 12; r++) {
                    Row row = sheet.createRow(r);
                    row.createCell(0).setCellValue(String.format("РЕЗ-0603-%02d%03d", n, r));
                    row.createCell(1).setCellValue("RES");
                    row.createCell(2).setCellValue("Символы\\Пассивные.SchLib");
                    row.createCell(3).setCellValue("RESC1608X55N");
                    row.createCell(4).setCellValue("Посадочные места\\Резисторы.PcbLib");
                    row.createCell(5).setCellValue("Резистор 0603 " + (r * 100) + " Ом ±1% 0,1 Вт");
                    row.createCell(6).setCellValue("Yageo");
                    row.createCell(7).setCellValue(r * 100 + " Ом");
                }
                n++;
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
    }

    private static Map<String, Integer> rowsPerTable(Path database) throws Exception {
        Map<String, Integer> rows = new TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database); Statement st = c.createStatement()) {
            List<String> names = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite%'")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            for (String name : names) {
                try (ResultSet rs = st.executeQuery("SELECT count(*) FROM \"" + name + "\"")) {
                    rows.put(name, rs.getInt(1));
                }
            }
        }
        return rows;
    }

    @Test
    void emptyAndAbsentSheetsAreSkippedTheRestMigratesAndTheExitCodeSaysCompletedWithWarnings() throws Exception {
        Path dbLib = russianExcelLibrary().writeTo(dir.resolve("Библиотека/Компоненты.DbLib"), CP1251);
        writeWorkbook(dir.resolve("Библиотека/Компоненты.xlsx"), List.of("Резисторы", "Кварцевые резонаторы", "Оптроны",
                "Allegro MicroSystems", "Alliance Memory"), List.of("Оптроны"));
        Path out = dir.resolve("kicad");

        CliIT.Run run = CliIT.cli("migrate", dbLib.toString(), "-o", out.toString(), "--mapping-mode", "preserve");

        assertThat(run.exitCode()).as(run.all()).isEqualTo(3);
        assertThat(run.stdout()).contains("DbLib read as: windows-1251 (ANSI code page; 5 of 6 table names match the database")
                .contains("Skipped tables").contains("Оптроны$: ").contains("Разъёмы$: ").contains("exit code 3");
        assertThat(run.stderr()).contains("2 tables skipped:").contains("no header row").contains("no such sheet");
        assertThat(rowsPerTable(out.resolve("Компоненты.sqlite"))).containsOnlyKeys("Резисторы", "Кварцевые резонаторы",
                "Allegro MicroSystems", "Alliance Memory").allSatisfy((table, rows) -> assertThat(rows).isEqualTo(12));
        JsonNode dbl = JSON.readTree(out.resolve("Компоненты.kicad_dbl").toFile());
        List<String> libraries = new ArrayList<>();
        dbl.path("libraries").forEach(l -> libraries.add(l.path("name").asText()));
        assertThat(libraries).containsExactly("Резисторы", "Кварцевые резонаторы", "Allegro MicroSystems", "Alliance Memory");
        assertThat(dbl.path("libraries").get(0).path("key").asText()).isEqualTo("Part Number");
        JsonNode summary = JSON.readTree(out.resolve("migration-summary.json").toFile());
        assertThat(summary.path("dblib_encoding").path("charset").asText()).isEqualTo("windows-1251");
        assertThat(summary.path("skipped_tables")).hasSize(2);
        assertThat(summary.path("skipped_tables").get(0).path("table").asText()).isEqualTo("Оптроны$");
        assertThat(summary.path("skipped_tables").get(0).path("reason").asText()).contains("no header row");
        assertThat(summary.path("skipped_tables").get(1).path("table").asText()).isEqualTo("Разъёмы$");
        assertThat(summary.path("skipped_tables").get(1).path("reason").asText()).contains("no such sheet")
                .contains("Резисторы");

        CliIT.Run inspect = CliIT.cli("inspect", dbLib.toString());
        assertThat(inspect.exitCode()).as(inspect.all()).isZero();
        assertThat(inspect.stdout()).contains("Encoding:    windows-1251 (ANSI code page; 5 of 6 table names match")
                .contains("Резисторы$");
    }

    @Test
    void whenNoSheetCanBeReadTheRunStopsWithBadInputListingEachSheet() throws Exception {
        Path dbLib = russianExcelLibrary().writeTo(dir.resolve("lib/Компоненты.DbLib"), CP1251);
        writeWorkbook(dir.resolve("lib/Компоненты.xlsx"), List.of("Оптроны", "Лист1"), List.of("Оптроны", "Лист1"));
        Path out = dir.resolve("kicad");

        CliIT.Run run = CliIT.cli("migrate", dbLib.toString(), "-o", out.toString());

        assertThat(run.exitCode()).as(run.all()).isEqualTo(2);
        assertThat(run.stderr()).contains("None of the 6 enabled tables").contains("Резисторы$").contains("Разъёмы$")
                .contains("no header row");
        assertThat(out).doesNotExist();
    }
}
