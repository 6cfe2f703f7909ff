package io.github.altium2kicad.api.mapping;

import java.util.Optional;

/**
 * The Altium symbol and footprint library files a migration refers to, each with the KiCad library nickname
 * under which the generated {@code sym-lib-table}/{@code fp-lib-table} list it. The same file always gets the
 * same nickname.
 */
public interface AltiumLibraryCatalog {

    /** The nickname of the symbol library at {@code libraryPath} (as written in the database), if known. */
    Optional<String> symbolLibraryNickname(String libraryPath);

    /** The nickname of the footprint library at {@code footprintPath} (as written in the database), if known. */
    Optional<String> footprintLibraryNickname(String footprintPath);
}
