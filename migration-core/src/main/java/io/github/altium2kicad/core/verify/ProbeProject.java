package io.github.altium2kicad.core.verify;

import io.github.altium2kicad.api.MigrationConfig;
import io.github.altium2kicad.core.kicad.index.LibTableEntry;
import io.github.altium2kicad.core.kicad.index.LibTableReader;
import io.github.altium2kicad.core.kicad.index.LibraryPathVariables;
import io.github.altium2kicad.core.internal.writer.LibTableWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A throw-away KiCad project in a temporary folder, through which KiCad resolves the output as a user's project
 * would: the output's own {@code sym-lib-table} and {@code fp-lib-table} as the project's tables (their rows pointing
 * into the staged output instead of the final folder), and a private {@code KICAD_CONFIG_HOME} whose global tables
 * list KiCad's standard libraries. Each ERC run places a batch of probes on a schematic of its own.
 */
final class ProbeProject implements AutoCloseable {

    /** kicad-cli reads a project's lib tables only when {@code <schematic>.kicad_pro} is there; it may be empty JSON. */
    private static final String EMPTY_PROJECT = "{}\n";
    private static final long ERC_TIMEOUT_SECONDS = 1800;

    private final KicadCli cli;
    private final Path folder;
    private final Path configHome;
    private final List<LibTableEntry> symbolRows;
    private final List<LibTableEntry> footprintRows;
    private final Map<String, String> environment;
    private final AtomicInteger sheets = new AtomicInteger();
    private final List<Path> lightCopies;

    /**
     * The nickname under which the {@code .kicad_dbl} itself, with all its fields, is in the probe project's table; the
     * output's own nickname points at a copy without fields (see {@link #create}).
     */
    static final String FULL_DATABASE_NICKNAME = "altium2kicad_full_kicad_dbl";

    private ProbeProject(KicadCli cli, Path folder, Path configHome, List<LibTableEntry> symbolRows,
                         List<LibTableEntry> footprintRows, List<Path> lightCopies) {
        this.lightCopies = List.copyOf(lightCopies);
        this.cli = cli;
        this.folder = folder;
        this.configHome = configHome;
        this.symbolRows = List.copyOf(symbolRows);
        this.footprintRows = List.copyOf(footprintRows);
        this.environment = Map.of("KICAD_CONFIG_HOME", configHome.toString());
    }

    /**
     * Creates the project for the output staged in {@code staging}, to be published to {@code target}.
     *
     * <p>Measured with kicad-cli 9.0.8: KiCad's database plugin takes about 85 ms per part of a table with 48 fields and
     * 5 ms with none, and a field naming a column does not decide whether the part loads. So the output's
     * {@code .kicad_dbl} row points at a copy beside it (same connection string, libraries, keys, symbol and footprint
     * columns) without fields, and the file itself is listed as {@value #FULL_DATABASE_NICKNAME} for a sample.
     *
     * @param config its {@code kicad_libraries} says which standard libraries the global tables list
     */
    static ProbeProject create(KicadCli cli, Path staging, Path target, MigrationConfig config) throws IOException {
        Path folder = Files.createTempDirectory("altium2kicad-verify");
        Path configHome = folder.resolve("kicad-config");
        Path global = Files.createDirectories(configHome.resolve(cli.version().replaceAll("^(\\d+)\\..*", "$1") + ".0"));
        StandardLibraries standard = StandardLibraries.of(config.kicadLibraries());
        LibTableWriter.write(global.resolve("sym-lib-table"), "sym_lib_table", standard.symbolRows());
        LibTableWriter.write(global.resolve("fp-lib-table"), "fp_lib_table", standard.footprintRows());
        LibraryPathVariables variables = new LibraryPathVariables(Map.of("KIPRJMOD", target.toString()));
        List<LibTableEntry> symbols = staged(LibTableReader.read(staging.resolve("sym-lib-table")), variables, staging, target);
        List<LibTableEntry> footprints = staged(LibTableReader.read(staging.resolve("fp-lib-table")), variables, staging, target);
        List<Path> lightCopies = new ArrayList<>();
        List<LibTableEntry> withLight = new ArrayList<>();
        for (LibTableEntry row : symbols) {
            Path dbl = Path.of(row.uri());
            if (row.type().equalsIgnoreCase("Database") && dbl.startsWith(staging.toAbsolutePath().normalize())
                    && Files.isRegularFile(dbl)) {
                Path light = dbl.resolveSibling(".altium2kicad-probe-" + dbl.getFileName());
                com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
                com.fasterxml.jackson.databind.JsonNode root = json.readTree(dbl.toFile());
                root.path("libraries").forEach(lib -> ((com.fasterxml.jackson.databind.node.ObjectNode) lib).putArray("fields"));
                json.writeValue(light.toFile(), root);
                lightCopies.add(light);
                withLight.add(new LibTableEntry(row.name(), row.type(), light.toString(), row.disabled()));
                withLight.add(new LibTableEntry(FULL_DATABASE_NICKNAME, row.type(), row.uri(), row.disabled()));
            } else {
                withLight.add(row);
            }
        }
        symbols = withLight;
        LibTableWriter.write(folder.resolve("sym-lib-table"), "sym_lib_table", rows(symbols));
        LibTableWriter.write(folder.resolve("fp-lib-table"), "fp_lib_table", rows(footprints));
        List<LibTableEntry> allSymbols = new ArrayList<>(symbols);
        standard.symbolRows().forEach(r -> allSymbols.add(new LibTableEntry(r.name(), r.type(), r.uri(), false)));
        List<LibTableEntry> allFootprints = new ArrayList<>(footprints);
        standard.footprintRows().forEach(r -> allFootprints.add(new LibTableEntry(r.name(), r.type(), r.uri(), false)));
        return new ProbeProject(cli, folder, configHome, allSymbols, allFootprints, lightCopies);
    }

