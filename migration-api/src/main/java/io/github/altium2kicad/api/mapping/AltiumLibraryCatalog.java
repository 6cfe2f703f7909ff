package io.github.altium2kicad.api.mapping;

import java.util.Optional;

/**
 * The Altium symbol and footprint library files a migration refers to, each with the KiCad library nickname
 * under which the generated {@code sym-lib-table}/{@code fp-lib-table} list it. The same file always gets the
 * same nickname.
 */
public interface AltiumLibraryCatalog {

    /** Longest storage name in a compound file, and so the longest symbol name KiCad's Altium importer lists. */
    int MAX_STORAGE_NAME = 31;

    /** The nickname of the symbol library at {@code libraryPath} (as written in the database), if known. */
    Optional<String> symbolLibraryNickname(String libraryPath);

    /** The nickname of the footprint library at {@code footprintPath} (as written in the database), if known. */
    Optional<String> footprintLibraryNickname(String footprintPath);

    /**
     * The name under which KiCad 9's Altium importer lists symbol {@code libraryRef} of the library at
     * {@code libraryPath}: the compound-file storage that holds it (KiCad names a {@code .SchLib}'s symbols after
     * their storages). The default derives it as Altium names storages, see {@link #storageName}; a catalog that
     * reads the file answers with the storage name the file itself uses.
     */
    default String kicadSymbolName(String libraryPath, String libraryRef) {
        return storageName(libraryRef);
    }

    /**
     * The name under which KiCad lists footprint {@code footprintRef} of the library at {@code footprintPath}. KiCad
     * lists a {@code .PcbLib}'s footprints under their full names (not cut); the default is the name stripped, a
     * catalog that reads the file answers with the file's own spelling.
     */
    default String kicadFootprintName(String footprintPath, String footprintRef) {
        return footprintRef.strip();
    }

    /**
     * The numbered pads (distinct pad designators) of footprint {@code footprintRef} in the {@code .PcbLib} at
     * {@code footprintPath}, if the catalog read the file and it holds the footprint; empty by default.
     */
    default java.util.OptionalInt footprintPadCount(String footprintPath, String footprintRef) {
        return java.util.OptionalInt.empty();
    }

    /**
     * The land pattern of footprint {@code footprintRef} in the {@code .PcbLib} at {@code footprintPath}, if the catalog
     * read the file, it holds the footprint and the footprint has exactly two numbered pads; empty by default.
     */
    default Optional<TwoPadLayout> footprintTwoPadLayout(String footprintPath, String footprintRef) {
        return Optional.empty();
    }

    /**
     * The storage name Altium gives a component named {@code name} in a compound file: stripped, {@code /}
     * replaced by {@code _}, cut to {@value #MAX_STORAGE_NAME} characters.
     */
    static String storageName(String name) {
        String s = name.strip().replace('/', '_');
        return s.length() > MAX_STORAGE_NAME ? s.substring(0, MAX_STORAGE_NAME) : s;
    }
}
