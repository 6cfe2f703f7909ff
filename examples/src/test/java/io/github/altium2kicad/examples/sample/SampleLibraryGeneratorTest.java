package io.github.altium2kicad.examples.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.altium2kicad.examples.sample.SampleFiles.Section;
import io.github.altium2kicad.examples.sample.SampleFiles.TableData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleLibraryGeneratorTest {

    /** The committed sample, relative to the module folder Surefire runs in. */
    private static final Path COMMITTED = Path.of("sample");

    @TempDir
    static Path folder;

    private static List<Section> sections;
    private static Map<String, TableData> tables;

    @BeforeAll
    static void generate() throws IOException, SQLException {
        SampleLibraryGenerator.generate(folder);
        sections = SampleFiles.sections(folder.resolve(SampleLibraryGenerator.DBLIB_FILE));
        tables = SampleFiles.tables(folder.resolve(SampleLibraryGenerator.DATABASE_FILE));
    }

    private static List<Section> sectionsNamed(String prefix) {
        return sections.stream().filter(s -> s.name().matches(prefix + "\\d+")).toList();
    }

    private static List<Section> enabledTableSections() {
        return sectionsNamed("Table").stream().filter(s -> s.values().get("Enabled").equals("True")).toList();
    }

    @Test
    void writesTheFourFiles() throws IOException {
        assertThat(folder.resolve("Sample.DbLib")).isRegularFile();
        assertThat(folder.resolve("Sample.sqlite")).isRegularFile();
        assertThat(folder.resolve("expected-kicad-mapping.csv")).isRegularFile();
        assertThat(folder.resolve("README.md")).isRegularFile();
        assertThat(Files.size(folder.resolve("Sample.sqlite"))).isLessThan(2L * 1024 * 1024);
    }

    @Test
    void hasAtLeast2000PartsInAtLeast8EnabledTables() {
        List<Section> enabled = enabledTableSections();
        assertThat(enabled).hasSizeGreaterThanOrEqualTo(8);
        int parts = enabled.stream().mapToInt(s -> tables.get(s.values().get("TableName")).rows().size()).sum();
        assertThat(parts).isGreaterThanOrEqualTo(2000);
        assertThat(tables.keySet()).anyMatch(name -> name.contains(" "))
                .anyMatch(name -> name.matches(".*[&,\\-].*"));
    }

    @Test
    void dbLibHasAltiumSectionsInAltiumOrderWithCrlf() throws IOException {
        byte[] bytes = Files.readAllBytes(folder.resolve(SampleLibraryGenerator.DBLIB_FILE));
        String text = new String(bytes, StandardCharsets.US_ASCII);
        assertThat(text).endsWith("\r\n");
        assertThat(text.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        for (byte b : bytes) {
            assertThat(b).isBetween((byte) 0x0a, (byte) 0x7e);
        }

        assertThat(sections.get(0).name()).isEqualTo("OutputDatabaseLinkFile");
        assertThat(sections.get(0).values()).containsEntry("Version", "1.1");
        Map<String, String> links = sections.get(1).values();
        assertThat(sections.get(1).name()).isEqualTo("DatabaseLinks");
        assertThat(List.copyOf(links.keySet())).containsExactly("ConnectionString", "AddMode", "RemoveMode",
                "UpdateMode", "ViewMode", "LeftQuote", "RightQuote", "QuoteTableNames", "UseTableSchemaName",
                "DefaultColumnType", "LibraryDatabaseType", "LibraryDatabasePath", "DatabasePathRelative",
                "TopPanelCollapsed", "LibrarySearchPath", "OrcadMultiValueDelimiter", "SearchSubDirectories",
                "SchemaName", "LastFocusedTable");
        assertThat(links.get("ConnectionString")).startsWith("Provider=MSDASQL.1;Persist Security Info=False;")
                .contains("Extended Properties=\"Driver={SQLite3 ODBC Driver};Database=C:\\Altium\\Sample\\Sample.sqlite;");
        assertThat(links).containsEntry("LibraryDatabasePath", "Sample.sqlite")
                .containsEntry("DatabasePathRelative", "1").containsEntry("LeftQuote", "[")
                .containsEntry("RightQuote", "]").containsEntry("QuoteTableNames", "1");

        // [TableN] then [FieldMapN], each numbered 1..n without gaps
        List<String> names = sections.stream().map(Section::name).toList();
        List<Section> tableSections = sectionsNamed("Table");
        List<Section> fieldMaps = sectionsNamed("FieldMap");
        assertThat(tableSections.size() + fieldMaps.size() + 2).isEqualTo(sections.size());
        for (int i = 0; i < tableSections.size(); i++) {
            assertThat(names.get(2 + i)).isEqualTo("Table" + (i + 1));
            assertThat(List.copyOf(tableSections.get(i).values().keySet())).startsWith("SchemaName", "TableName",
                    "Enabled", "UserWhere", "UserWhereText");
        }
        for (int i = 0; i < fieldMaps.size(); i++) {
            assertThat(names.get(2 + tableSections.size() + i)).isEqualTo("FieldMap" + (i + 1));
        }
    }

    @Test
    void everyTableOfTheDbLibIsInTheDatabase() {
        List<Section> tableSections = sectionsNamed("Table");
        assertThat(tableSections).allSatisfy(s -> assertThat(tables).containsKey(s.values().get("TableName")));
        assertThat(tableSections).hasSize(tables.size());

        assertThat(tableSections).filteredOn(s -> !s.values().get("UserWhereText").isEmpty()).singleElement()
                .satisfies(s -> assertThat(s.values().get("UserWhereText")).isEqualTo("[Part Number] = '{Part Number}'"));
        assertThat(tableSections).filteredOn(s -> s.values().get("Enabled").equals("False")).singleElement()
                .satisfies(s -> assertThat(s.values().get("TableName")).isEqualTo("Obsolete Parts"));
        assertThat(tables.get("Obsolete Parts").rows()).hasSizeBetween(15, 25);
    }

    @Test
    void everyFieldMapColumnIsInItsTable() {
        Set<String> mappedTables = new HashSet<>();
        for (Section fieldMap : sectionsNamed("FieldMap")) {
            Map<String, String> options = SampleFiles.fieldMapOptions(fieldMap);
            assertThat(List.copyOf(options.keySet())).containsExactly("FieldName", "TableNameOnly", "FieldNameOnly",
                    "FieldType", "ParameterName", "VisibleOnAdd", "AddMode", "RemoveMode", "UpdateMode");
            String table = options.get("TableNameOnly");
            String column = options.get("FieldNameOnly");
            assertThat(options.get("FieldName")).isEqualTo(table + "." + column);
            assertThat(tables).containsKey(table);
            assertThat(tables.get(table).columns()).as("columns of %s", table).contains(column);
            mappedTables.add(table);
            if (column.equals("Part Number")) {
                assertThat(options).containsEntry("FieldType", "0").containsEntry("ParameterName", "Part Number");
            } else if (column.equals("Value")) {
                assertThat(options).containsEntry("FieldType", "1").containsEntry("ParameterName", "Value")
                        .containsEntry("VisibleOnAdd", "True");
            } else {
                assertThat(options).containsEntry("FieldType", "1").containsEntry("ParameterName", "[" + column + "]");
            }
        }
        assertThat(mappedTables).isEqualTo(tables.keySet());
    }

    @Test
    void alternateFootprintsArePresentAndMapped() {
        List<String> withAlternates = tables.entrySet().stream()
                .filter(e -> e.getValue().columns().contains("Footprint Ref 2")).map(Map.Entry::getKey).toList();
        assertThat(withAlternates).hasSizeGreaterThanOrEqualTo(3);
        for (String table : withAlternates) {
            TableData data = tables.get(table);
            int ref2 = data.columns().indexOf("Footprint Ref 2");
            int path2 = data.columns().indexOf("Footprint Path 2");
            long filled = data.rows().stream().filter(r -> r.get(ref2) != null).count();
            assertThat(filled).as("alternates in %s", table).isPositive().isLessThan(data.rows().size());
            assertThat(data.rows()).allSatisfy(r -> assertThat(r.get(path2) == null).isEqualTo(r.get(ref2) == null));
            assertThat(sectionsNamed("FieldMap").stream().map(SampleFiles::fieldMapOptions)
                    .filter(o -> o.get("TableNameOnly").equals(table)).map(o -> o.get("ParameterName")))
                    .contains("[Footprint Ref 2]", "[Footprint Path 2]");
        }
    }

    @Test
    void duplicateAndBlankKeysArePlantedAsDesigned() {
        Map<String, List<String>> occurrences = new HashMap<>();
        List<String> blanks = new ArrayList<>();
        for (Map.Entry<String, TableData> table : tables.entrySet()) {
            int key = table.getValue().columns().indexOf("Part Number");
            for (List<String> row : table.getValue().rows()) {
                String value = row.get(key);
                if (value == null || value.isBlank()) {
                    blanks.add(value == null ? "NULL" : "'" + value + "'");
                } else {
                    occurrences.computeIfAbsent(value, k -> new ArrayList<>()).add(table.getKey());
                }
            }
        }
        Map<String, List<String>> duplicates = occurrences.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(duplicates).hasSize(5);
        assertThat(duplicates.values()).allSatisfy(tablesOfKey -> assertThat(tablesOfKey).hasSize(2));
        assertThat(duplicates.values().stream().filter(t -> !t.get(0).equals(t.get(1)))).hasSize(1);
        assertThat(duplicates.values().stream().flatMap(List::stream).distinct().count()).isGreaterThanOrEqualTo(2);
        assertThat(blanks).containsExactlyInAnyOrder("NULL", "''", "'   '");

        SampleLibrary library = SampleLibraryGenerator.build();
        assertThat(library.plantedDefects()).filteredOn(d -> d.kind() == KeyDefect.Kind.DUPLICATE).hasSize(10)
                .allSatisfy(d -> assertThat(tables.get(d.table()).rows().get(d.row() - 1)
                        .get(tables.get(d.table()).columns().indexOf("Part Number"))).isEqualTo(d.key()));
        assertThat(library.plantedDefects()).filteredOn(d -> d.kind() == KeyDefect.Kind.BLANK).hasSize(3);
        assertThat(library.plantedDefects()).filteredOn(d -> d.note().startsWith("same key"))
                .allSatisfy(d -> assertThat(d.note()).containsPattern("differs in \\S"));
    }

    @Test
    void databaseHoldsExactlyTheModelIncludingNonAsciiText() {
        SampleLibrary library = SampleLibraryGenerator.build();
        for (SampleTable table : library.tables()) {
            TableData data = tables.get(table.name());
            assertThat(data.columns()).isEqualTo(table.columns());
            List<List<String>> expected = table.parts().stream()
                    .map(p -> table.columns().stream().map(p::cell).collect(ArrayList<String>::new, List::add, List::addAll))
                    .map(l -> (List<String>) l).toList();
            assertThat(data.rows()).as("rows of %s", table.name()).isEqualTo(expected);
        }
        String all = tables.values().stream().flatMap(t -> t.rows().stream()).flatMap(List::stream)
                .filter(s -> s != null).collect(Collectors.joining("\n"));
        assertThat(all).contains("kΩ", "µF", "±1%", "°C", "D²Pak", "Würth", "I²C");
        assertThat(tables.get("Integrated Circuits").rows().stream()
                .map(r -> r.get(tables.get("Integrated Circuits").columns().indexOf("Description"))))
                .anyMatch(d -> d != null && d.length() > 500);
        assertThat(tables.values().stream().flatMap(t -> t.rows().stream()).flatMap(List::stream))
                .contains((String) null, "");
    }

    @Test
    void somePathsAreAbsoluteWindowsPaths() {
        List<String> paths = tables.values().stream().flatMap(t -> t.rows().stream()
                        .map(r -> r.get(t.columns().indexOf("Footprint Path"))))
                .filter(p -> p != null).toList();
        assertThat(paths).anyMatch(p -> p.startsWith("C:\\Altium\\Sample\\Footprints\\"))
                .anyMatch(p -> p.startsWith("Footprints\\"));
        assertThat(tables.get("Resistors").rows().stream()
                .map(r -> r.get(tables.get("Resistors").columns().indexOf("Footprint Ref"))))
                .contains("RESC1608X55N", "R0603", "RES 0603_1608");
    }

    @Test
    void generatingTwiceGivesTheSameLibrary(@TempDir Path second) throws IOException, SQLException {
        SampleLibraryGenerator.generate(second);
        assertSameSample(second, folder);
    }

    @Test
    void committedSampleIsUpToDate() throws IOException, SQLException {
        assertThat(COMMITTED.resolve(SampleLibraryGenerator.DBLIB_FILE))
                .as("examples/sample is missing; regenerate it with: " + SampleReadmeWriter.REGENERATE_COMMAND)
                .isRegularFile();
        assertSameSample(COMMITTED, folder);
    }

    private static void assertSameSample(Path actual, Path expected) throws IOException, SQLException {
        String hint = "differs from a fresh generation; regenerate with: " + SampleReadmeWriter.REGENERATE_COMMAND;
        for (String file : List.of(SampleLibraryGenerator.DBLIB_FILE, SampleLibraryGenerator.MAPPING_FILE,
                SampleLibraryGenerator.README_FILE)) {
            assertThat(Files.readString(actual.resolve(file), StandardCharsets.ISO_8859_1)).as(file + " " + hint)
                    .isEqualTo(Files.readString(expected.resolve(file), StandardCharsets.ISO_8859_1));
        }
        List<String> expectedLibraries = altiumLibraries(expected);
        assertThat(expectedLibraries).hasSizeGreaterThan(10);
        assertThat(altiumLibraries(actual)).as(".SchLib/.PcbLib files " + hint).isEqualTo(expectedLibraries);
        for (String library : expectedLibraries) {
            assertThat(Files.mismatch(actual.resolve(library), expected.resolve(library))).as(library + " " + hint)
                    .isEqualTo(-1L);
        }
        Map<String, TableData> actualTables = SampleFiles.tables(actual.resolve(SampleLibraryGenerator.DATABASE_FILE));
        Map<String, TableData> expectedTables =
                SampleFiles.tables(expected.resolve(SampleLibraryGenerator.DATABASE_FILE));
        assertThat(actualTables.keySet()).as("tables " + hint).isEqualTo(expectedTables.keySet());
        for (String table : expectedTables.keySet()) {
            TableData a = actualTables.get(table);
            TableData e = expectedTables.get(table);
            assertThat(a.columns()).as("columns of " + table + " " + hint).isEqualTo(e.columns());
            assertThat(a.rows()).as("row count of " + table + " " + hint).hasSameSizeAs(e.rows());
            for (int i = 0; i < e.rows().size(); i++) {
                assertThat(a.rows().get(i)).as(table + " row " + (i + 1) + " " + hint).isEqualTo(e.rows().get(i));
            }
        }
    }

    /** The .SchLib/.PcbLib files below {@code folder}, as sorted relative paths with {@code /}. */
    private static List<String> altiumLibraries(Path folder) throws IOException {
        try (var files = Files.walk(folder)) {
            return files.filter(f -> f.toString().endsWith(".SchLib") || f.toString().endsWith(".PcbLib"))
                    .map(f -> folder.relativize(f).toString().replace('\\', '/')).sorted().toList();
        }
    }
}
