package io.github.altium2kicad.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code .DbLib} of a test library, written the way Altium Designer writes one (sections in Altium's order, CRLF,
 * UTF-8): the database links, one {@code [TableN]} per table and a field map for each column Altium maps (the key,
 * {@code Value}, the symbol and footprint references and {@code Description}). Immutable; each {@code with…} returns
 * a changed copy.
 *
 * <pre>{@code
 * DbLibText.linking(connectionString).databasePath("Parts.sqlite", true)
 *         .table(new DbLibText.Table("Resistors", true, columns, "Part Number"))
 *         .writeTo(folder.resolve("Parts.DbLib"));
 * }</pre>
 */
public final class DbLibText {

    /** The columns a DbLib maps to a bracketed Altium parameter ({@code [Library Ref]}). */
    private static final List<String> BRACKETED = List.of("Library Ref", "Library Path", "Footprint Ref", "Footprint Path",
            "Footprint Ref 2", "Footprint Path 2", "Description");

    /**
     * A table as the DbLib lists it.
     *
     * @param name      {@code TableName=}
     * @param enabled   {@code Enabled=}
     * @param columns   its columns, in order (those Altium maps get field maps)
     * @param keyColumn the column whose field map has {@code FieldType=0}
     */
    public record Table(String name, boolean enabled, List<String> columns, String keyColumn) {
        public Table {
            columns = List.copyOf(columns);
        }

        /** The DbLib entry of a table given row by row. */
        public static Table of(LibraryTable table) {
            return new Table(table.name(), table.enabled(), table.columns(), table.keyColumn());
        }
    }

    private final String connectionString;
    private final String databasePath;
    private final boolean databasePathRelative;
    private final String librarySearchPath;
    private final String tableSchemaName;
    private final boolean useTableSchemaName;
    private final List<Table> tables;

    private DbLibText(String connectionString, String databasePath, boolean databasePathRelative, String librarySearchPath,
                      String tableSchemaName, boolean useTableSchemaName, List<Table> tables) {
        this.connectionString = connectionString;
        this.databasePath = databasePath;
        this.databasePathRelative = databasePathRelative;
        this.librarySearchPath = librarySearchPath;
        this.tableSchemaName = tableSchemaName;
        this.useTableSchemaName = useTableSchemaName;
        this.tables = List.copyOf(tables);
    }

    /** A DbLib with this {@code ConnectionString=}, no database path, no search path, no tables yet. */
    public static DbLibText linking(String connectionString) {
        return new DbLibText(connectionString, "", false, "", "", false, List.of());
    }

    /** With {@code LibraryDatabasePath=path} and {@code DatabasePathRelative=} (1 if relative to the DbLib). */
    public DbLibText databasePath(String path, boolean relative) {
        return new DbLibText(connectionString, path, relative, librarySearchPath, tableSchemaName, useTableSchemaName, tables);
    }

    /** With {@code LibrarySearchPath=path}. */
    public DbLibText librarySearchPath(String path) {
        return new DbLibText(connectionString, databasePath, databasePathRelative, path, tableSchemaName, useTableSchemaName, tables);
    }

    /** With {@code SchemaName=schema} in every {@code [TableN]}, and {@code UseTableSchemaName=} 1 if {@code use}. */
    public DbLibText tableSchema(String schema, boolean use) {
        return new DbLibText(connectionString, databasePath, databasePathRelative, librarySearchPath, schema, use, tables);
    }

    /** With one more table (after the others). */
    public DbLibText table(Table table) {
        List<Table> more = new ArrayList<>(tables);
        more.add(table);
        return new DbLibText(connectionString, databasePath, databasePathRelative, librarySearchPath, tableSchemaName,
                useTableSchemaName, more);
    }

    /** With these tables (after the others). */
    public DbLibText tables(List<Table> more) {
        DbLibText out = this;
        for (Table t : more) {
            out = out.table(t);
        }
        return out;
    }

    /**
     * The Altium parameter a DbLib maps {@code column} to: {@code [Library Ref]} for the references and the
     * description, the column's own name for the key and {@code Value}, {@code null} for a column it does not map.
     */
    public static String parameterName(String column, String keyColumn) {
        if (BRACKETED.contains(column)) {
            return "[" + column + "]";
        }
        return column.equals(keyColumn) || column.equals("Value") ? column : null;
    }

    /** The file's text, CRLF line ends. */
    public String text() {
        StringBuilder b = new StringBuilder();
        for (String line : List.of("[OutputDatabaseLinkFile]", "Version=1.1", "[DatabaseLinks]",
                "ConnectionString=" + connectionString, "AddMode=3", "RemoveMode=1", "UpdateMode=2", "ViewMode=0",
                "LeftQuote=[", "RightQuote=]", "QuoteTableNames=1", "UseTableSchemaName=" + (useTableSchemaName ? 1 : 0),
                "DefaultColumnType=VARCHAR(255)", "LibraryDatabaseType=", "LibraryDatabasePath=" + databasePath,
                "DatabasePathRelative=" + (databasePathRelative ? 1 : 0), "TopPanelCollapsed=0",
                "LibrarySearchPath=" + librarySearchPath, "OrcadMultiValueDelimiter=,", "SearchSubDirectories=0", "SchemaName=")) {
            line(b, line);
        }
        int n = 0;
        for (Table t : tables) {
            n++;
            line(b, "[Table" + n + "]");
            line(b, "SchemaName=" + tableSchemaName);
            line(b, "TableName=" + t.name());
            line(b, "Enabled=" + (t.enabled() ? "True" : "False"));
            line(b, "UserWhere=0");
            line(b, "UserWhereText=");
        }
        int m = 0;
        for (Table t : tables) {
            for (String column : t.columns()) {
                String parameter = parameterName(column, t.keyColumn());
                if (parameter == null) {
                    continue;
                }
                m++;
                line(b, "[FieldMap" + m + "]");
                line(b, "Options=FieldName=" + t.name() + "." + column + "|TableNameOnly=" + t.name() + "|FieldNameOnly=" + column
                        + "|FieldType=" + (column.equals(t.keyColumn()) ? 0 : 1) + "|ParameterName=" + parameter
                        + "|VisibleOnAdd=" + (column.equals("Value") ? "True" : "False") + "|AddMode=0|RemoveMode=0|UpdateMode=0");
            }
        }
        return b.toString();
    }

    /** Writes the text to {@code file} (UTF-8, no BOM), creating its folder; returns {@code file}. */
    public Path writeTo(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, text(), StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static void line(StringBuilder out, String text) {
        out.append(text).append("\r\n");
    }
}
