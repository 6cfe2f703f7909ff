package io.github.altium2kicad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.altium2kicad.api.KicadVerification;
import io.github.altium2kicad.api.LibraryNotice;
import io.github.altium2kicad.api.MappingMode;
import io.github.altium2kicad.api.MigrationConfig;
import io.github.altium2kicad.api.MigrationRequest;
import io.github.altium2kicad.api.MigrationResult;
import io.github.altium2kicad.api.MigrationWarning;
import io.github.altium2kicad.api.NativeLibraries;
import io.github.altium2kicad.api.TableChanges;
import io.github.altium2kicad.api.TableResult;
import io.github.altium2kicad.core.OptimizedMigrationEngine;
import io.github.altium2kicad.core.kicad.index.KicadFootprint;
import io.github.altium2kicad.core.kicad.index.KicadLibraryScanner;
import io.github.altium2kicad.core.kicad.index.KicadSymbol;
import io.github.altium2kicad.core.kicad.index.LibTableEntry;
import io.github.altium2kicad.core.kicad.index.LibTableReader;
import io.github.altium2kicad.core.testing.InstalledKicad;
import io.github.altium2kicad.testkit.company.CompanyLibrary;
import io.github.altium2kicad.testkit.company.CompanyLibraryFacts;
import io.github.altium2kicad.testkit.company.PartFact;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code native_libraries: kicad-cli} on the company library of {@code migration-testkit} (real binary
 * {@code .SchLib}/{@code .PcbLib} files, names over 31 characters and with {@code /}, names in another letter case,
 * missing files and a missing symbol name): every part the ground truth says KiCad can load resolves in the converted
 * {@code .kicad_sym}/{@code .kicad_mod} files, to the symbol and footprint the ground truth names, with pins and
 * with the ground truth's pads; KiCad 9 itself (ERC through the output's own lib tables) loads exactly those parts; and an incremental run
 * converts nothing that did not change. The expectations come from the library's ground truth, never from the
 * migration's own reading.
 */
class NativeLibrariesKicadTest {

