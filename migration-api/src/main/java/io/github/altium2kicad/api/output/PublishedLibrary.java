package io.github.altium2kicad.api.output;

import java.nio.file.Path;
import java.util.List;

/**
 * A finished, published migration as an {@link OutputPublisher} sees it: the files of the output folder and a
 * read-only view of its {@code .kicad_dbl} model.
 */
public interface PublishedLibrary {

    /** The published output folder. */
    Path outputDirectory();

    /** {@code <name>.kicad_dbl} in {@link #outputDirectory()}. */
    Path kicadDbl();

    /** The SQLite database the {@code .kicad_dbl} points at. */
    Path database();

    /** The libraries of the {@code .kicad_dbl}, one per database table, in file order. */
    List<KicadDblLibrary> libraries();

    /**
     * Writes {@code file}, a {@code .kicad_dbl} with the same libraries and fields but {@code description} and
     * {@code connectionString} (and no DSN, user name or password: each KiCad user gives their own), replacing it
     * atomically.
     *
     * @throws io.github.altium2kicad.api.MigrationException (failure) naming the file if it cannot be written
     */
    void writeKicadDbl(Path file, String description, String connectionString);
}
