package io.github.altium2kicad.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.altium2kicad.api.MappingMode;
import io.github.altium2kicad.api.MigrationConfig;
import io.github.altium2kicad.api.MigrationRequest;
import io.github.altium2kicad.api.MigrationResult;
import io.github.altium2kicad.api.mapping.KicadLibId;
import io.github.altium2kicad.core.OptimizedMigrationEngine;
import io.github.altium2kicad.core.kicad.index.KicadLibraryIndex;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled sample migrated with default settings ({@code standard} mode): every part's symbol and footprints
 * resolve (KiCad standard names exist in the index, Altium names point at a library of the generated lib tables),
 * and every standard mapping equals the sample's labeled answer.
 */
class SampleMigrationTest {

    private static final Path SAMPLE = Path.of("sample");
    private static final Pattern LIB_NAME = Pattern.compile("\\(lib \\(name \"((?:[^\"\\\\]|\\\\.)*)\"\\)");

    @TempDir
    static Path dir;
    static MigrationResult result;
    static KicadLibraryIndex index = KicadLibraryIndex.bundledStandard();

    @BeforeAll
    static void migrate() {
        result = new OptimizedMigrationEngine().migrateWithOptimization(MigrationRequest.builder(SAMPLE.resolve("Sample.DbLib"))
                .outputDirectory(dir.resolve("out")).config(MigrationConfig.builder().cacheDirectory(dir.resolve("cache")).build())
                .build());
    }

    record Row(String table, String key, String symbol, List<String> footprints) {
    }

    static List<Row> rows(Path database) throws Exception {
        List<Row> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database); Statement st = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            ResultSet t = st.executeQuery("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'");
            while (t.next()) {
                tables.add(t.getString(1));
            }
            for (String table : tables) {
                ResultSet r = st.executeQuery("SELECT \"Part Number\", \"KiCad Symbol\", \"KiCad Footprints\" FROM \""
                        + table.replace("\"", "\"\"") + "\"");
                while (r.next()) {
                    String fps = r.getString(3);
                    rows.add(new Row(table, r.getString(1), r.getString(2), fps == null ? List.of() : List.of(fps.split(";"))));
                }
            }
        }
        return rows;
    }

    static Set<String> libTable(Path file) throws Exception {
        Set<String> names = new HashSet<>();
        Matcher m = LIB_NAME.matcher(Files.readString(file));
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    @Test
    void everySymbolAndFootprintResolves() throws Exception {
        Set<String> symbolTable = libTable(result.outputDirectory().resolve("sym-lib-table"));
        Set<String> footprintTable = libTable(result.outputDirectory().resolve("fp-lib-table"));
        // an Altium library file that is not there gets no lib-table row; it must be reported as missing instead
        Set<String> missing = new java.util.HashSet<>();
        result.notices(io.github.altium2kicad.api.LibraryNotice.Kind.MISSING_LIBRARY).forEach(n -> missing.add(n.nickname()));
        List<Row> rows = rows(result.database());
        assertThat(rows).hasSize((int) result.partsWritten());
        for (Row row : rows) {
            assertThat(row.symbol()).as("symbol of %s/%s", row.table(), row.key()).isNotNull();
            KicadLibId symbol = KicadLibId.parse(row.symbol());
            if (index.symbolLibraries().contains(symbol.library())) {
                assertThat(index.hasSymbol(symbol)).as(row.symbol()).isTrue();
                assertThat(symbolTable).doesNotContain(symbol.library()); // never shadowed by an Altium library
            } else {
                assertThat(symbolTable.contains(symbol.library()) != missing.contains(symbol.library()))
                        .as("%s in the sym-lib-table or reported missing", row.symbol()).isTrue();
            }
            assertThat(row.footprints()).as("footprints of %s/%s", row.table(), row.key()).isNotEmpty();
            for (String fp : row.footprints()) {
                KicadLibId footprint = KicadLibId.parse(fp);
                if (index.footprintLibraries().contains(footprint.library())) {
                    assertThat(index.hasFootprint(footprint)).as(fp).isTrue();
                    assertThat(footprintTable).doesNotContain(footprint.library());
                } else {
                    assertThat(footprintTable.contains(footprint.library()) != missing.contains(footprint.library()))
                            .as("%s in the fp-lib-table or reported missing", fp).isTrue();
                }
            }
        }
    }

    @Test
    void standardMappingsMatchTheLabelsAndNoneIsWrong() throws Exception {
        Map<String, String[]> expected = new HashMap<>();
        try (CSVParser labels = CSVParser.parse(SAMPLE.resolve("expected-kicad-mapping.csv"), StandardCharsets.UTF_8,
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build())) {
            for (CSVRecord label : labels) {
                expected.put(label.get(0) + "\u0000" + label.get(1), new String[] {label.get(2), label.get(3)});
            }
        }
        int exact = 0;
        int labeledStandard = 0;
        int preservedWhereLabeled = 0;
        List<String> wrong = new ArrayList<>();
        for (Row row : rows(result.database())) {
            String[] answer = expected.get(row.table() + "\u0000" + row.key());
            boolean standard = index.symbolLibraries().contains(KicadLibId.parse(row.symbol()).library());
            boolean labeled = answer != null && !answer[0].isEmpty() && !answer[1].isEmpty();
            labeledStandard += labeled ? 1 : 0;
            if (standard) {
                if (labeled && answer[0].equals(row.symbol()) && answer[1].equals(row.footprints().get(0))) {
                    exact++;
                } else {
                    wrong.add(row + " expected " + (answer == null ? "nothing" : String.join(" + ", answer)));
                }
            } else if (labeled) {
                preservedWhereLabeled++;
            }
        }
        System.out.printf("Sample, standard mode: %d parts, %d with a certain KiCad answer; %d mapped exactly, %d kept their "
                + "Altium references, %d wrong%n", result.partsWritten(), labeledStandard, exact, preservedWhereLabeled, wrong.size());
        assertThat(wrong).isEmpty();
        assertThat(exact).isGreaterThan(1000);
        assertThat(result.tables()).allSatisfy(t -> assertThat(t.unresolved()).isZero());
        assertThat(MigrationConfig.defaults().mappingMode()).isEqualTo(MappingMode.STANDARD);
    }
}
