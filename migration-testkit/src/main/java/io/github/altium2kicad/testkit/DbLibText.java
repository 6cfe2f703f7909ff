package io.github.altium2kicad.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code .DbLib} of a test library, written the way Altium Designer writes one (sections in Altium's order, CRLF,
 * no BOM, in the code page of the machine that saved it): the database links, one {@code [TableN]} per table and its
 * field maps, by default one for each column Altium maps (the key, {@code Value}, the symbol and footprint references
 * and {@code Description}). The quirks real files have can be asked for: other link settings, field maps naming a
 * schema, sections written twice. Immutable; each setter returns a changed copy. Every test library's DbLib is
 * written here.
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
     * One {@code [FieldMapN]}: a column mapped to an Altium parameter.
     *
     * @param column       {@code FieldNameOnly=}
     * @param parameter    {@code ParameterName=}
     * @param key          {@code FieldType=0} (the key) rather than 1
     * @param visibleOnAdd {@code VisibleOnAdd=}
     */
    public record FieldMap(String column, String parameter, boolean key, boolean visibleOnAdd) {
    }

    /**
     * A table as the DbLib lists it.
     *
     * @param name          {@code TableName=}
     * @param enabled       {@code Enabled=}
     * @param userWhereText {@code UserWhereText=}
     * @param settings      more lines of its {@code [TableN]}, after {@code UserWhereText} (Altium keeps the browser's
     *                      column order of the table it last showed there)
     * @param fieldMapTable the table name its field maps give ({@code name}, or e.g. {@code altium.name})
     * @param fieldMaps     its field maps, in order
     */
    public record Table(String name, boolean enabled, String userWhereText, Map<String, String> settings,
                        String fieldMapTable, List<FieldMap> fieldMaps) {
        public Table {
            settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
            fieldMaps = List.copyOf(fieldMaps);
        }

        /** A table whose columns Altium maps as it does by default ({@link #parameterName}). */
        public Table(String name, boolean enabled, List<String> columns, String keyColumn) {
            this(name, enabled, "", Map.of(), name, standardFieldMaps(columns, keyColumn));
        }

        /** The DbLib entry of a table given row by row. */
        public static Table of(LibraryTable table) {
            return new Table(table.name(), table.enabled(), table.columns(), table.keyColumn());
        }
    }

    private final Map<String, String> links;
    private final String tableSchemaName;
    private final List<Table> tables;
    private final Set<String> repeatedSections;

    private DbLibText(Map<String, String> links, String tableSchemaName, List<Table> tables, Set<String> repeatedSections) {
        this.links = links;
        this.tableSchemaName = tableSchemaName;
        this.tables = List.copyOf(tables);
        this.repeatedSections = Set.copyOf(repeatedSections);
    }

    /** A DbLib with this {@code ConnectionString=}, no database path, no search path, no tables yet. */
    public static DbLibText linking(String connectionString) {
        Map<String, String> links = new LinkedHashMap<>();
        links.put("ConnectionString", connectionString);
        links.put("AddMode", "3");
        links.put("RemoveMode", "1");
        links.put("UpdateMode", "2");
        links.put("ViewMode", "0");
        links.put("LeftQuote", "[");
        links.put("RightQuote", "]");
        links.put("QuoteTableNames", "1");
        links.put("UseTableSchemaName", "0");
        links.put("DefaultColumnType", "VARCHAR(255)");
        links.put("LibraryDatabaseType", "");
        links.put("LibraryDatabasePath", "");
        links.put("DatabasePathRelative", "0");
        links.put("TopPanelCollapsed", "0");
        links.put("LibrarySearchPath", "");
        links.put("OrcadMultiValueDelimiter", ",");
        links.put("SearchSubDirectories", "0");
        links.put("SchemaName", "");
        return new DbLibText(links, "", List.of(), Set.of());
    }

    /** With {@code key=value} in {@code [DatabaseLinks]}: in its place if Altium writes it, else after the others. */
    public DbLibText link(String key, String value) {
        Map<String, String> changed = new LinkedHashMap<>(links);
        changed.put(key, value);
        return new DbLibText(changed, tableSchemaName, tables, repeatedSections);
    }

    /** With {@code LibraryDatabasePath=path} and {@code DatabasePathRelative=} (1 if relative to the DbLib). */
    public DbLibText databasePath(String path, boolean relative) {
        return link("LibraryDatabasePath", path).link("DatabasePathRelative", relative ? "1" : "0");
    }

    /** With {@code LibrarySearchPath=path}. */
    public DbLibText librarySearchPath(String path) {
        return link("LibrarySearchPath", path);
    }

    /** With {@code SchemaName=schema} in every {@code [TableN]}, and {@code UseTableSchemaName=} 1 if {@code use}. */
    public DbLibText tableSchema(String schema, boolean use) {
        return new DbLibText(link("UseTableSchemaName", use ? "1" : "0").links, schema, tables, repeatedSections);
    }

    /** With one more table (after the others). */
    public DbLibText table(Table table) {
        List<Table> more = new ArrayList<>(tables);
        more.add(table);
        return new DbLibText(links, tableSchemaName, more, repeatedSections);
    }

    /** With these tables (after the others). */
    public DbLibText tables(List<Table> more) {
        DbLibText out = this;
        for (Table t : more) {
            out = out.table(t);
        }
        return out;
    }

    /** With sections ({@code Table3}, {@code FieldMap19}) written twice, word for word, as some editors leave them. */
    public DbLibText repeating(Set<String> sections) {
        return new DbLibText(links, tableSchemaName, tables, sections);
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

    /** {@code column}'s parameter when every column is mapped: bracketed as {@link #parameterName}, else its name. */
    public static String mappedParameterName(String column) {
        return BRACKETED.contains(column) ? "[" + column + "]" : column;
    }

    private static List<FieldMap> standardFieldMaps(List<String> columns, String keyColumn) {
        List<FieldMap> maps = new ArrayList<>();
        for (String column : columns) {
            String parameter = parameterName(column, keyColumn);
            if (parameter != null) {
                maps.add(new FieldMap(column, parameter, column.equals(keyColumn), column.equals("Value")));
            }
        }
        return maps;
    }

    /** The file's text, CRLF line ends. */
    public String text() {
        List<Map.Entry<String, Map<String, String>>> sections = new ArrayList<>();
        sections.add(Map.entry("OutputDatabaseLinkFile", Map.of("Version", "1.1")));
        sections.add(Map.entry("DatabaseLinks", links));
        int n = 0;
        for (Table t : tables) {
            Map<String, String> s = new LinkedHashMap<>();
            s.put("SchemaName", tableSchemaName);
            s.put("TableName", t.name());
            s.put("Enabled", t.enabled() ? "True" : "False");
            s.put("UserWhere", "0");
            s.put("UserWhereText", t.userWhereText());
            s.putAll(t.settings());
            sections.add(Map.entry("Table" + ++n, s));
        }
        int m = 0;
        for (Table t : tables) {
            for (FieldMap f : t.fieldMaps()) {
                sections.add(Map.entry("FieldMap" + ++m, Map.of("Options", "FieldName=" + t.fieldMapTable() + "." + f.column()
                        + "|TableNameOnly=" + t.fieldMapTable() + "|FieldNameOnly=" + f.column()
                        + "|FieldType=" + (f.key() ? 0 : 1) + "|ParameterName=" + f.parameter()
                        + "|VisibleOnAdd=" + (f.visibleOnAdd() ? "True" : "False") + "|AddMode=0|RemoveMode=0|UpdateMode=0")));
            }
        }
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, Map<String, String>> s : sections) {
            for (int times = repeatedSections.contains(s.getKey()) ? 2 : 1; times > 0; times--) {
                b.append('[').append(s.getKey()).append("]\r\n");
                s.getValue().forEach((k, v) -> b.append(k).append('=').append(v).append("\r\n"));
            }
        }
        return b.toString();
    }

    /** Writes the text to {@code file} in UTF-8 (no BOM), creating its folder; returns {@code file}. */
    public Path writeTo(Path file) {
        return writeTo(file, StandardCharsets.UTF_8);
    }

    /**
     * Writes the text to {@code file} in {@code charset}, creating its folder; returns {@code file}.
     *
     * @throws IllegalArgumentException if a character has no byte in the code page
     */
    public Path writeTo(Path file, Charset charset) {
        ByteBuffer bytes;
        try {
            bytes = charset.newEncoder().onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(text()));
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(file + ": the DbLib has a character " + charset + " cannot write", e);
        }
        byte[] out = new byte[bytes.remaining()];
        bytes.get(out);
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, out);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
