package io.github.altium2kicad.readers.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.altium2kicad.api.MigrationException;
import io.github.altium2kicad.api.MigrationResult;
import io.github.altium2kicad.readers.testing.DbLibFile;
import io.github.altium2kicad.readers.testing.ExcelFixture;
import io.github.altium2kicad.readers.testing.Migrations;
import io.github.altium2kicad.readers.testing.PartsFixture;
import io.github.altium2kicad.readers.testing.SqliteFixture;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExcelSourceReaderTest {

    private static final String XLSX = "Provider=Microsoft.ACE.OLEDB.12.0;Data Source=C:\\lib\\parts.xlsx;"
            + "Extended Properties=\"Excel 12.0;HDR=Yes;IMEX=1\"";
    private static final String XLS = "Provider=Microsoft.Jet.OLEDB.4.0;Data Source=C:\\lib\\parts.xls;"
            + "Extended Properties=\"Excel 8.0;HDR=Yes;IMEX=1\"";

    @TempDir
    Path dir;

    /** Resistors → Resistors$, Caps - Ceramic, X7R → 'Caps - Ceramic, X7R$' as Altium names sheets through ACE. */
    private static List<PartsFixture.Table> asDbLibNamesThem() {
        return PartsFixture.renamed(SheetName::asTable);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"xlsx", "xls"})
    void migratesAWorkbookExactlyLikeTheSameDataInSqlite(String extension) throws Exception {
        Path reference = SqliteFixture.write(dir.resolve("sqlite"), asDbLibNamesThem());
        // the KiCad tables take the sheets' names: 'Caps - Ceramic, X7R$' becomes Caps - Ceramic, X7R
        Path plainReference = SqliteFixture.write(dir.resolve("sqlite-plain"), PartsFixture.tables());
        Path folder = dir.resolve(extension);
        Files.createDirectories(folder);
        Path workbook = folder.resolve("parts." + extension);
        if (extension.equals("xlsx")) {
            ExcelFixture.writeXlsx(workbook, PartsFixture.tables());
        } else {
            ExcelFixture.writeXls(workbook, PartsFixture.tables());
        }
        Path dbLib = DbLibFile.write(folder, extension.equals("xlsx") ? XLSX : XLS, asDbLibNamesThem());

        assertThat(asDbLibNamesThem().get(1).name()).isEqualTo("'Caps - Ceramic, X7R$'");
        assertThat(Migrations.rawRows(dbLib, Map.of())).isEqualTo(Migrations.rawRows(reference, Map.of()));
        MigrationResult expected = Migrations.migrate(plainReference, dir.resolve("out-sqlite"));
        MigrationResult actual = Migrations.migrate(dbLib, dir.resolve("out-" + extension));
        assertThat(Migrations.dump(actual.database())).isEqualTo(Migrations.dump(expected.database()));
        assertThat(Files.readString(actual.kicadDbl())).isEqualTo(Files.readString(expected.kicadDbl()));
        assertThat(actual.tables().get(0).rowsRead()).as("blank rows at the end are not parts").isEqualTo(26);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"xlsx", "xls"})
    void numbersReadAsExcelShowsThem(String extension) throws Exception {
        Path file = dir.resolve("parts." + extension);
        try (Workbook wb = extension.equals("xlsx") ? new XSSFWorkbook() : new HSSFWorkbook()) {
            Sheet sheet = wb.createSheet("Numbers");
            Row header = sheet.createRow(0);
            List<String> names = List.of("Zero padded", "Text", "General", "Whole", "Two places", "Percent", "Date", "DateTime",
                    "Time", "Formula", "Formula text", "Bool", "Huge", "Error");
            for (int i = 0; i < names.size(); i++) {
                header.createCell(i).setCellValue(names.get(i));
            }
            Row r = sheet.createRow(1);
            r.createCell(0).setCellValue(603);
            r.getCell(0).setCellStyle(style(wb, "0000"));
            r.createCell(1).setCellValue("0603");
            r.createCell(2).setCellValue(0.1 + 0.2);
            r.createCell(3).setCellValue(8.0);
            r.createCell(4).setCellValue(1.5);
            r.getCell(4).setCellStyle(style(wb, "0.00"));
            r.createCell(5).setCellValue(0.5);
            r.getCell(5).setCellStyle(style(wb, "0%"));
            r.createCell(6).setCellValue(LocalDateTime.of(2024, 1, 5, 0, 0));
            r.getCell(6).setCellStyle(style(wb, "dd/mm/yyyy"));
            r.createCell(7).setCellValue(LocalDateTime.of(2024, 1, 5, 10, 30));
            r.getCell(7).setCellStyle(style(wb, "yyyy-mm-dd hh:mm"));
            r.createCell(8).setCellValue(0.4375);
            r.getCell(8).setCellStyle(style(wb, "hh:mm"));
            r.createCell(9).setCellFormula("D2*2");
            r.createCell(10).setCellFormula("\"R\"&TEXT(A2,\"0000\")");
            r.createCell(11).setCellValue(true);
            r.createCell(12).setCellValue(1e20);
            r.createCell(13).setCellFormula("1/0");
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        Path dbLib = DbLibFile.write(dir, extension.equals("xlsx") ? XLSX : XLS, List.of(new PartsFixture.Table("Numbers$",
                List.of(new PartsFixture.Column("Zero padded", PartsFixture.Type.TEXT)), List.of())));
        assertThat(Migrations.rawRows(dbLib, Map.of()).get(1)).isEqualTo(
                "1 [0603, 0603, 0.3, 8, 1.50, 50%, 2024-01-05, 2024-01-05T10:30:00, 10:30:00, 16, R0603, True, "
                        + "100000000000000000000, null]");
    }

    private static CellStyle style(Workbook wb, String format) {
        CellStyle style = wb.createCellStyle();
        style.setDataFormat(wb.createDataFormat().getFormat(format));
        return style;
    }

    @Test
    void hdrNoNamesTheColumnsF1F2AsTheAceProviderDoes() throws Exception {
        Path file = dir.resolve("parts.xlsx");
        ExcelFixture.writeXlsx(file, PartsFixture.tables());
        Path dbLib = DbLibFile.write(dir, XLSX.replace("HDR=Yes", "HDR=No"), List.of(new PartsFixture.Table("Resistors$",
                List.of(), List.of())));
        List<String> rows = Migrations.rawRows(dbLib, Map.of());
        assertThat(rows.get(0)).startsWith("Resistors$ [F1, F2, F3").endsWith("F15]");
        assertThat(rows.get(1)).startsWith("1 [ID, Part Number, Library Ref");
        assertThat(rows).hasSize(1 + 1 + 26);
    }

    @Test
    void aSheetWithAnEmptyFirstRowIsBadInputNamingTheSheet() throws Exception {
        Path file = dir.resolve("parts.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("Diodes");
            sheet.createRow(1).createCell(0).setCellValue("Part Number");
            sheet.createRow(2).createCell(0).setCellValue("D-1");
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        Path dbLib = DbLibFile.write(dir, XLSX, List.of(new PartsFixture.Table("Diodes$", List.of(), List.of())));
        assertThatThrownBy(() -> Migrations.migrate(dbLib, dir.resolve("out")))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("Sheet 'Diodes' (table 'Diodes$') of Excel workbook " + file)
                .hasMessageContaining("no header row: row 1 is empty")
                .satisfies(e -> assertThat(((MigrationException) e).kind()).isEqualTo(MigrationException.Kind.BAD_INPUT));
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void aPasswordProtectedWorkbookIsBadInputAndLeavesNoOutput() throws Exception {
        Path plain = dir.resolve("plain.xlsx");
        ExcelFixture.writeXlsx(plain, PartsFixture.tables());
        Path file = dir.resolve("parts.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("workbook-secret");
            try (OPCPackage opc = OPCPackage.open(plain.toFile(), PackageAccess.READ_WRITE);
                 OutputStream os = encryptor.getDataStream(fs)) {
                opc.save(os);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        Path dbLib = DbLibFile.write(dir, XLSX, PartsFixture.renamed(SheetName::asTable));
        assertThatThrownBy(() -> Migrations.migrate(dbLib, dir.resolve("out")))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("Excel workbook " + file + " is password-protected")
                .satisfies(e -> assertThat(((MigrationException) e).kind()).isEqualTo(MigrationException.Kind.BAD_INPUT));
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void aPasswordProtectedXlsIsBadInput() throws Exception {
        Path file = dir.resolve("parts.xls");
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            wb.createSheet("Resistors").createRow(0).createCell(0).setCellValue("Part Number");
            org.apache.poi.hssf.record.crypto.Biff8EncryptionKey.setCurrentUserPassword("xls-secret");
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            } finally {
                org.apache.poi.hssf.record.crypto.Biff8EncryptionKey.setCurrentUserPassword(null);
            }
        }
        assertThatThrownBy(() -> ExcelSourceReader.open(file, true))
                .isInstanceOf(MigrationException.class).hasMessageContaining("is password-protected");
    }

    @Test
    void aMissingSheetListsTheSheetsAsTables() throws Exception {
        Path file = dir.resolve("parts.xlsx");
        ExcelFixture.writeXlsx(file, PartsFixture.tables());
        Path dbLib = DbLibFile.write(dir, XLSX, List.of(new PartsFixture.Table("Inductors$", List.of(), List.of())));
        assertThatThrownBy(() -> Migrations.rawRows(dbLib, Map.of()))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("table 'Inductors$'")
                .hasMessageContaining("Sheets there: Resistors, Caps - Ceramic, X7R")
                .hasMessageContaining("e.g. Resistors$");
    }

    @Test
    void aFileThatIsNoWorkbookIsBadInput() throws Exception {
        Path file = dir.resolve("parts.xlsx");
        Files.writeString(file, "Part Number,Value\nR1,1k\n");
        assertThatThrownBy(() -> ExcelSourceReader.open(file, true))
                .isInstanceOf(MigrationException.class).hasMessageContaining(file.toString());
    }

    @Test
    void sheetNamesAsAltiumWritesThem() {
        assertThat(SheetName.of("Resistors$")).isEqualTo("Resistors");
        assertThat(SheetName.of("'Caps - Ceramic$'")).isEqualTo("Caps - Ceramic");
        assertThat(SheetName.of("'O''Hara$'")).isEqualTo("O'Hara");
        assertThat(SheetName.of("[Diodes$]")).isEqualTo("Diodes");
        assertThat(SheetName.of("Plain")).isEqualTo("Plain");
        assertThat(SheetName.asTable("Caps - Ceramic, X7R")).isEqualTo("'Caps - Ceramic, X7R$'");
        assertThat(ExcelSourceReader.column(0)).isEqualTo("A");
        assertThat(ExcelSourceReader.column(27)).isEqualTo("AB");
    }
}
