package io.github.altium2kicad.readers.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes a {@code Parts.DbLib} the way Altium does (CRLF, field maps with the key as FieldType=0). */
public final class DbLibFile {

    private DbLibFile() {
    }

    /** Writes {@code folder/Parts.DbLib} for {@code tables} (named as the DbLib names them). */
    public static Path write(Path folder, String connectionString, List<PartsFixture.Table> tables) throws IOException {
        return write(folder, connectionString, tables, "", false);
    }

    /** With {@code SchemaName} in every {@code [TableN]} and {@code UseTableSchemaName}. */
    public static Path write(Path folder, String connectionString, List<PartsFixture.Table> tables, String schemaName,
                             boolean useTableSchemaName) throws IOException {
        Files.createDirectories(folder);
        StringBuilder s = new StringBuilder();
        line(s, "[OutputDatabaseLinkFile]");
        line(s, "Version=1.1");
        line(s, "[DatabaseLinks]");
        line(s, "ConnectionString=" + connectionString);
        for (String l : List.of("AddMode=3", "RemoveMode=1", "UpdateMode=2", "ViewMode=0", "LeftQuote=[", "RightQuote=]",
                "QuoteTableNames=1", "UseTableSchemaName=" + (useTableSchemaName ? 1 : 0), "DefaultColumnType=VARCHAR(255)", "LibraryDatabaseType=",
                "LibraryDatabasePath=", "DatabasePathRelative=0", "TopPanelCollapsed=0", "LibrarySearchPath=",
                "OrcadMultiValueDelimiter=,", "SearchSubDirectories=0", "SchemaName=")) {
            line(s, l);
        }
        int n = 0;
        for (PartsFixture.Table t : tables) {
            n++;
            line(s, "[Table" + n + "]");
            line(s, "SchemaName=" + schemaName);
            line(s, "TableName=" + t.name());
            line(s, "Enabled=True");
            line(s, "UserWhere=0");
            line(s, "UserWhereText=");
        }
        int m = 0;
        for (PartsFixture.Table t : tables) {
            for (PartsFixture.Column c : t.columns()) {
                String col = c.name();
                String parameter = switch (col) {
                    case "Library Ref", "Library Path", "Footprint Ref", "Footprint Path", "Description" -> "[" + col + "]";
                    case "Part Number", "Value" -> col;
                    default -> null;
                };
                if (parameter == null) {
                    continue;
                }
                m++;
                line(s, "[FieldMap" + m + "]");
                line(s, "Options=FieldName=" + t.name() + "." + col + "|TableNameOnly=" + t.name() + "|FieldNameOnly=" + col
                        + "|FieldType=" + (col.equals("Part Number") ? 0 : 1) + "|ParameterName=" + parameter
                        + "|VisibleOnAdd=" + col.equals("Value") + "|AddMode=0|RemoveMode=0|UpdateMode=0");
            }
        }
        Path file = folder.resolve("Parts.DbLib");
        Files.writeString(file, s, StandardCharsets.UTF_8);
        return file;
    }

    private static void line(StringBuilder s, String text) {
        s.append(text).append("\r\n");
    }
}
