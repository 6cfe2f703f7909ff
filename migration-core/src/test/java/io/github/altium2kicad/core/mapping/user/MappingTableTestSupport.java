package io.github.altium2kicad.core.mapping.user;

import io.github.altium2kicad.api.MigrationConfig;
import io.github.altium2kicad.api.mapping.AltiumFootprint;
import io.github.altium2kicad.api.mapping.AltiumLibraryCatalog;
import io.github.altium2kicad.api.mapping.MappingContext;
import io.github.altium2kicad.api.mapping.MappingInput;
import io.github.altium2kicad.core.mapping.LibraryNickname;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Parts, a context whose catalog names every library after its file, and files written for the tests. */
final class MappingTableTestSupport {

    private MappingTableTestSupport() {
    }

    static final MappingContext CONTEXT = new MappingContext() {
        @Override
        public MigrationConfig config() {
            return MigrationConfig.defaults();
        }

        @Override
        public AltiumLibraryCatalog altiumLibraries() {
            return new AltiumLibraryCatalog() {
                @Override
                public Optional<String> symbolLibraryNickname(String libraryPath) {
                    return Optional.of(LibraryNickname.fromPath(libraryPath));
                }

                @Override
                public Optional<String> footprintLibraryNickname(String footprintPath) {
                    return Optional.of(LibraryNickname.fromPath(footprintPath));
                }
            };
        }
    };

    static MappingInput part(String table, String libraryRef, String footprintRef, Map<String, String> attributes) {
        return new MappingInput(table, libraryRef, "Symbols\\Passives.SchLib",
                footprintRef == null ? List.of() : List.of(new AltiumFootprint(footprintRef, "Footprints\\Chip.PcbLib")),
                attributes);
    }

    static Path write(Path folder, String name, String text) {
        try {
            Path file = folder.resolve(name);
            Files.writeString(file, text);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
