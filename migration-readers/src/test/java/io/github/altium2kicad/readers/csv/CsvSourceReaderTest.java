package io.github.altium2kicad.readers.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.altium2kicad.api.MigrationConfig;
import io.github.altium2kicad.api.MigrationException;
import io.github.altium2kicad.api.MigrationResult;
import io.github.altium2kicad.readers.testing.CsvFixture;
import io.github.altium2kicad.readers.testing.DbLibFile;
import io.github.altium2kicad.readers.testing.Migrations;
import io.github.altium2kicad.readers.testing.PartsFixture;
import io.github.altium2kicad.readers.testing.SqliteFixture;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvSourceReaderTest {

    private static final String ACE_TEXT = "Provider=Microsoft.ACE.OLEDB.12.0;Data Source=C:\\lib\\csv\\;"
            + "Extended Properties=\"text;HDR=Yes;FMT=Delimited\"";
    private static final String ODBC_TEXT = "Driver={Microsoft Access Text Driver (*.txt, *.csv)};DBQ=C:\\lib\\csv;"
            + "Extensions=asc,csv,tab,txt;";

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}, BOM {1}, {2}")
    @CsvSource({
            "UTF-8, true, ACE",
            "UTF-8, false, ODBC",
            "windows-1252, false, ACE"})
    void migratesAFolderOfCsvFilesExactlyLikeTheSameDataInSqlite(String charset, boolean bom, String driver) throws Exception {
        // windows-1252 cannot hold Ω and µ-free text differs: keep to Latin-1 text there
        List<PartsFixture.Table> tables = charset.equals("UTF-8") ? PartsFixture.tables() : latin1(PartsFixture.tables());
        List<PartsFixture.Table> named = rename(tables, driver.equals("ACE") ? "#csv" : ".csv");
        Path reference = SqliteFixture.write(dir.resolve("sqlite"), named);
        Path folder = dir.resolve("lib");
        CsvFixture.write(folder.resolve("csv"), tables, Charset.forName(charset), bom, ',');
        Path dbLib = DbLibFile.write(folder, driver.equals("ACE") ? ACE_TEXT : ODBC_TEXT, named);

        assertThat(Migrations.rawRows(dbLib, Map.of())).isEqualTo(Migrations.rawRows(reference, Map.of()));
        MigrationResult expected = Migrations.migrate(reference, dir.resolve("out-sqlite"));
        MigrationResult actual = Migrations.migrate(dbLib, dir.resolve("out-csv"));
        assertThat(Migrations.dump(actual.database())).isEqualTo(Migrations.dump(expected.database()));
        assertThat(Files.readString(actual.kicadDbl())).isEqualTo(Files.readString(expected.kicadDbl()));
    }

    private static List<PartsFixture.Table> rename(List<PartsFixture.Table> tables, String suffix) {
        return tables.stream().map(t -> new PartsFixture.Table(t.name() + suffix, t.columns(), t.rows())).toList();
    }

    private static List<PartsFixture.Table> latin1(List<PartsFixture.Table> tables) {
        return tables.stream().map(t -> new PartsFixture.Table(t.name(), t.columns(), t.rows().stream().map(row -> {
            PartsFixture.Cell[] out = row.clone();
            for (int i = 0; i < out.length; i++) {
                if (out[i] != null) {
                    String text = out[i].text().replace("Ω", "Ohm").replace("–", "-");
                    out[i] = new PartsFixture.Cell(out[i].value(), text, out[i].excelFormat());
                }
            }
            return out;
        }).toList())).toList();
    }

    @Test
    void quotesSeparatorsAndLineBreaksInsideFields() throws Exception {
        Path folder = dir.resolve("csv");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("Parts.csv"), "Part Number,Description,Package / Case\r\n"
                + "R1,\"Resistor, 1k\",0603 (1608 Metric)\r\n"
                + "U1,\"Op-amp \"\"rail-to-rail\"\"\nsecond line\",\"8-SOIC (0.154\"\", 3.90mm Width)\"\r\n"
                + ",,\r\n"
                + "C1,,\r\n", StandardCharsets.UTF_8);
        Path dbLib = DbLibFile.write(dir, ACE_TEXT.replace("C:\\lib\\csv\\", "csv"), List.of(new PartsFixture.Table("Parts#csv",
                List.of(), List.of())));
        assertThat(Migrations.rawRows(dbLib, Map.of())).containsExactly(
                "Parts#csv [Part Number, Description, Package / Case]",
                "1 [R1, Resistor, 1k, 0603 (1608 Metric)]",
                "2 [U1, Op-amp \"rail-to-rail\"\nsecond line, 8-SOIC (0.154\", 3.90mm Width)]",
                "3 [C1, null, null]");
    }

    @Test
    void windows1252IsDetectedAndSchemaIniSetsTheSeparator() throws Exception {
        Path folder = dir.resolve("csv");
        Files.createDirectories(folder);
        Files.write(folder.resolve("Caps.txt"), "Part Number;Température;Tolérance\r\nC1;125 °C;±10%\r\n"
                .getBytes(Charset.forName("windows-1252")));
        Files.writeString(folder.resolve("schema.ini"), "[Caps.txt]\r\nColNameHeader=True\r\nFormat=Delimited(;)\r\n");
        Path dbLib = DbLibFile.write(dir, ODBC_TEXT.replace("C:\\lib\\csv", "csv"), List.of(new PartsFixture.Table("caps",
                List.of(), List.of())));
        assertThat(Migrations.rawRows(dbLib, Map.of())).containsExactly(
                "caps [Part Number, Température, Tolérance]", "1 [C1, 125 °C, ±10%]");
    }

    @Test
    void theDelimiterCanComeFromTheConnectionString() throws Exception {
        Path folder = dir.resolve("csv");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("Parts.csv"), "Part Number\tValue\nR1\t1,5k\n");
        Path dbLib = DbLibFile.write(dir, "Provider=Microsoft.ACE.OLEDB.12.0;Data Source=csv;"
                + "Extended Properties=\"text;HDR=Yes;FMT=TabDelimited\"", List.of(new PartsFixture.Table("Parts.csv",
                List.of(), List.of())));
        assertThat(Migrations.rawRows(dbLib, Map.of())).containsExactly("Parts.csv [Part Number, Value]", "1 [R1, 1,5k]");
    }

    @Test
    void withoutAHeaderTheColumnsAreF1F2OrNamedBySchemaIni() throws Exception {
        Path folder = dir.resolve("csv");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("a.csv"), "R1,1k\nR2,2k,extra\n");
        Files.writeString(folder.resolve("b.csv"), "R1,1k\n");
        Files.writeString(folder.resolve("schema.ini"), "[b.csv]\nColNameHeader=False\nCol1=\"Part Number\" Text Width 50\n"
                + "Col2=Value Text\n");
        Path dbLib = DbLibFile.write(dir, "Provider=Microsoft.ACE.OLEDB.12.0;Data Source=csv;Extended Properties=\"text;HDR=No\"",
                List.of(new PartsFixture.Table("a", List.of(), List.of()), new PartsFixture.Table("b", List.of(), List.of())));
        assertThat(Migrations.rawRows(dbLib, Map.of())).containsExactly("a [F1, F2, F3]", "1 [R1, 1k, null]",
                "2 [R2, 2k, extra]", "b [Part Number, Value]", "1 [R1, 1k]");
    }

    @Test
    void aSingleFileOverrideServesASingleTableLibrary() throws Exception {
        Path file = dir.resolve("export.csv");
        Files.writeString(file, "Part Number,Value\nR1,1k\n");
        Path dbLib = DbLibFile.write(dir.resolve("lib"), "Provider=Microsoft.ACE.OLEDB.12.0;Data Source=C:\\x\\parts.mdb",
                List.of(new PartsFixture.Table("Resistors", List.of(), List.of())));
        MigrationResult result = Migrations.migrate(dbLib, dir.resolve("out"), MigrationConfig.builder().libraryName("Parts")
                .database(file.toString()).build());
        assertThat(result.tables().get(0).rowsWritten()).isEqualTo(1);
    }

    @Test
    void malformedQuotingIsBadInputNamingTheFileAndLine() throws Exception {
        Path folder = dir.resolve("csv");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("Parts.csv"), "Part Number,Value\nR1,1k\nR2,\"2k\" x\nR3,3k\n");
        Path dbLib = DbLibFile.write(dir, ACE_TEXT.replace("C:\\lib\\csv\\", "csv"), List.of(new PartsFixture.Table("Parts",
                List.of(new PartsFixture.Column("Part Number", PartsFixture.Type.TEXT)), List.of())));
        assertThatThrownBy(() -> Migrations.migrate(dbLib, dir.resolve("out")))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("CSV file " + folder.resolve("Parts.csv") + " is malformed near line 3")
                .satisfies(e -> assertThat(((MigrationException) e).kind()).isEqualTo(MigrationException.Kind.BAD_INPUT));
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void moreValuesThanColumnsAndAnEmptyFirstLineAreBadInput() throws Exception {
        Path folder = dir.resolve("csv");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("Wide.csv"), "Part Number,Value\nR1,1k,oops\n");
        Files.writeString(folder.resolve("Headless.csv"), ",,\nR1,1k\n");
        Path wide = DbLibFile.write(dir.resolve("w"), "Provider=Microsoft.ACE.OLEDB.12.0;Data Source=" + folder
                + ";Extended Properties=\"text;HDR=Yes\"", List.of(new PartsFixture.Table("Wide", List.of(), List.of())));
        assertThatThrownBy(() -> Migrations.rawRows(wide, Map.of()))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("Wide.csv, record 2").hasMessageContaining("field 3");
        Path headless = DbLibFile.write(dir.resolve("h"), "Provider=Microsoft.ACE.OLEDB.12.0;Data Source=" + folder
                + ";Extended Properties=\"text;HDR=Yes\"", List.of(new PartsFixture.Table("Headless", List.of(), List.of())));
        assertThatThrownBy(() -> Migrations.rawRows(headless, Map.of()))
                .isInstanceOf(MigrationException.class).hasMessageContaining("Headless.csv has no header record");
    }

    @Test
    void aMissingTableListsTheFiles() throws Exception {
        Path folder = dir.resolve("csv");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("Parts.csv"), "Part Number\nR1\n");
        Path dbLib = DbLibFile.write(dir, ACE_TEXT.replace("C:\\lib\\csv\\", "csv"), List.of(new PartsFixture.Table("Diodes#csv",
                List.of(), List.of())));
        assertThatThrownBy(() -> Migrations.rawRows(dbLib, Map.of()))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("table 'Diodes#csv'").hasMessageContaining("CSV files there: Parts.csv");
    }
}
