package io.github.altium2kicad.jmh;

import io.github.altium2kicad.core.internal.output.OutputFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** A temporary folder for one benchmark trial: hands out fresh subfolder paths and is deleted with all it holds on close. */
final class WorkFolder implements AutoCloseable {

    private final Path root;
    private long counter;

    private WorkFolder(Path root) {
        this.root = root;
    }

    /** A new empty folder in the system temp folder, named after {@code purpose}. */
    static WorkFolder create(String purpose) {
        try {
            return new WorkFolder(Files.createTempDirectory("altium2kicad-" + purpose + "-"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temporary folder", e);
        }
    }

    Path root() {
        return root;
    }

    /** A path in this folder that does not exist yet, named {@code prefix-N}. */
    Path freshPath(String prefix) {
        return root.resolve(prefix + "-" + (++counter));
    }

    /** Deletes {@code path} and everything under it; a missing path is fine. */
    static void deleteTree(Path path) {
        if (path == null || !Files.exists(path)) {
            return;
        }
        try {
            OutputFolder.deleteRecursively(path);
        } catch (NoSuchFileException e) {
            // deleted meanwhile
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + path, e);
        }
    }

    @Override
    public void close() {
        deleteTree(root);
    }
}
