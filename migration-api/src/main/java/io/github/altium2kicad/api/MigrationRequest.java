package io.github.altium2kicad.api;

import io.github.altium2kicad.api.progress.ProgressListener;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What to migrate and where to: the input of {@code OptimizedMigrationEngine.migrateWithOptimization(request)}.
 *
 * <pre>{@code
 * MigrationRequest request = MigrationRequest.builder(Path.of("Parts.DbLib"))
 *         .outputDirectory(Path.of("kicad-lib"))
 *         .config(MigrationConfigYaml.load(Path.of("migration.yaml"))) // from migration-core
 *         .build();
 * }</pre>
 *
 * @param dbLibFile       the Altium {@code .DbLib} or {@code .SVNDbLib} file
 * @param outputDirectory the folder to create; it must not exist or be empty unless {@code overwrite} is set
 * @param config          the settings
 * @param overwrite       replace an existing non-empty output folder (only after the new output is complete)
 * @param incremental     update an existing output in place of a clean migration: only new, changed and deleted
 *                        parts (by key) are applied to its database, and what changed is reported; the result equals a
 *                        clean migration of the current source
 * @param listeners       progress listeners for this run (in addition to those found with ServiceLoader)
 */
public record MigrationRequest(Path dbLibFile, Path outputDirectory, MigrationConfig config, boolean overwrite,
                               boolean incremental, List<ProgressListener> listeners) {

    public MigrationRequest {
        if (dbLibFile == null || outputDirectory == null || config == null) {
            throw new IllegalArgumentException("dbLibFile, outputDirectory and config are required");
        }
        listeners = List.copyOf(listeners);
    }

    /** A builder for migrating {@code dbLibFile}; the output defaults to a folder {@code kicad} beside it. */
    public static Builder builder(Path dbLibFile) {
        return new Builder(dbLibFile);
    }

    /** Builds a {@link MigrationRequest}. */
    public static final class Builder {
        private final Path dbLibFile;
        private Path outputDirectory;
        private MigrationConfig config = MigrationConfig.defaults();
        private boolean overwrite;
        private boolean incremental;
        private final List<ProgressListener> listeners = new ArrayList<>();

        private Builder(Path dbLibFile) {
            this.dbLibFile = dbLibFile;
        }

        public Builder outputDirectory(Path value) {
            this.outputDirectory = value;
            return this;
        }

        public Builder config(MigrationConfig value) {
            this.config = value;
            return this;
        }

        public Builder overwrite(boolean value) {
            this.overwrite = value;
            return this;
        }

        /** Update the existing output incrementally (see {@link MigrationRequest#incremental()}). */
        public Builder incremental(boolean value) {
            this.incremental = value;
            return this;
        }

        public Builder listener(ProgressListener listener) {
            this.listeners.add(listener);
            return this;
        }

        public MigrationRequest build() {
            Path out = outputDirectory;
            if (out == null) {
                Path parent = dbLibFile.toAbsolutePath().getParent();
                out = (parent == null ? Path.of("") : parent).resolve("kicad");
            }
            return new MigrationRequest(dbLibFile, out, config, overwrite, incremental, listeners);
        }
    }
}
