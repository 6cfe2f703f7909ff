package io.github.altium2kicad.examples.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.altium2kicad.examples.sample.SampleFiles.TableData;
import io.github.altium2kicad.testkit.KicadCli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed sample's {@code .SchLib}/{@code .PcbLib} files hold every name its rows use, as KiCad 9's own Altium
 * importer reads them: symbol names cut to 31 characters, names compared ignoring case, every symbol with pins and
 * every footprint with pads. Under {@code CI=true} KiCad must be installed.
 */
class SampleAltiumLibrariesTest {

    private static final Path COMMITTED = Path.of("sample");

    /** Relative library file → names the rows use (upper-cased, as KiCad finds them ignoring case). */
    private static final Map<String, TreeSet<String>> SYMBOLS_USED = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private static final Map<String, TreeSet<String>> FOOTPRINTS_USED = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private static int references;

    @TempDir
    static Path work;

    @BeforeAll
    static void readRows() throws Exception {
        Map<String, TableData> tables = SampleFiles.tables(COMMITTED.resolve(SampleLibraryGenerator.DATABASE_FILE));
        for (TableData table : tables.values()) {
            collect(table, "Library Ref", "Library Path", SYMBOLS_USED, true);
            collect(table, "Footprint Ref", "Footprint Path", FOOTPRINTS_USED, false);
            collect(table, "Footprint Ref 2", "Footprint Path 2", FOOTPRINTS_USED, false);
        }
    }

    private static void collect(TableData table, String refColumn, String pathColumn,
                                Map<String, TreeSet<String>> into, boolean symbol) {
        int ref = table.columns().indexOf(refColumn);
        int path = table.columns().indexOf(pathColumn);
        if (ref < 0 || path < 0) {
            return;
        }
        for (List<String> row : table.rows()) {
            String name = row.get(ref);
            String file = row.get(path);
            if (name != null && !name.isBlank() && file != null && !file.isBlank()) {
                String kicadName = symbol ? storageName(name) : name;
                into.computeIfAbsent(SampleAltiumLibraries.relative(file), f -> new TreeSet<>())
                        .add(kicadName.toUpperCase(Locale.ROOT));
                references++;
            }
        }
    }

    @Test
    void everyReferencedLibraryFileIsCommitted() {
        assertThat(references).isGreaterThan(4000);
        List<String> missing = new ArrayList<>();
        SYMBOLS_USED.keySet().forEach(f -> addIfMissing(missing, f));
        FOOTPRINTS_USED.keySet().forEach(f -> addIfMissing(missing, f));
        assertThat(missing).isEmpty();
        assertThat(SYMBOLS_USED).hasSizeGreaterThanOrEqualTo(15);
        assertThat(FOOTPRINTS_USED).hasSizeGreaterThanOrEqualTo(60);
    }

    @Test
    void committedLibrariesStaySmall() throws Exception {
        long bytes;
        try (var files = Files.walk(COMMITTED)) {
            bytes = files.filter(f -> f.toString().endsWith("Lib")).mapToLong(f -> f.toFile().length()).sum();
        }
        assertThat(bytes).isLessThan(8L * 1024 * 1024);
    }

    @Test
    void kicadFindsEverySymbolWithPins() {
        KicadCli kicad = kicad();
        Map<String, String> problems = new TreeMap<>();
        SYMBOLS_USED.forEach((file, names) -> {
            Map<String, Integer> read = upperCased(kicad.symbols(COMMITTED.resolve(file), work));
            for (String name : names) {
                Integer pins = read.get(name);
                if (pins == null || pins == 0) {
                    problems.put(file + ": " + name, pins == null ? "not listed" : "no pins");
                }
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void kicadFindsEveryFootprintWithPads() {
        KicadCli kicad = kicad();
        Map<String, String> problems = new TreeMap<>();
        FOOTPRINTS_USED.forEach((file, names) -> {
            Map<String, Integer> read = upperCased(kicad.footprints(COMMITTED.resolve(file), work));
            for (String name : names) {
                Integer pads = read.get(name);
                if (pads == null || pads == 0) {
                    problems.put(file + ": " + name, pads == null ? "not listed" : "no pads");
                }
            }
        });
        assertThat(problems).isEmpty();
    }

    private static KicadCli kicad() {
        Optional<KicadCli> kicad = KicadCli.locate();
        if ("true".equals(System.getenv("CI"))) {
            assertThat(kicad).as("kicad-cli 9 must be installed in CI (../shared/tools/install-kicad9)").isPresent();
        }
        assumeTrue(kicad.isPresent(), "kicad-cli 9 not installed");
        return kicad.get();
    }

    private static void addIfMissing(List<String> missing, String file) {
        if (!Files.isRegularFile(COMMITTED.resolve(file))) {
            missing.add(file);
        }
    }

    private static Map<String, Integer> upperCased(Map<String, Integer> names) {
        Map<String, Integer> upper = new HashMap<>();
        names.forEach((k, v) -> upper.put(k.toUpperCase(Locale.ROOT), v));
        return upper;
    }

    /** The storage name Altium gives a symbol (what KiCad lists): {@code /} as {@code _}, cut to 31 characters. */
    private static String storageName(String name) {
        String s = name.replace('/', '_');
        return s.length() > 31 ? s.substring(0, 31) : s;
    }
}