    /** The symbol library rows KiCad sees, the project's first (they shadow global ones of the same name). */
    List<LibTableEntry> symbolRows() {
        return symbolRows;
    }

    /** The footprint library rows KiCad sees, the project's first. */
    List<LibTableEntry> footprintRows() {
        return footprintRows;
    }

    /** The row KiCad uses for symbol library {@code nickname}, if any. */
    Optional<LibTableEntry> symbolRow(String nickname) {
        return symbolRows.stream().filter(r -> r.name().equals(nickname) && !r.disabled()).findFirst();
    }

    /**
     * Runs ERC on a fresh sheet holding {@code probes}.
     *
     * @return the report, or empty when KiCad could not load the sheet (or failed); {@code failure} then gets its words
     */
    Optional<ErcReport> erc(List<ProbeSymbol> probes, StringBuilder failure) throws IOException {
        String name = "probe-" + sheets.incrementAndGet();
        Path schematic = folder.resolve(name + ".kicad_sch");
        Path project = folder.resolve(name + ".kicad_pro");
        Path report = folder.resolve(name + "-erc.json");
        Files.writeString(project, EMPTY_PROJECT);
        ProbeSheet.write(schematic, name, probes);
        try {
            KicadCli.Run run = cli.run(List.of("sch", "erc", "--severity-all", "--format", "json", "-o", report.toString(),
                    schematic.toString()), folder, environment, ERC_TIMEOUT_SECONDS);
            if (!Files.isRegularFile(report)) {
                failure.append(run.timedOut() ? "kicad-cli sch erc timed out" : run.output().strip());
                return Optional.empty();
            }
            return Optional.of(ErcReport.read(report));
        } finally {
            for (Path p : List.of(schematic, project, report, folder.resolve(name + ".kicad_prl"))) {
                Files.deleteIfExists(p);
            }
        }
    }

    /**
     * Converts the Altium symbol library {@code file} with KiCad's own importer ({@code kicad-cli sym upgrade}), the
     * code that loads it for a schematic.
     *
     * @return the converted {@code .kicad_sym}, or empty if KiCad could not convert it
     */
    Optional<Path> importSymbolLibrary(Path file, String nickname) throws IOException {
        Path out = folder.resolve("imported-" + sheets.incrementAndGet() + ".kicad_sym");
        KicadCli.Run run = cli.run(List.of("sym", "upgrade", "--force", file.toString(), "-o", out.toString()), folder,
                environment, ERC_TIMEOUT_SECONDS);
        return run.exitCode() == 0 && Files.isRegularFile(out) ? Optional.of(out) : Optional.empty();
    }

    /** Resolves a row's URI as KiCad would here (project variables, then the environment). */
    Optional<Path> resolve(LibTableEntry row) {
        return new LibraryPathVariables(Map.of("KIPRJMOD", folder.toString())).resolve(row.uri(), folder);
    }

