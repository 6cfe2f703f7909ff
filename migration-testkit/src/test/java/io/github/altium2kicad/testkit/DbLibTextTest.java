package io.github.altium2kicad.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DbLibTextTest {

    private static final List<String> COLUMNS = List.of("Part Number", "Library Ref", "Library Path", "Footprint Ref",
            "Footprint Path", "Description", "Value", "Manufacturer");

    @TempDir
    Path dir;

    @Test
    void mapsTheColumnsAltiumMapsAndWritesSectionsInAltiumsOrderWithCrlf() throws Exception {
        Path file = DbLibText.linking("Provider=MSDASQL.1;").databasePath("Parts.sqlite", true)
                .table(new DbLibText.Table("Resistors", true, COLUMNS, "Part Number"))
                .table(new DbLibText.Table("Old", false, List.of("Part Number"), "Part Number"))
                .writeTo(dir.resolve("Parts.DbLib"));
        String text = Files.readString(file);
        assertThat(text).startsWith("[OutputDatabaseLinkFile]\r\nVersion=1.1\r\n[DatabaseLinks]\r\nConnectionString=Provider=MSDASQL.1;\r\n")
                .contains("\r\nLibraryDatabasePath=Parts.sqlite\r\nDatabasePathRelative=1\r\n")
                .contains("[Table1]\r\nSchemaName=\r\nTableName=Resistors\r\nEnabled=True\r\n")
                .contains("[Table2]\r\nSchemaName=\r\nTableName=Old\r\nEnabled=False\r\n")
                .contains("Options=FieldName=Resistors.Part Number|TableNameOnly=Resistors|FieldNameOnly=Part Number|FieldType=0"
                        + "|ParameterName=Part Number|VisibleOnAdd=False|")
                .contains("|FieldNameOnly=Library Ref|FieldType=1|ParameterName=[Library Ref]|")
                .contains("|FieldNameOnly=Value|FieldType=1|ParameterName=Value|VisibleOnAdd=True|")
                .doesNotContain("Manufacturer").doesNotContain("\n\n").doesNotContainPattern("[^\r]\n");
        assertThat(text.indexOf("[Table2]")).isLessThan(text.indexOf("[FieldMap1]"));
        assertThat(text).contains("[FieldMap8]").doesNotContain("[FieldMap9]"); // 7 of Resistors, 1 of Old
    }

    @Test
    void writesQuirksOnRequest() throws Exception {
        DbLibText dbLib = DbLibText.linking("x").link("SearchSubDirectories", "1").link("LastFocusedTable", "Резисторы")
                .tableSchema("dbo", true).repeating(Set.of("Table1"))
                .table(new DbLibText.Table("Резисторы", true, "[Part Number] = '{Part Number}'", Map.of("BrowserOrder_Sorting", ""),
                        "altium.Резисторы", List.of(new DbLibText.FieldMap("Comment", "Comment", false, true))));
        String text = new String(Files.readAllBytes(dbLib.writeTo(dir.resolve("ru.DbLib"), Charset.forName("windows-1251"))),
                Charset.forName("windows-1251"));
        assertThat(text).isEqualTo(dbLib.text())
                .contains("SearchSubDirectories=1\r\nSchemaName=\r\nLastFocusedTable=Резисторы\r\n[Table1]")
                .contains("UseTableSchemaName=1")
                .contains("Options=FieldName=altium.Резисторы.Comment|TableNameOnly=altium.Резисторы|");
        String table = "[Table1]\r\nSchemaName=dbo\r\nTableName=Резисторы\r\nEnabled=True\r\nUserWhere=0\r\n"
                + "UserWhereText=[Part Number] = '{Part Number}'\r\nBrowserOrder_Sorting=\r\n";
        assertThat(text).contains(table + table + "[FieldMap1]");
    }

    @Test
    void refusesACharacterTheCodePageCannotWrite() {
        DbLibText dbLib = DbLibText.linking("x").table(new DbLibText.Table("元件", true, List.of("Part Number"), "Part Number"));
        assertThatThrownBy(() -> dbLib.writeTo(dir.resolve("x.DbLib"), Charset.forName("windows-1252")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("windows-1252");
        assertThat(dir.resolve("x.DbLib")).doesNotExist();
    }
}
