package io.github.altium2kicad.core.internal.output;

import io.github.altium2kicad.api.MigrationException;
import io.github.altium2kicad.api.output.KicadDblLibrary;
import io.github.altium2kicad.api.output.PublishedLibrary;
import io.github.altium2kicad.core.internal.writer.KicadDbl;
import io.github.altium2kicad.core.internal.writer.KicadTablePlan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The published output as the output publishers see it: the {@link KicadDbl} model the {@code .kicad_dbl} was written
 * from, and the files in the published folder.
 *
 * @param model           the model of {@code <name>.kicad_dbl}
 * @param outputDirectory the published output folder
 * @param kicadDbl        {@code <name>.kicad_dbl} in it
 * @param database        {@code <name>.sqlite} in it
 */
public record PublishedKicadDbl(KicadDbl model, Path outputDirectory, Path kicadDbl, Path database) implements PublishedLibrary {

    @Override
    public List<KicadDblLibrary> libraries() {
        Set<String> tables = new HashSet<>();
        return model.libraries().stream().filter(p -> tables.add(p.altiumTable()))
                .map(PublishedKicadDbl::library).toList();
    }

    private static KicadDblLibrary library(KicadTablePlan plan) {
        return new KicadDblLibrary(plan.libraryName(), plan.altiumTable(), plan.keyColumn(), plan.symbolColumn(),
                plan.footprintsColumn());
    }

    @Override
    public void writeKicadDbl(Path file, String description, String connectionString) {
        Path temp = file.resolveSibling("." + file.getFileName() + ".tmp");
        try {
            new KicadDbl(model.name(), description, connectionString, model.libraries()).write(temp);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw DiskFull.causes(e) ? DiskFull.failure(file, e)
                    : MigrationException.failure("Cannot write " + file + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // best effort: the temporary file is hidden and replaced by the next run
            }
        }
    }
}
