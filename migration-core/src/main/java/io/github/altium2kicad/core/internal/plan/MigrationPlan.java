package io.github.altium2kicad.core.internal.plan;

import io.github.altium2kicad.api.dblib.LibraryDescriptor;
import io.github.altium2kicad.api.source.SourceLocation;
import io.github.altium2kicad.api.source.SourceReader;
import io.github.altium2kicad.core.internal.pipeline.TableJob;
import io.github.altium2kicad.core.mapping.AltiumLibraries;
import java.util.List;

/**
 * Everything decided before a row moves: the library read, where its source is, one job per table, the rule chain and
 * the Altium libraries the tables refer to.
 *
 * @param library  the DbLib as read
 * @param location where its database is
 * @param reader   the open source
 * @param name     the output library's name ({@code library_name}, else the DbLib's)
 * @param mapping  the KiCad library index and the user's mapping tables
 * @param jobs     one job per table to migrate, in DbLib order
 * @param rules    the rule chain
 * @param catalog  the Altium libraries the tables refer to, with their KiCad nicknames
 */
public record MigrationPlan(LibraryDescriptor library, SourceLocation location, SourceReader reader, String name,
                            MappingSetup mapping, List<TableJob> jobs, MappingRules rules, AltiumLibraries catalog) {

    public MigrationPlan {
        jobs = List.copyOf(jobs);
    }

    /** Rows in all tables, or -1 if a table cannot tell. */
    public long totalRows() {
        return jobs.stream().anyMatch(j -> j.totalRows() < 0) ? -1 : jobs.stream().mapToLong(TableJob::totalRows).sum();
    }
}
