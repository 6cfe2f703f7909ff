package io.github.altium2kicad.cli;

import io.github.altium2kicad.core.OptimizedMigrationEngine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.altium2kicad.api.KicadVerification;
import io.github.altium2kicad.api.LibraryNotice;
import io.github.altium2kicad.api.MappingMode;
import io.github.altium2kicad.api.MigrationConfig;
import io.github.altium2kicad.api.MigrationRequest;
import io.github.altium2kicad.api.MigrationResult;
import io.github.altium2kicad.api.PartIssue;
import io.github.altium2kicad.api.SkippedTable;
import io.github.altium2kicad.api.TableResult;
import io.github.altium2kicad.core.testing.InstalledKicad;
import io.github.altium2kicad.testkit.company.CompanyLibrary;
import io.github.altium2kicad.testkit.company.CompanyLibraryFacts;
import io.github.altium2kicad.testkit.company.DbLibFact;
import io.github.altium2kicad.testkit.company.PartFact;
import io.github.altium2kicad.testkit.company.TableFact;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The realistic company library of {@code migration-testkit} (4 DbLibs in UTF-8, GBK, CP1251 and CP932, 41 tables,
 * 6,354 parts, real binary {@code .SchLib}/{@code .PcbLib} files, repeated sections, an empty sheet and an absent
 * table, keys with {@code :} and {@code \}, names over 31 characters and with {@code /}, {@code =Part Number}
 * comments, missing library files) migrated end to end and then loaded by KiCad 9 itself
 * ({@code verify_with_kicad}). The expectations come from the library's ground truth (what its composer wrote),
 * never from the migration's own reading.
 *
 * <p>What must hold: every part arrives; the parts KiCad loads are exactly those the ground truth says it can; and
 * every part KiCad cannot load was reported by the migration before KiCad was asked (0 silent failures).
 */
class CompanyLibraryKicadTest {

    @TempDir
    static Path dir;
    static CompanyLibraryFacts facts;

    @BeforeAll
    static void writeLibrary() throws Exception {
        InstalledKicad.require();
        facts = new CompanyLibrary(42).write(dir.resolve("library"));
    }

    static Stream<Arguments> runs() {
        return Stream.of(
                Arguments.of("Company.DbLib", MappingMode.PRESERVE, "UTF-8"),
                Arguments.of("Company.DbLib", MappingMode.STANDARD, "UTF-8"),
                Arguments.of("China-GBK.DbLib", MappingMode.PRESERVE, "GBK"),
                Arguments.of("Russia-CP1251.DbLib", MappingMode.PRESERVE, "windows-1251"),
                Arguments.of("Japan-CP932.DbLib", MappingMode.PRESERVE, "windows-31j"));
    }

