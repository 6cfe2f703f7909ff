package io.github.altium2kicad.jmh;

import io.github.altium2kicad.testkit.GeneratedLibrary;
import io.github.altium2kicad.testkit.SyntheticLibraryGenerator;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URISyntaxException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Synthetic Altium libraries shared by all benchmark runs and forks: each is generated once into
 * {@code bench-libraries/<name>} next to {@code benchmarks.jar} (or next to {@code target/classes} when run from an
 * IDE), so {@code migration-jmh/target/bench-libraries}; the system property {@value #DIR_PROPERTY} chooses another
 * folder. A library is generated into a temporary folder and moved into place with a marker file, so an interrupted
 * generation is never reused.
 */
final class BenchmarkLibraries {

    /** System property naming the folder that holds the generated libraries. */
    static final String DIR_PROPERTY = "altium2kicad.bench.dir";

    private static final String MARKER = "library.properties";

    private BenchmarkLibraries() {
    }

    /** The library {@code generator} writes, generated now if it is not on disk yet. */
    static GeneratedLibrary obtain(SyntheticLibraryGenerator generator) {
        Path folder = root().resolve(generator.name());
        try {
            if (Files.isRegularFile(folder.resolve(MARKER))) {
                return read(folder);
            }
            Files.createDirectories(root());
            Path staging = Files.createTempDirectory(root(), generator.name() + ".tmp-");
            GeneratedLibrary fresh = generator.writeTo(staging);
            Properties marker = new Properties();
            marker.setProperty("dblib", fresh.dbLib().getFileName().toString());
            marker.setProperty("database", fresh.database().getFileName().toString());
            fresh.rowsPerTable().forEach((table, rows) -> marker.setProperty("rows." + table, Long.toString(rows)));
            try (Writer w = Files.newBufferedWriter(staging.resolve(MARKER))) {
                marker.store(w, "written by " + BenchmarkLibraries.class.getName() + " once the library was complete");
            }
            try {
                Files.move(staging, folder, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
                WorkFolder.deleteTree(staging); // another fork or an interrupted run got there first
                if (!Files.isRegularFile(folder.resolve(MARKER))) {
                    WorkFolder.deleteTree(folder);
                    return obtain(generator);
                }
            }
            return read(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot generate the benchmark library in " + folder, e);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Cannot generate the benchmark library in " + folder + ": " + e, e);
        }
    }

    /** The folder holding the generated libraries. */
    static Path root() {
        String configured = System.getProperty(DIR_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath();
        }
        try {
            Path code = Path.of(BenchmarkLibraries.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return code.getParent().resolve("bench-libraries"); // target/benchmarks.jar or target/classes -> target/
        } catch (URISyntaxException | RuntimeException e) {
            return Path.of("target", "bench-libraries").toAbsolutePath();
        }
    }

    private static GeneratedLibrary read(Path folder) throws IOException {
        Properties marker = new Properties();
        try (Reader r = Files.newBufferedReader(folder.resolve(MARKER))) {
            marker.load(r);
        }
        Map<String, Long> rows = new LinkedHashMap<>();
        marker.stringPropertyNames().stream().filter(k -> k.startsWith("rows.")).sorted()
                .forEach(k -> rows.put(k.substring("rows.".length()), Long.parseLong(marker.getProperty(k))));
        return new GeneratedLibrary(folder.resolve(marker.getProperty("dblib")), folder.resolve(marker.getProperty("database")), rows);
    }
}
