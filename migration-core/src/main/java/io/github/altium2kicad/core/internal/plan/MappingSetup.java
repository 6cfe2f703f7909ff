package io.github.altium2kicad.core.internal.plan;

import io.github.altium2kicad.api.MappingMode;
import io.github.altium2kicad.api.MigrationConfig;
import io.github.altium2kicad.core.kicad.index.KicadLibraryIndex;
import io.github.altium2kicad.core.kicad.index.KicadLibrarySources;
import io.github.altium2kicad.core.mapping.user.MappingTableLoader;
import io.github.altium2kicad.core.mapping.user.MappingTableRule;
import java.util.List;

/**
 * What the mapping of a migration is checked against and told by, loaded before anything is written: the KiCad
 * library index ({@code kicad_libraries}) and the user's mapping tables ({@code mapping_tables}), whose targets
 * must exist in the index.
 *
 * @param index  the KiCad libraries mapped names must exist in
 * @param tables the user's mapping table rules, in file order
 */
public record MappingSetup(KicadLibraryIndex index, List<MappingTableRule> tables) {

    public MappingSetup {
        tables = List.copyOf(tables);
    }

    /**
     * Loads the index (only when a standard mode, a mapping table or a user's Java rule needs it: their names are
     * checked against it) and the mapping tables.
     *
     * @param userRules whether the migration has user Java rules

     * @throws io.github.altium2kicad.api.MigrationException (bad input) naming the file, line and reason
     */
    public static MappingSetup load(MigrationConfig config, boolean userRules) {
        boolean needsIndex = config.mappingMode() != MappingMode.PRESERVE || !config.mappingTables().isEmpty() || userRules;
        KicadLibraryIndex index = needsIndex ? KicadLibrarySources.load(config.kicadLibraries()) : KicadLibraryIndex.empty();
        return new MappingSetup(index, MappingTableLoader.loadAll(config.mappingTables(), KicadLibrarySources.nameCheck(index)));
    }
}
