package io.github.altium2kicad.core.internal.output;

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
 *
 * <p>Next to the target {@code out}, a run holds an exclusive lock on {@code .out.lock} from {@link #prepare} to
 * {@link #close}; the operating system releases it when the process dies, even by {@code kill -9}. Holding it, a run
 * first repairs what a killed run left: it finishes or rolls back an interrupted publish (recorded in the journal
 * {@code .out.publish} before the first rename) and deletes stale staging folders {@code .out.partial-*} and
 * {@code .out.previous-*}, which only a run holding the lock can create. A second run for the same target while
 * one holds the lock stops with a bad-input error.
 */
public final class OutputFolder implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OutputFolder.class);

    /**
     * Test hook: a system property naming a {@link PublishStep} at which the process halts ({@code Runtime.halt}),
     * as a {@code kill -9} there would stop it.
     */
    public static final String HALT_AT_PROPERTY = "altium2kicad.test.haltAt";

    /** The points of {@link #publish()} a test can stop the process at. */
    public enum PublishStep {
        /** The journal is written, nothing renamed yet. */
        JOURNAL_WRITTEN,
        /** The previous output is moved aside, the new one not yet in place: the target path is empty. */
        PREVIOUS_MOVED_ASIDE,
        /** The new output is in place, the previous one not yet deleted. */
        NEW_IN_PLACE
    }

    private static final String PARTIAL = ".partial-";
    private static final String PREVIOUS = ".previous-";

    private final Path target;
    private final Path staging;
    private final boolean overwrite;
    private final OutputLock lock;
    private boolean published;

    private OutputFolder(Path target, Path staging, boolean overwrite, OutputLock lock) {
        this.target = target;
        this.staging = staging;
        this.overwrite = overwrite;
        this.lock = lock;
    }

    /**
     * Takes the target's lock, repairs what a killed run left, checks the target and creates the staging folder.
     *
     * @throws MigrationException (bad input) if the target is a file, or a non-empty folder and {@code overwrite}
     *                            is off, or another run holds the target's lock
     */
    public static OutputFolder prepare(Path target, boolean overwrite) {
        Path absolute = target.toAbsolutePath().normalize();
        OutputLock lock = OutputLock.acquire(absolute);
        try {
            recover(absolute);
            if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
                throw MigrationException.badInput("Output " + absolute + " exists and is not a folder. Choose another output folder.");
            }
            if (!overwrite && Files.isDirectory(absolute) && !isEmpty(absolute)) {
                throw MigrationException.badInput("Output folder " + absolute + " already exists and is not empty. "
                        + "Choose a new folder, or pass --force (API: overwrite) to replace it once the new output is complete.");
            }
            try {
                Path staging = Files.createDirectory(absolute.resolveSibling(hidden(absolute, PARTIAL) + UUID.randomUUID()));
                return new OutputFolder(absolute, staging, overwrite, lock);
            } catch (IOException e) {
                throw MigrationException.badInput("Cannot create the output folder next to " + absolute + ": " + e, e);
            }
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    private static String hidden(Path target, String kind) {
        return "." + target.getFileName() + kind;
    }

    /**
     * Finishes or rolls back a publish a killed run left half done, then deletes stale staging folders of
     * {@code target}. The caller holds the target's lock, so no other run owns them.
     */
    static void recover(Path target) {
        PublishJournal.read(target).ifPresent(journal -> {
            try {
                if (!Files.exists(target) && Files.isDirectory(journal.staging())) {
                    move(journal.staging(), target); // killed between the renames: the new output was complete
                    LOG.warn("A previous run was stopped while publishing {}: finished publishing its complete output", target);
                } else if (!Files.exists(target) && journal.previous().isPresent()
                        && Files.isDirectory(journal.previous().get())) {
                    move(journal.previous().get(), target);
                    LOG.warn("A previous run was stopped while publishing {}: put the previous output back", target);
                }
                journal.delete();
            } catch (IOException e) {
                throw MigrationException.failure("A previous run was stopped while publishing " + target + ", and its "
                        + "output cannot be put in place: " + e + ". The new output is in " + journal.staging()
                        + journal.previous().map(p -> ", the previous one in " + p).orElse("")
                        + "; move one of them to " + target + " and delete " + journal.file() + ".", e);
            }
        });
        String partial = hidden(target, PARTIAL);
        String previous = hidden(target, PREVIOUS);
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(target.getParent(),
                p -> p.getFileName().toString().startsWith(partial) || p.getFileName().toString().startsWith(previous))) {
            for (Path stale : siblings) {
                if (!Files.isDirectory(stale, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                long bytes = sizeOf(stale);
                try {
                    deleteRecursively(stale);
                    LOG.warn("Deleted {} ({} MB), left by a run of {} that was stopped", stale, bytes / 1_000_000, target);
                } catch (IOException e) {
                    LOG.warn("Cannot delete {} ({} MB), left by a run of {} that was stopped: {}; delete it by hand", stale,
                            bytes / 1_000_000, target, e.toString());
                }
            }
        } catch (IOException | java.nio.file.DirectoryIteratorException e) {
            LOG.warn("Cannot look for folders left by stopped runs next to {}: {}", target, e.toString());
        }
    }

    private static long sizeOf(Path folder) {
        try (var files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        } catch (IOException | UncheckedIOException e) {
            return 0;
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
        OutputFolder folder = prepare(absolute, true); // recovers an interrupted publish first
        if (!Files.isRegularFile(absolute.resolve(databaseFileName))) {
            folder.close();
            throw MigrationException.badInput("--incremental needs a previous output to update, but " + absolute.resolve(databaseFileName)
                    + " does not exist. Run a full migration into " + absolute + " first (without --incremental).");
        }
        Path copy = folder.staging;
        try (var files = Files.walk(absolute)) {
            for (Path source : files.toList()) {
                copy = folder.staging.resolve(absolute.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(source, copy, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
            return folder;
        } catch (IOException e) {
            MigrationException failure = DiskFull.causes(e) ? DiskFull.failure(copy, e)
                    : MigrationException.failure("Cannot copy the previous output " + absolute + " to update it: " + e, e);
            folder.close();
            throw failure;
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

    /**
     * Moves the staged output into place, replacing a previous output if allowed. The swap is recorded in a journal
     * first, so that a run killed between its two renames is finished by the next run ({@link #recover}).
     *
     * @throws MigrationException saying where the previous output and the new output are, if the swap fails
     */
    public void publish() {
        if (Files.isDirectory(target) && !isEmpty(target) && !overwrite) {
            throw MigrationException.badInput("Output folder " + target + " was filled by someone else during the run; "
                    + "nothing was replaced and the new output was discarded. Run again with --force to replace it.");
        }
        Path previous = Files.isDirectory(target)
                ? target.resolveSibling(hidden(target, PREVIOUS) + UUID.randomUUID()) : null;
        PublishJournal journal;
        try {
            journal = PublishJournal.write(target, staging, previous);
        } catch (IOException e) {
            throw MigrationException.failure("Cannot publish the new output to " + target + ": writing "
                    + PublishJournal.fileOf(target) + " failed (" + e + "). Nothing was replaced: the previous output "
                    + (previous != null ? "is unchanged in " + target : "did not exist") + "; the new output was discarded.", e);
        }
        haltIfAsked(PublishStep.JOURNAL_WRITTEN);
        if (previous != null) {
            try {
                move(target, previous);
            } catch (IOException e) {
                journal.deleteQuietly();
                throw MigrationException.failure("Cannot publish the new output to " + target + ": moving the previous "
                        + "output aside failed (" + e + "). Nothing was replaced: the previous output is unchanged in "
                        + target + "; the new output was discarded.", e);
            }
            haltIfAsked(PublishStep.PREVIOUS_MOVED_ASIDE);
        }
        try {
            move(staging, target);
        } catch (IOException e) {
            throw failedInPlace(previous, journal, e);
        }
        published = true;
        haltIfAsked(PublishStep.NEW_IN_PLACE);
        if (previous != null) {
            try {
                deleteRecursively(previous);
            } catch (IOException e) {
                LOG.warn("Published {}, but cannot delete the previous output {}: {}; the next run deletes it", target,
                        previous, e.toString());
                return; // the journal stays: the next run deletes the previous output
            }
        }
        journal.deleteQuietly();
    }

    /** The new output could not be moved into place: put the previous one back and say where everything is. */
    private MigrationException failedInPlace(Path previous, PublishJournal journal, IOException cause) {
        String what = "Cannot publish the new output to " + target + ": moving it into place failed (" + cause + "). ";
        if (previous == null) {
            journal.deleteQuietly();
            return MigrationException.failure(what + "There was no previous output; the new output was discarded.", cause);
        }
        try {
            move(previous, target);
            journal.deleteQuietly();
            return MigrationException.failure(what + "The previous output is back, unchanged, in " + target
                    + "; the new output was discarded.", cause);
        } catch (IOException e) {
            published = true; // keep the staged output: the journal names both, the next run puts one in place
            return MigrationException.failure(what + "Putting the previous output back failed too (" + e + "): it is in "
                    + previous + ", the new output in " + staging + "; the next run into " + target
                    + " puts the new output in place, or move one of them there yourself.", cause);
        }
    }

    private static void haltIfAsked(PublishStep step) {
        if (step.name().equalsIgnoreCase(System.getProperty(HALT_AT_PROPERTY, ""))) {
            System.err.println("test hook " + HALT_AT_PROPERTY + ": halting at " + step);
            System.err.flush();
            Runtime.getRuntime().halt(137);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Deletes the staging folder unless published, and releases the target's lock. */
    @Override
    public void close() {
        try {
            if (!published) {
                try {
                    deleteRecursively(staging);
                } catch (IOException | UncheckedIOException e) {
                    LOG.warn("Could not delete the unfinished output {}: {}; the next run into {} deletes it", staging,
                            e.toString(), target);
                }
            }
        } finally {
            lock.close();
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
