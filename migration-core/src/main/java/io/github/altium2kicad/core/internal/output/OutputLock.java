package io.github.altium2kicad.core.internal.output;

import io.github.altium2kicad.api.MigrationException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive lock on {@code .<target>.lock} next to an output folder, held by one run from start to end. The
 * operating system releases it when the process ends, however it ends, so a lock is never stale. The file itself
 * stays (an empty hidden file): deleting it could let two runs lock two different files of the same name.
 */
final class OutputLock implements AutoCloseable {

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock file of {@code target}. */
    static Path fileOf(Path target) {
        return target.resolveSibling("." + target.getFileName() + ".lock");
    }

    /**
     * Takes the lock of {@code target} (an absolute, normalized path), creating its parent folder if needed.
     *
     * @throws MigrationException (bad input) if another run holds it, or it cannot be created
     */
    static OutputLock acquire(Path target) {
        Path file = fileOf(target);
        FileChannel channel = null;
        try {
            Files.createDirectories(target.getParent());
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw heldByAnotherRun(target, file);
            }
            return new OutputLock(file, channel, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw heldByAnotherRun(target, file);
        } catch (IOException e) {
            closeQuietly(channel);
            throw MigrationException.badInput("Cannot create the lock file " + file + " for the output folder " + target
                    + ": " + e + ". Choose an output folder in a place you can write to.", e);
        } catch (MigrationException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    private static MigrationException heldByAnotherRun(Path target, Path file) {
        return MigrationException.badInput("Another altium2kicad run is writing the output folder " + target + " (it holds "
                + file + "). Wait for it to finish, or choose another output folder.");
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing was locked
            }
        }
    }

    Path file() {
        return file;
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the channel releases it too
        }
        closeQuietly(channel);
    }
}