    private static final String DBLIB = CompanyLibrary.MAIN_DBLIB;
    private static final Pattern DECLARED = Pattern.compile("^\\(footprint \"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static CompanyLibraryFacts facts;

    @BeforeAll
    static void writeLibrary() throws Exception {
        InstalledKicad.require();
        facts = new CompanyLibrary(42).write(dir.resolve("library"));
    }

    private static MigrationResult migrate(Path library, Path out, boolean incremental, boolean verify) {
        return new OptimizedMigrationEngine().migrateWithOptimization(MigrationRequest
                .builder(library.resolve(DBLIB)).outputDirectory(out).overwrite(true).incremental(incremental)
                .config(MigrationConfig.builder().mappingMode(MappingMode.PRESERVE).nativeLibraries(NativeLibraries.KICAD_CLI)
                        .verifyWithKicad(verify).build()).build());
    }

    @Test
    void everyPartResolvesInTheConvertedLibrariesAndKicadLoadsExactlyThePartsTheGroundTruthSaysItCan() throws Exception {
        Path out = dir.resolve("native");
        MigrationResult result = migrate(facts.folder(), out, false, true);
        List<PartFact> parts = facts.partsOf(DBLIB);
        assertThat(result.partsWritten()).isEqualTo(parts.size());

        // KiCad 9 loads exactly the parts the ground truth says it can, as in preserve mode
        KicadVerification verification = result.verification();
        assertThat(verification.partsChecked()).isEqualTo(parts.size());
        Set<String> notLoaded = verification.findings().stream().map(f -> f.table() + " / " + f.key())
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> expectedNotLoaded = parts.stream().filter(p -> !p.resolvesInKicad()).map(p -> p.table() + " / " + p.key())
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(notLoaded).isEqualTo(expectedNotLoaded);
        // 0 silent failures: every part KiCad cannot load was reported by the migration itself, before KiCad
        long reportedUnloadable = result.notices().stream().filter(n -> n.kind() != LibraryNotice.Kind.NAME_CHANGED)
                .mapToLong(LibraryNotice::parts).sum();
        assertThat(reportedUnloadable).isGreaterThanOrEqualTo(notLoaded.size());

        // the lib tables point at the converted libraries inside the output folder
        Map<String, LibTableEntry> symbolRows = rows(out.resolve("sym-lib-table"));
        Map<String, LibTableEntry> footprintRows = rows(out.resolve("fp-lib-table"));
        assertThat(symbolRows.values()).filteredOn(r -> r.type().equals("KiCad")).hasSize(5)
                .allMatch(r -> r.uri().startsWith(out.resolve("symbols").toString() + "/") && r.uri().endsWith(".kicad_sym"));
        assertThat(footprintRows.values()).filteredOn(r -> r.type().equals("KiCad")).hasSizeGreaterThanOrEqualTo(20)
                .allMatch(r -> r.uri().startsWith(out.resolve("footprints").toString() + "/") && r.uri().endsWith(".pretty"));

        // every loadable part's symbol and first footprint are in the converted files, as the ground truth names them
        Map<String, Map<String, KicadSymbol>> symbols = new HashMap<>();
        Map<String, Map<String, KicadFootprint>> footprints = new HashMap<>();
        KicadLibraryScanner scanner = new KicadLibraryScanner();
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + result.database())) {
            Map<String, String> outputTables = outputTables(result);
            for (PartFact p : parts) {
                if (!p.resolvesInKicad()) {
                    continue;
                }
                TableResult table = result.tables().stream().filter(t -> t.table().equals(p.table())).findFirst().orElseThrow();
                String[] refs = references(c, outputTables.get(p.table()), table.keyColumn(), p.key());
                String symbolNick = refs[0].substring(0, refs[0].indexOf(':'));
                String symbolName = refs[0].substring(refs[0].indexOf(':') + 1);
                LibTableEntry symbolRow = symbolRows.get(symbolNick);
                if (symbolRow == null || !symbolRow.type().equals("KiCad")) {
                    wrong.add(p.key() + ": symbol " + refs[0] + " is not on a converted library");
                    continue;
                }
                KicadSymbol symbol = symbols.computeIfAbsent(symbolNick, n -> scanSymbols(scanner, n, symbolRow.uri()))
                        .get(symbolName);
                // the reader counts distinct pin numbers, the ground truth every pin: both are counts of the same pins
                if (symbol == null || !symbolName.equals(p.kicadSymbol()) || symbol.pinCount() == 0
                        || symbol.pinCount() > p.symbolPins()) {
                    wrong.add(p.key() + ": symbol " + refs[0] + (symbol == null ? " is not in " + symbolRow.uri()
                            : " has " + symbol.pinCount() + " pins") + "; ground truth: " + p.kicadSymbol() + ", "
                            + p.symbolPins() + " pins");
                }
                String first = refs[1].split(";")[0];
                String footprintNick = first.substring(0, first.indexOf(':'));
                String footprintName = first.substring(first.indexOf(':') + 1);
                LibTableEntry footprintRow = footprintRows.get(footprintNick);
                if (footprintRow == null || !footprintRow.type().equals("KiCad")) {
                    wrong.add(p.key() + ": footprint " + first + " is not on a converted library");
                    continue;
                }
                KicadFootprint footprint = footprints.computeIfAbsent(footprintNick,
                        n -> scanFootprints(scanner, n, footprintRow.uri())).get(footprintName);
                Path file = Path.of(footprintRow.uri()).resolve(footprintName + ".kicad_mod");
                String declared = footprint == null ? null : declaredName(file);
                if (footprint == null || !p.kicadFootprint().equalsIgnoreCase(declared) || footprint.totalPads() != p.footprintPads()) {
                    wrong.add(p.key() + ": footprint " + first + (footprint == null ? " is not in " + footprintRow.uri()
                            : " declares '" + declared + "' with " + footprint.totalPads() + " pads") + "; ground truth: "
                            + p.kicadFootprint() + ", " + p.footprintPads() + " pads");
                }
                checked++;
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(checked).isEqualTo(parts.size() - expectedNotLoaded.size()).isGreaterThan(6_000);
        // names with '/' and over 31 characters were among them
        assertThat(parts).anyMatch(p -> p.resolvesInKicad() && p.footprintRef().contains("/"));
        assertThat(parts).anyMatch(p -> p.resolvesInKicad() && p.libraryRef().length() > 31);

        // what KiCad's converter did is recorded: every used file converted, 3D models it could not find reported
        JsonNode manifest = JSON.readTree(out.resolve("native-libraries.json").toFile());
        assertThat(manifest.path("libraries")).allMatch(l -> l.path("status").asText().equals("converted"));
        assertThat(manifest.path("libraries").size()).isEqualTo(symbolRows.values().stream().filter(r -> r.type().equals("KiCad")).count()
                + footprintRows.values().stream().filter(r -> r.type().equals("KiCad")).count());
        assertThat(result.warnings()).anyMatch(w -> w.kind() == MigrationWarning.Kind.NATIVE_MODELS_DROPPED);
    }

    @Test
    void anIncrementalRunConvertsOnlyTheFilesThatChanged() throws Exception {
        Path library = new CompanyLibrary(42).write(dir.resolve("library-edited")).folder();
        Path out = dir.resolve("incremental");
        migrate(library, out, false, false);
        assertThat(statuses(out).values()).hasSizeGreaterThan(20).containsOnly("converted");

        // nothing changed (one file only touched): nothing is converted again and no row changes
        Path touched = library.resolve("Footprints/SOT.PcbLib");
        Files.setLastModifiedTime(touched, FileTime.fromMillis(Files.getLastModifiedTime(touched).toMillis() + 60_000));
        MigrationResult again = migrate(library, out, true, false);
        assertThat(statuses(out).values()).containsOnly("reused");
        assertThat(again.changes()).noneMatch(TableChanges::any);

        // one file's content changed: only it is converted again, and the parts whose footprints it lost now keep
        // the Altium library (reported), while the rest of the output stays as it was
        Files.copy(library.resolve("Footprints/SOT.PcbLib"), library.resolve("Footprints/THT.PcbLib"),
                StandardCopyOption.REPLACE_EXISTING);
        MigrationResult third = migrate(library, out, true, false);
        Map<String, String> statuses = statuses(out);
        assertThat(statuses).containsEntry("footprints/THT.pretty", "converted");
        assertThat(statuses.entrySet()).filteredOn(e -> !e.getKey().equals("footprints/THT.pretty"))
                .allMatch(e -> e.getValue().equals("reused"));
        assertThat(third.warnings()).anyMatch(w -> w.kind() == MigrationWarning.Kind.NATIVE_NAME_KEPT_ALTIUM
                && w.message().contains("THT.PcbLib"));
        assertThat(rows(out.resolve("fp-lib-table"))).containsKey("THT_Altium");
        assertThat(third.changes()).anyMatch(TableChanges::any);
    }

    private static Map<String, String> statuses(Path out) throws Exception {
        Map<String, String> out2 = new HashMap<>();
        JSON.readTree(out.resolve("native-libraries.json").toFile()).path("libraries")
                .forEach(l -> out2.put(l.path("output").asText(), l.path("status").asText()));
        return out2;
    }

    private static Map<String, LibTableEntry> rows(Path table) throws Exception {
        Map<String, LibTableEntry> out = new HashMap<>();
        LibTableReader.read(table).forEach(r -> out.put(r.name(), r));
        return out;
    }

    private static Map<String, String> outputTables(MigrationResult result) throws Exception {
        JsonNode libraries = JSON.readTree(result.kicadDbl().toFile()).path("libraries");
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i < libraries.size(); i++) {
            out.put(result.tables().get(i).table(), libraries.get(i).path("table").asText());
        }
        return out;
    }

    private static String[] references(Connection c, String table, String keyColumn, String key) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("SELECT \"KiCad Symbol\", \"KiCad Footprints\" FROM \""
                + table.replace("\"", "\"\"") + "\" WHERE \"" + keyColumn.replace("\"", "\"\"") + "\" = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).as("row %s in %s", key, table).isTrue();
                return new String[] {rs.getString(1), rs.getString(2)};
            }
        }
    }

    private static Map<String, KicadSymbol> scanSymbols(KicadLibraryScanner scanner, String nickname, String file) {
        try {
            return scanner.scanSymbolLibrary(nickname, Path.of(file)).stream()
                    .collect(Collectors.toMap(s -> s.id().name(), s -> s));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Map<String, KicadFootprint> scanFootprints(KicadLibraryScanner scanner, String nickname, String folder) {
        try {
            return scanner.scanFootprintLibrary(nickname, Path.of(folder)).stream()
                    .collect(Collectors.toMap(f -> f.id().name(), f -> f));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String declaredName(Path file) {
        try {
            Matcher m = DECLARED.matcher(Files.readString(file, StandardCharsets.UTF_8));
            return m.find() ? m.group(1).replace("\\\"", "\"").replace("\\\\", "\\") : null;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