    @ParameterizedTest(name = "{0} in {1} mode")
    @MethodSource("runs")
    void everyPartArrivesAndKicadLoadsExactlyThePartsTheGroundTruthSaysItCan(String dbLib, MappingMode mode,
                                                                            String charset) throws Exception {
        DbLibFact dbLibFact = facts.dbLibs().stream().filter(d -> d.file().getFileName().toString().equals(dbLib))
                .findFirst().orElseThrow();
        assertThat(dbLibFact.encoding()).isEqualTo(Charset.forName(charset));
        Path out = dir.resolve(dbLib + "-" + mode);
        MigrationResult result = new OptimizedMigrationEngine().migrateWithOptimization(MigrationRequest
                .builder(dbLibFact.file()).outputDirectory(out).overwrite(true)
                .config(MigrationConfig.builder().mappingMode(mode).verifyWithKicad(true).build()).build());

        // The DbLib's code page was found from the database's own table names.
        assertThat(Charset.forName(result.dblibEncoding().charset())).isEqualTo(dbLibFact.encoding());

        // Every part of every table the database has arrives; the empty sheet and the absent table are skipped.
        List<TableFact> tables = facts.tables().stream().filter(t -> t.dbLib().equals(dbLib)).toList();
        Map<String, Long> written = result.tables().stream()
                .collect(Collectors.toMap(TableResult::table, TableResult::rowsWritten));
        for (TableFact t : tables) {
            if (t.status() == TableFact.Status.PRESENT) {
                assertThat(written).as("parts written to table %s", t.table()).containsEntry(t.table(), (long) t.rows());
            }
        }
        assertThat(result.skippedTables().stream().map(SkippedTable::table).toList())
                .containsExactlyInAnyOrderElementsOf(tables.stream()
                        .filter(t -> t.status() != TableFact.Status.PRESENT).map(TableFact::table).toList());
        List<PartFact> parts = facts.partsOf(dbLib);
        assertThat(result.partsWritten()).isEqualTo(parts.size());

        // Keys KiCad cannot use were renamed, each reported.
        long unusableKeys = parts.stream().filter(p -> p.key().matches(".*[:\\\\<>\"\\t\\r\\n].*")).count();
        assertThat(result.issues().stream().filter(i -> i.kind() == PartIssue.Kind.KEY_RENAMED).count())
                .isEqualTo(unusableKeys);

        // What KiCad loads is what the ground truth says it can load: nothing more, nothing less.
        KicadVerification verification = result.verification();
        assertThat(verification).isNotNull();
        assertThat(verification.partsChecked()).isEqualTo(parts.size());
        Set<String> notLoaded = verification.findings().stream()
                .map(f -> f.table() + " / " + f.key()).collect(Collectors.toCollection(TreeSet::new));
        Set<String> expectedNotLoaded = new TreeSet<>();
        if (mode == MappingMode.PRESERVE) {
            parts.stream().filter(p -> !p.resolvesInKicad()).map(p -> p.table() + " / " + p.key())
                    .forEach(expectedNotLoaded::add);
            assertThat(notLoaded).isEqualTo(expectedNotLoaded);
        } else { // a part mapped to KiCad's own libraries no longer needs its Altium files
            parts.stream().filter(p -> !p.resolvesInKicad()).map(p -> p.table() + " / " + p.key())
                    .forEach(expectedNotLoaded::add);
            assertThat(expectedNotLoaded).containsAll(notLoaded);
        }
        assertThat(verification.partsLoaded()).isEqualTo(parts.size() - notLoaded.size());

        // 0 silent failures: every part KiCad cannot load was reported by the migration itself, before KiCad.
        long reportedUnloadable = result.notices().stream()
                .filter(n -> n.kind() != LibraryNotice.Kind.NAME_CHANGED).mapToLong(LibraryNotice::parts).sum();
        assertThat(reportedUnloadable).as("part references the migration reported as unloadable")
                .isGreaterThanOrEqualTo(notLoaded.size());

        // Preserve mode writes symbol names as KiCad lists them (storage names, 31 characters at most), and Values
        // built from '=Part Number' / '=Value' show what Altium showed.
        // Output tables in DbLib order, as the .kicad_dbl lists them (Excel's '$' is not part of a table name).
        JsonNode libraries = new ObjectMapper().readTree(result.kicadDbl().toFile()).path("libraries");
        assertThat(libraries.size()).isEqualTo(result.tables().size());
        Map<String, String> outputTables = new java.util.HashMap<>();
        for (int i = 0; i < libraries.size(); i++) {
            outputTables.put(result.tables().get(i).table(), libraries.get(i).path("table").asText());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + result.database());
             Statement s = c.createStatement()) {
            for (TableResult t : result.tables()) {
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + quoted(outputTables.get(t.table())) + " WHERE \"Comment\" LIKE '=%'")) {
                    assertThat(rs.getLong(1)).as("literal =Name comments in %s", t.table()).isZero();
                }
            }
            if (mode == MappingMode.PRESERVE) {
                Map<String, String> keyColumns = result.tables().stream()
                        .collect(Collectors.toMap(TableResult::table, TableResult::keyColumn));
                List<String> wrong = new ArrayList<>();
                for (PartFact p : parts) {
                    if (p.kicadSymbol().isEmpty() || p.symbolFile().isEmpty()) {
                        continue;
                    }
                    try (ResultSet rs = s.executeQuery("SELECT \"KiCad Symbol\" FROM " + quoted(outputTables.get(p.table())) + " WHERE "
                            + quoted(keyColumns.get(p.table())) + " = '"
                            + p.key().replace("'", "''") + "'")) {
                        String symbol = rs.next() ? rs.getString(1) : null;
                        String name = symbol == null ? null : symbol.substring(symbol.indexOf(':') + 1);
                        if (!p.kicadSymbol().equals(name)) {
                            wrong.add(p.table() + "/" + p.key() + ": wrote " + symbol + ", KiCad lists " + p.kicadSymbol());
                        }
                    }
                }
                assertThat(wrong).isEmpty();
            }
        }
    }

    private static String quoted(String table) {
        return "\"" + table.replace("\"", "\"\"") + "\"";
    }

    @Test
    void theLibraryHasWhatRealLibrariesHave() {
        assertThat(facts.parts()).hasSizeGreaterThanOrEqualTo(5_000);
        assertThat(facts.tables().stream().filter(t -> t.status() == TableFact.Status.PRESENT).count())
                .isGreaterThanOrEqualTo(20);
        assertThat(facts.parts()).anyMatch(p -> p.libraryRef().length() > 31 && p.resolvesInKicad());
        assertThat(facts.parts()).anyMatch(p -> p.libraryRef().contains("/") && p.resolvesInKicad());
        assertThat(facts.parts()).anyMatch(p -> p.key().contains(":"));
        assertThat(facts.parts()).anyMatch(p -> p.key().contains("\\"));
        assertThat(facts.missingFiles()).isNotEmpty();
        assertThat(facts.dbLibs()).allMatch(d -> d.encoding() != null);
    }
    /** The bundled sample ships its .SchLib/.PcbLib files: in preserve mode KiCad loads every one of its parts. */
    @Test
    void kicadLoadsEveryPartOfTheBundledSampleInPreserveMode() {
        Path sample = Path.of("../examples/sample/Sample.DbLib").toAbsolutePath().normalize();
        MigrationResult result = new OptimizedMigrationEngine().migrateWithOptimization(MigrationRequest.builder(sample)
                .outputDirectory(dir.resolve("sample-preserve")).overwrite(true)
                .config(MigrationConfig.builder().mappingMode(MappingMode.PRESERVE).verifyWithKicad(true).build()).build());
        assertThat(result.notices().stream().filter(n -> n.kind() != LibraryNotice.Kind.NAME_CHANGED)).isEmpty();
        assertThat(result.verification().partsChecked()).isEqualTo(result.partsWritten()).isEqualTo(2_065);
        assertThat(result.verification().findings()).isEmpty();
        assertThat(result.verification().partsLoaded()).isEqualTo(2_065);
    }
}
