package io.github.altium2kicad.core.kicad.index;

import io.github.altium2kicad.api.MigrationConfig;
import io.github.altium2kicad.api.MigrationException;
import io.github.altium2kicad.core.mapping.user.KicadNameCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Builds the KiCad library index a migration maps against from the {@code kicad_libraries} setting: each entry is
 * {@code bundled} (the KiCad 6 standard libraries' index shipped with the tool), a KiCad library folder (holding
 * {@code symbols/} and {@code footprints/}, e.g. {@code /usr/share/kicad}), a folder holding {@code sym-lib-table}
 * and/or {@code fp-lib-table}, or one of those files. Entries are merged in order; a later one wins on equal names.
 */
public final class KicadLibrarySources {

    private KicadLibrarySources() {
    }

    /**
     * Loads and merges the sources.
     *
     * @throws MigrationException (bad input) naming the setting and the entry that cannot be read
     */
    public static KicadLibraryIndex load(List<String> sources) {
        KicadLibraryIndex index = null;
        for (String source : sources) {
            KicadLibraryIndex next = loadOne(source);
            index = index == null ? next : index.merge(next);
        }
        return index == null ? KicadLibraryIndex.bundledStandard() : index;
    }

    private static KicadLibraryIndex loadOne(String source) {
        if (MigrationConfig.BUNDLED_KICAD_LIBRARIES.equalsIgnoreCase(source.strip())) {
            return KicadLibraryIndex.bundledStandard();
        }
        Path path = Path.of(source.strip()).toAbsolutePath().normalize();
        KicadLibraryScanner scanner = new KicadLibraryScanner();
        try {
            if (Files.isDirectory(path)) {
                Path sym = path.resolve("sym-lib-table");
                Path fp = path.resolve("fp-lib-table");
                if (Files.isRegularFile(sym) || Files.isRegularFile(fp)) {
                    return scanner.scanLibTables(Files.isRegularFile(sym) ? sym : null, Files.isRegularFile(fp) ? fp : null);
                }
                if (Files.isDirectory(path.resolve("symbols")) || Files.isDirectory(path.resolve("footprints"))) {
                    return scanner.scanInstallation(path);
                }
                throw bad(source, "the folder holds neither symbols/ and footprints/ nor sym-lib-table/fp-lib-table");
            }
            if (Files.isRegularFile(path)) {
                String name = path.getFileName().toString();
                if (name.contains("sym-lib-table")) {
                    return scanner.scanLibTables(path, null);
                }
                if (name.contains("fp-lib-table")) {
                    return scanner.scanLibTables(null, path);
                }
                throw bad(source, "a file must be a sym-lib-table or fp-lib-table");
            }
            throw bad(source, "no such file or folder");
        } catch (IOException e) {
            throw bad(source, "it cannot be read: " + e.getMessage());
        }
    }

    /** A {@link KicadNameCheck} backed by {@code index}. */
    public static KicadNameCheck nameCheck(KicadLibraryIndex index) {
        return new KicadNameCheck() {
            @Override
            public boolean symbolExists(io.github.altium2kicad.api.mapping.KicadLibId id) {
                return index.hasSymbol(id);
            }

            @Override
            public boolean footprintExists(io.github.altium2kicad.api.mapping.KicadLibId id) {
                return index.hasFootprint(id);
            }
        };
    }

    private static MigrationException bad(String source, String why) {
        return MigrationException.badInput("kicad_libraries entry '" + source + "': " + why + ". Use 'bundled', a KiCad "
                + "library folder (e.g. /usr/share/kicad) or your sym-lib-table/fp-lib-table.");
    }
}
