package io.github.altium2kicad.core.output;

import io.github.altium2kicad.api.MigrationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The output folder of a migration, built in a hidden temporary sibling folder and published only when complete:
 * a failed or killed run never leaves a half-written output, and a previous output is replaced (with
 * {@code overwrite}) only once the new one is whole.
 */
public final class OutputFolder implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OutputFolder.class);

    private final Path target;
    private final Path staging;
    private final boolean overwrite;
    private boolean published;

    private OutputFolder(Path target, Path staging, boolean overwrite) {
        this.target = target;
        this.staging = staging;
        this.overwrite = overwrite;
    }

    /**
     * Checks the target and creates the staging folder.
     *
     * @throws MigrationException (bad input) if the target is a file, or a non-empty folder and {@code overwrite}
     *                            is off
     */
    public static OutputFolder prepare(Path target, boolean overwrite) {
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
            throw MigrationException.badInput("Output " + absolute + " exists and is not a folder. Choose another output folder.");
        }
        if (!overwrite && Files.isDirectory(absolute) && !isEmpty(absolute)) {
            throw MigrationException.badInput("Output folder " + absolute + " already exists and is not empty. "
                    + "Choose a new folder, or pass --force (API: overwrite) to replace it once the new output is complete.");
        }
        Path parent = absolute.getParent();
        try {
            Files.createDirectories(parent);
            Path staging = Files.createDirectory(parent.resolve("." + absolute.getFileName() + ".partial-" + UUID.randomUUID()));
            return new OutputFolder(absolute, staging, overwrite);
        } catch (IOException e) {
            throw MigrationException.badInput("Cannot create the output folder next to " + absolute + ": " + e, e);
        }
    }

    /**
     * Prepares an incremental update of the existing output {@code target}: the staging folder starts as a copy of
     * it (the previous database included), so files the user added are kept and the previous output stays
     * untouched until {@link #publish()}.
     *
     * @param databaseFileName the previous output's database, which must exist
     * @throws MigrationException (bad input) if there is no previous output to update
     */
    public static OutputFolder prepareIncremental(Path target, String databaseFileName) {
        Path absolute = target.toAbsolutePath().normalize();
        if (!Files.isRegularFile(absolute.resolve(databaseFileName))) {
            throw MigrationException.badInput("--incremental needs a previous output to update, but " + absolute.resolve(databaseFileName)
                    + " does not exist. Run a full migration into " + absolute + " first (without --incremental).");
        }
        OutputFolder folder = prepare(absolute, true);
        try (var files = Files.walk(absolute)) {
            for (Path source : files.toList()) {
                Path copy = folder.staging.resolve(absolute.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(source, copy, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
            return folder;
        } catch (IOException e) {
            folder.close();
            throw MigrationException.failure("Cannot copy the previous output " + absolute + " to update it: " + e, e);
        }
    }

    /** The folder being written; everything goes here until {@link #publish()}. */
    public Path staging() {
        return staging;
    }

    /** Where the output will be once published. */
    public Path target() {
        return target;
    }

    /** Moves the staged output into place, replacing a previous output if allowed. */
    public void publish() {
        try {
            Path previous = null;
            if (Files.isDirectory(target)) {
                if (!isEmpty(target) && !overwrite) {
                    throw MigrationException.badInput("Output folder " + target + " was filled by someone else during the run; "
                            + "the new output is left in " + staging + ".");
                }
                previous = target.resolveSibling("." + target.getFileName() + ".previous-" + UUID.randomUUID());
                move(target, previous);
            }
            move(staging, target);
            published = true;
            if (previous != null) {
                deleteRecursively(previous);
            }
        } catch (IOException e) {
            throw MigrationException.failure("Cannot move the finished output from " + staging + " to " + target + ": " + e, e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Deletes the staging folder unless published. */
    @Override
    public void close() {
        if (!published) {
            try {
                deleteRecursively(staging);
            } catch (IOException | UncheckedIOException e) {
                LOG.warn("Could not delete the unfinished output {}: {}", staging, e.toString());
            }
        }
    }

    private static boolean isEmpty(Path folder) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            return !entries.iterator().hasNext();
        } catch (IOException e) {
            throw MigrationException.badInput("Cannot read output folder " + folder + ": " + e, e);
        }
    }

    /** Deletes {@code root} and everything below it; a missing {@code root} is fine. */
    public static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