    @Override
    public void close() throws IOException {
        for (Path light : lightCopies) {
            Files.deleteIfExists(light);
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Rows with {@code ${KIPRJMOD}} expanded to the final folder, and files of the output pointed at their staged copy. */
    private static List<LibTableEntry> staged(List<LibTableEntry> rows, LibraryPathVariables variables, Path staging,
                                              Path target) {
        Path finalFolder = target.toAbsolutePath().normalize();
        List<LibTableEntry> out = new ArrayList<>();
        for (LibTableEntry row : rows) {
            String uri = row.uri();
            Optional<Path> path = variables.resolve(uri, finalFolder);
            if (path.isPresent()) {
                Path absolute = path.get().toAbsolutePath().normalize();
                if (absolute.startsWith(finalFolder) && Files.exists(staging.resolve(finalFolder.relativize(absolute)))) {
                    absolute = staging.resolve(finalFolder.relativize(absolute)).toAbsolutePath().normalize();
                }
                uri = absolute.toString();
            }
            out.add(new LibTableEntry(row.name(), row.type(), uri, row.disabled()));
        }
        return out;
    }

    private static List<LibTableWriter.Row> rows(List<LibTableEntry> entries) {
        return entries.stream().filter(e -> !e.disabled()).map(e -> new LibTableWriter.Row(e.name(), e.type(), e.uri(), ""))
                .toList();
    }

    /** The global tables: KiCad's standard libraries, as {@code kicad_libraries} names them. */
    record StandardLibraries(List<LibTableWriter.Row> symbolRows, List<LibTableWriter.Row> footprintRows) {

        /** Where Debian's kicad-symbols and kicad-footprints put KiCad's libraries. */
        static final Path SYSTEM_SYMBOLS = Path.of("/usr/share/kicad/symbols");
        static final Path SYSTEM_FOOTPRINTS = Path.of("/usr/share/kicad/footprints");

        static StandardLibraries of(List<String> sources) throws IOException {
            List<LibTableWriter.Row> symbols = new ArrayList<>();
            List<LibTableWriter.Row> footprints = new ArrayList<>();
            LibraryPathVariables variables = new LibraryPathVariables(Map.of());
            for (String source : sources) {
                if (MigrationConfig.BUNDLED_KICAD_LIBRARIES.equals(source)) {
                    folderRows(systemFolder(variables, "KICAD9_SYMBOL_DIR", SYSTEM_SYMBOLS), ".kicad_sym", "KiCad", symbols);
                    folderRows(systemFolder(variables, "KICAD9_FOOTPRINT_DIR", SYSTEM_FOOTPRINTS), ".pretty", "KiCad", footprints);
                    continue;
                }
                Path path = Path.of(source);
                if (Files.isDirectory(path)) {
                    folderRows(path.resolve("symbols"), ".kicad_sym", "KiCad", symbols);
                    folderRows(path.resolve("footprints"), ".pretty", "KiCad", footprints);
                } else if (Files.isRegularFile(path)) {
                    List<LibTableWriter.Row> into = path.getFileName().toString().toLowerCase(Locale.ROOT).startsWith("fp")
                            ? footprints : symbols;
                    for (LibTableEntry e : LibTableReader.read(path)) {
                        if (!e.disabled()) {
                            String uri = variables.resolve(e.uri(), path.toAbsolutePath().getParent()).map(Path::toString)
                                    .orElse(e.uri());
                            into.add(new LibTableWriter.Row(e.name(), e.type(), uri, ""));
                        }
                    }
                }
            }
            return new StandardLibraries(List.copyOf(symbols), List.copyOf(footprints));
        }

        private static Path systemFolder(LibraryPathVariables variables, String variable, Path fallback) {
            return variables.value(variable).map(Path::of).filter(Files::isDirectory).orElse(fallback);
        }

        private static void folderRows(Path folder, String suffix, String type, List<LibTableWriter.Row> into)
                throws IOException {
            if (!Files.isDirectory(folder)) {
                return;
            }
            List<Path> libraries = new ArrayList<>();
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, "*" + suffix)) {
                entries.forEach(libraries::add);
            }
            libraries.sort(Comparator.comparing(Path::toString));
            for (Path lib : libraries) {
                String file = lib.getFileName().toString();
                into.add(new LibTableWriter.Row(file.substring(0, file.length() - suffix.length()), type,
                        lib.toAbsolutePath().toString(), ""));
            }
        }
    }
}
