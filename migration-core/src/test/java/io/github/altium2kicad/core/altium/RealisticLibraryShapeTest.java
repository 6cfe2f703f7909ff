package io.github.altium2kicad.core.altium;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.altium2kicad.testkit.company.RealisticLibrary;
import io.github.altium2kicad.testkit.company.RealisticLibraryFacts;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark library {@link RealisticLibrary} has the shape it promises, checked on the files it wrote: tables,
 * columns, distinct keys and descriptions, footprint reuse, and library files this project's own reader reads with
 * every name the rows reference.
 */
class RealisticLibraryShapeTest {

    private static final int PARTS = 20_000;
    private static final String ROOT = "g:\\libraries\\acme\\";

    @TempDir
    static Path folder;

    private static RealisticLibraryFacts facts;

    @BeforeAll
    static void generate() throws Exception {
        facts = new RealisticLibrary(42, PARTS).write(folder);
    }

    @Test
    void tablesAndColumnsAsInTheRealLibrary() throws Exception {
        assertThat(facts.tables()).hasSize(RealisticLibrary.DEFAULT_TABLES).doesNotHaveDuplicates();
        String dbLib = Files.readString(facts.dbLib(), StandardCharsets.UTF_8);
        assertThat(dbLib.lines().filter(l -> l.matches("\\[Table\\d+]"))).hasSize(RealisticLibrary.DEFAULT_TABLES);
        int rows = 0;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + facts.database()); Statement st = c.createStatement()) {
            for (String table : facts.tables()) {
                try (ResultSet rs = st.executeQuery("SELECT count(*), count(DISTINCT \"Part Number\") FROM " + quote(table))) {
                    assertThat(rs.getInt(2)).as("distinct keys of %s", table).isEqualTo(rs.getInt(1));
                    rows += rs.getInt(1);
                }
                try (ResultSet rs = st.executeQuery("SELECT * FROM " + quote(table) + " LIMIT 1")) {
                    int columns = rs.getMetaData().getColumnCount();
                    assertThat(columns).as("columns of %s", table).isBetween(RealisticLibrary.MIN_COLUMNS, RealisticLibrary.MAX_COLUMNS);
                    assertThat(List.of(rs.getMetaData().getColumnName(1), rs.getMetaData().getColumnName(2)))
                            .containsExactly("Part Number", "Library Ref");
                }
            }
        }
        assertThat(rows).isEqualTo(PARTS);
        assertThat(facts.columns().stream().mapToInt(Integer::intValue).average().orElse(0)).isBetween(45.0, 65.0);
    }

    @Test
    void descriptionsMostlyDistinctFootprintsReused() throws Exception {
        Set<String> descriptions = new HashSet<>();
        Set<String> footprints = new HashSet<>();
        Set<List<String>> parts = new HashSet<>();
        forEachRow("\"Description\", \"Footprint Ref\", \"Library Ref\", tbl", rs -> {
            descriptions.add(rs.getString(1));
            footprints.add(rs.getString(2).toLowerCase(Locale.ROOT));
            parts.add(java.util.Arrays.asList(rs.getString(4), rs.getString(1), rs.getString(2), rs.getString(3)));
        });
        assertThat(descriptions.size()).as("distinct descriptions").isBetween(PARTS / 2, PARTS * 9 / 10);
        // re-listed parts share description, footprint and symbol: the real library had 46,033 distinct mapping inputs
        // for 69,974 parts (66 %)
        assertThat(parts.size()).as("distinct description, footprint and symbol per table").isBetween(PARTS * 55 / 100, PARTS * 75 / 100);
        assertThat(footprints).hasSize(facts.distinctFootprints());
        // a few thousand at 70,000 parts, growing with the square root: about 3,000 at 20,000
        assertThat(facts.distinctFootprints()).isBetween(2_000, 4_000);
    }

    @Test
    void everyReferencedNameIsInAFileTheProjectReads() throws Exception {
        Map<String, Path> files = new HashMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.filter(p -> AltiumLibraryContents.kindOf(p) != AltiumLibraryContents.Kind.OTHER).forEach(p ->
                    files.put(folder.relativize(p).toString().replace('\\', '/').toLowerCase(Locale.ROOT), p));
        }
        assertThat(files).hasSize(facts.libraryFiles());
        assertThat(facts.libraryFiles()).isGreaterThan(facts.distinctFootprints());
        Map<Path, AltiumLibraryContents> read = new HashMap<>();
        int[] checked = new int[2];
        forEachRow("\"Library Path\", \"Library Ref\", \"Footprint Path\", \"Footprint Ref\"", rs -> {
            for (int i = 1; i <= 3; i += 2) {
                Path file = files.get(relative(rs.getString(i)));
                if (file == null) {
                    assertThat(rs.getString(i).toLowerCase(Locale.ROOT)).as("a path with no file").containsAnyOf("rf.schlib", "connectors_old.pcblib");
                    checked[1]++;
                    continue;
                }
                AltiumLibraryContents contents = read.computeIfAbsent(file, AltiumLibraryContents::read);
                assertThat(contents.status()).as(file.toString()).isEqualTo(AltiumLibraryContents.Status.READ);
                assertThat(contents.find(rs.getString(i + 1))).as("%s in %s", rs.getString(i + 1), file)
                        .isNotEqualTo(AltiumLibraryContents.Lookup.MISSING);
                checked[0]++;
            }
        });
        assertThat(checked[0]).isEqualTo(2 * PARTS - checked[1]);
        assertThat(checked[1]).as("references to the two files nobody wrote").isPositive().isLessThan(PARTS / 20);
    }

    @Test
    void sameSeedSameDatabase(@TempDir Path one, @TempDir Path two) throws Exception {
        RealisticLibrary small = new RealisticLibrary(7, 2_000, RealisticLibrary.DEFAULT_TABLES, false);
        small.write(one);
        small.write(two);
        assertThat(sha256(one.resolve(RealisticLibrary.DATABASE))).isEqualTo(sha256(two.resolve(RealisticLibrary.DATABASE)));
        assertThat(Files.readAllBytes(one.resolve(RealisticLibrary.DBLIB))).isEqualTo(Files.readAllBytes(two.resolve(RealisticLibrary.DBLIB)));
        assertThat(sha256(one.resolve(RealisticLibrary.DATABASE)))
                .isNotEqualTo(sha256(new RealisticLibrary(8, 2_000, RealisticLibrary.DEFAULT_TABLES, false).write(
                        one.resolve("other")).database()));
    }

    private interface RowCheck {
        void accept(ResultSet rs) throws Exception;
    }

    private static void forEachRow(String columns, RowCheck check) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + facts.database()); Statement st = c.createStatement()) {
            for (String table : facts.tables()) {
                try (ResultSet rs = st.executeQuery("SELECT " + columns.replace("tbl", "'" + table.replace("'", "''") + "'")
                        + " FROM " + quote(table))) {
                    while (rs.next()) {
                        check.accept(rs);
                    }
                }
            }
        }
    }

    private static String relative(String databasePath) {
        String p = databasePath.strip().toLowerCase(Locale.ROOT);
        return (p.startsWith(ROOT) ? p.substring(ROOT.length()) : p).replace('\\', '/');
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private static String sha256(Path file) throws Exception {
        return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
