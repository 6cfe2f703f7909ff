package io.github.altium2kicad.api.mapping;

import io.github.altium2kicad.api.MigrationConfig;

/** What a {@link MappingRule} may consult besides the part itself. */
public interface MappingContext {

    /** The migration's settings. */
    MigrationConfig config();

    /** The Altium libraries of this migration and their KiCad nicknames. */
    AltiumLibraryCatalog altiumLibraries();
}
