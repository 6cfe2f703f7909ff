package io.github.altium2kicad.core.internal.output;

import io.github.altium2kicad.api.MigrationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;

/**
 * Recognises a full disk behind a write failure (SQLite's {@code SQLITE_FULL}, an I/O error "No space left on
 * device") and says which output file it stopped and how much room the run needs, instead of a bare SQL or I/O
 * error.
 */
public final class DiskFull {

    private static final int SQLITE_FULL = 13;

    private DiskFull() {
    }

    /** True if {@code error} or one of its causes says the disk (or the database's size limit) is full. */
    public static boolean causes(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (t instanceof SQLException sql && ((sql.getErrorCode() & 0xff) == SQLITE_FULL || message.contains("sqlite_full"))) {
                return true;
            }
            if (message.contains("no space left on device") || message.contains("disk is full")
                    || message.contains("not enough space on the disk")) {
                return true;
            }
        }
        return false;
    }

    /** The failure to report for {@code error} while writing {@code file}, a file of the output being staged. */
    public static MigrationException failure(Path file, Throwable error) {
        Path staging = file.toAbsolutePath().getParent();
        long written = sizeOf(staging);
        long free = usableSpace(staging);
        return MigrationException.failure("The disk is full: writing " + file + " stopped with " + megabytes(free)
                + " free on the disk of " + staging.getParent() + ". The unfinished output had reached " + megabytes(written)
                + "; the run needs at least " + megabytes(Math.max(written, 1_000_000) * 2)
                + " free there (twice that, for the database to grow and be indexed). Free that much space, or choose "
                + "an output folder on another disk with -o, and run again. Nothing was published: a previous output "
                + "is unchanged.", error);
    }

    /**
     * {@code failure} with the room a run needs estimated from the size of the source database file: the output
     * (database, indexes, reports) takes about twice the source, measured 1.8x on a 20,000-part library.
     */
    public static MigrationException withSourceEstimate(MigrationException failure, Path sourceFile) {
        long source = sourceFile.toFile().length();
        if (source <= 0) {
            return failure;
        }
        return MigrationException.failure(failure.getMessage() + " The source database " + sourceFile + " has "
                + megabytes(source) + ": expect the finished output to take about " + megabytes(source * 2)
                + " (twice the source).", failure.getCause());
    }

    private static long sizeOf(Path folder) {
        try (var files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        } catch (IOException | UncheckedIOException e) {
            return 0;
        }
    }

    private static long usableSpace(Path folder) {
        try {
            return Files.getFileStore(Files.isDirectory(folder) ? folder : folder.getParent()).getUsableSpace();
        } catch (IOException e) {
            return 0;
        }
    }

    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
    }
}
