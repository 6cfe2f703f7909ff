package io.github.altium2kicad.core.kicad.index;

import io.github.altium2kicad.api.mapping.KicadLibId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Builds a {@link KicadLibraryIndex} by reading KiCad libraries: a whole installation's
 * {@code symbols/*.kicad_sym} and {@code footprints/*.pretty/*.kicad_mod}, or the libraries a user's
 * {@code sym-lib-table}/{@code fp-lib-table} list.
 *
 * <pre>{@code
 * KicadLibraryIndex kicad6 = new KicadLibraryScanner().scanInstallation(Path.of("/usr/share/kicad"));
 * KicadLibraryIndex mine = new KicadLibraryScanner(Map.of("KIPRJMOD", "/work/board"))
 *         .scanLibTables(home.resolve(".config/kicad/6.0/sym-lib-table"), home.resolve(".config/kicad/6.0/fp-lib-table"));
 * }</pre>
 *
 * Files are streamed through {@link SExpressionTokenizer} (no syntax trees) and libraries read in parallel:
 * the full KiCad 6 libraries take a few seconds. A library that cannot be read is logged and left out.
 */
public final class KicadLibraryScanner {

    private static final Logger LOG = LoggerFactory.getLogger(KicadLibraryScanner.class);
    private static final String SYMBOL_SUFFIX = ".kicad_sym";
    private static final String FOOTPRINT_SUFFIX = ".kicad_mod";
    private static final String FOOTPRINT_LIBRARY_SUFFIX = ".pretty";

    private final LibraryPathVariables variables;

    /** A scanner resolving library table variables from the environment only. */
    public KicadLibraryScanner() {
        this(Map.of());
    }

    /** A scanner resolving library table variables from {@code variables}, then from the environment. */
    public KicadLibraryScanner(Map<String, String> variables) {
        this(new LibraryPathVariables(variables));
    }

    /** A scanner resolving library table variables with {@code variables}. */
    public KicadLibraryScanner(LibraryPathVariables variables) {
        this.variables = Objects.requireNonNull(variables, "variables");
    }

    /**
     * Scans a KiCad installation's shared directory, e.g. {@code /usr/share/kicad}: its {@code symbols} and
     * {@code footprints} folders. Nicknames are the file names, as in KiCad's default library tables.
     */
    public KicadLibraryIndex scanInstallation(Path kicadShareDirectory) throws IOException {
        Path symbols = kicadShareDirectory.resolve("symbols");
        Path footprints = kicadShareDirectory.resolve("footprints");
        if (!Files.isDirectory(symbols) && !Files.isDirectory(footprints)) {
            throw new IOException(kicadShareDirectory + " has neither a symbols nor a footprints folder");
        }
        return scanDirectories(Files.isDirectory(symbols) ? symbols : null,
                Files.isDirectory(footprints) ? footprints : null);
    }

    /**
     * Scans every {@code *.kicad_sym} in {@code symbolDirectory} and every {@code *.pretty} folder in
     * {@code footprintDirectory} (either may be {@code null}).
     */
    public KicadLibraryIndex scanDirectories(Path symbolDirectory, Path footprintDirectory) throws IOException {
        long start = System.nanoTime();
        List<Library> symbolLibraries = new ArrayList<>();
        if (symbolDirectory != null) {
            for (Path file : list(symbolDirectory)) {
                String name = file.getFileName().toString();
                if (name.endsWith(SYMBOL_SUFFIX) && Files.isRegularFile(file)) {
                    symbolLibraries.add(new Library(name.substring(0, name.length() - SYMBOL_SUFFIX.length()), file));
                }
            }
        }
        List<Library> footprintLibraries = new ArrayList<>();
        if (footprintDirectory != null) {
            for (Path dir : list(footprintDirectory)) {
                String name = dir.getFileName().toString();
                if (name.endsWith(FOOTPRINT_LIBRARY_SUFFIX) && Files.isDirectory(dir)) {
                    footprintLibraries.add(new Library(
                            name.substring(0, name.length() - FOOTPRINT_LIBRARY_SUFFIX.length()), dir));
                }
            }
        }
        String source = (symbolDirectory == null ? "" : symbolDirectory.toString())
                + (symbolDirectory != null && footprintDirectory != null ? " + " : "")
                + (footprintDirectory == null ? "" : footprintDirectory.toString());
        return scan(symbolLibraries, footprintLibraries, source, start);
    }

    /**
     * Scans the libraries listed in a {@code sym-lib-table} and an {@code fp-lib-table} (either may be
     * {@code null}), under the nicknames the tables give them. Only rows of type {@code KiCad} are read;
     * disabled rows and rows whose variables have no value are logged and left out. Relative URIs are taken
     * relative to the table's folder.
     */
    public KicadLibraryIndex scanLibTables(Path symLibTable, Path fpLibTable) throws IOException {
        long start = System.nanoTime();
        List<Library> symbolLibraries = symLibTable == null ? List.of() : tableLibraries(symLibTable);
        List<Library> footprintLibraries = fpLibTable == null ? List.of() : tableLibraries(fpLibTable);
        String source = Stream.of(symLibTable, fpLibTable).filter(Objects::nonNull).map(Path::toString)
                .collect(Collectors.joining(" + "));
        return scan(symbolLibraries, footprintLibraries, source, start);
    }

    /** The symbols of one {@code .kicad_sym} file under the nickname {@code nickname}. */
    public List<KicadSymbol> scanSymbolLibrary(String nickname, Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return KicadSymbolLibraryReader.read(nickname, reader);
        } catch (IOException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    /** The footprints of one {@code .pretty} folder under the nickname {@code nickname}. */
    public List<KicadFootprint> scanFootprintLibrary(String nickname, Path prettyDirectory) throws IOException {
        List<KicadFootprint> footprints = new ArrayList<>();
        for (Path file : list(prettyDirectory)) {
            String name = file.getFileName().toString();
            if (!name.endsWith(FOOTPRINT_SUFFIX) || !Files.isRegularFile(file)) {
                continue;
            }
            KicadLibId id = new KicadLibId(nickname, name.substring(0, name.length() - FOOTPRINT_SUFFIX.length()));
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                footprints.add(KicadFootprintReader.read(id, reader));
            } catch (IOException e) {
                LOG.warn("Skipping footprint {}: {}", file, e.getMessage());
            }
        }
        return footprints;
    }

    /**
     * The first KiCad shared directory found: {@code KICAD_SHARE_DIR}-style settings are not standard, so this
     * looks at the parent of {@code ${KICADn_SYMBOL_DIR}} and then at the usual install locations.
     */
    public Optional<Path> findInstallation() {
        List<Path> candidates = new ArrayList<>();
        variables.value("KICAD9_SYMBOL_DIR").map(Path::of).map(Path::getParent).ifPresent(candidates::add);
        candidates.add(Path.of("/usr/share/kicad"));
        candidates.add(Path.of("/usr/local/share/kicad"));
        candidates.add(Path.of("/Applications/KiCad/KiCad.app/Contents/SharedSupport"));
        for (String version : List.of("9.0", "8.0", "7.0", "6.0")) {
            candidates.add(Path.of("C:\\Program Files\\KiCad\\" + version + "\\share\\kicad"));
        }
        return candidates.stream().filter(Objects::nonNull)
                .filter(p -> Files.isDirectory(p.resolve("symbols")) || Files.isDirectory(p.resolve("footprints")))
                .findFirst();
    }

    private record Library(String nickname, Path location) {
    }

    private KicadLibraryIndex scan(List<Library> symbolLibraries, List<Library> footprintLibraries, String source,
                                   long start) {
        List<KicadSymbol> symbols = symbolLibraries.parallelStream()
                .map(lib -> {
                    try {
                        return scanSymbolLibrary(lib.nickname(), lib.location());
                    } catch (IOException e) {
                        LOG.warn("Skipping symbol library {}: {}", lib.nickname(), e.getMessage());
                        return List.<KicadSymbol>of();
                    }
                })
                .flatMap(Collection::stream)
                .collect(Collectors.toList());
        List<KicadFootprint> footprints = footprintLibraries.parallelStream()
                .map(lib -> {
                    try {
                        return scanFootprintLibrary(lib.nickname(), lib.location());
                    } catch (IOException e) {
                        LOG.warn("Skipping footprint library {}: {}", lib.nickname(), e.getMessage());
                        return List.<KicadFootprint>of();
                    }
                })
                .flatMap(Collection::stream)
                .collect(Collectors.toList());
        KicadLibraryIndex index = KicadLibraryIndex.of(symbols, footprints, source);
        LOG.info("Indexed {} in {} ms", index, (System.nanoTime() - start) / 1_000_000);
        return index;
    }

    private List<Library> tableLibraries(Path table) throws IOException {
        Path base = table.toAbsolutePath().getParent();
        List<Library> libraries = new ArrayList<>();
        for (LibTableEntry entry : LibTableReader.read(table)) {
            if (entry.disabled()) {
                LOG.debug("{}: library {} is disabled, not indexed", table, entry.name());
                continue;
            }
            if (!entry.type().toLowerCase(Locale.ROOT).equals("kicad")) {
                LOG.debug("{}: library {} has type {}, not indexed", table, entry.name(), entry.type());
                continue;
            }
            Optional<Path> location = variables.resolve(entry.uri(), base);
            if (location.isEmpty()) {
                LOG.warn("{}: library {} not indexed, a variable in '{}' has no value", table, entry.name(), entry.uri());
                continue;
            }
            if (!Files.exists(location.get())) {
                LOG.warn("{}: library {} not indexed, {} does not exist", table, entry.name(), location.get());
                continue;
            }
            libraries.add(new Library(entry.name(), location.get()));
        }
        return libraries;
    }

    private static List<Path> list(Path directory) throws IOException {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.sorted().collect(Collectors.toList());
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
