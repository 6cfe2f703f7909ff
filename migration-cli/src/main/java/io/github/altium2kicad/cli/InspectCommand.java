package io.github.altium2kicad.cli;

import io.github.altium2kicad.api.MigrationException;
import io.github.altium2kicad.api.dblib.LibraryDescriptor;
import io.github.altium2kicad.api.dblib.TableDescriptor;
import io.github.altium2kicad.core.dblib.DbLibParser;
import io.github.altium2kicad.core.source.SourceLocator;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code altium2kicad inspect}: shows what a DbLib says, without migrating. */
@Command(name = "inspect", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, description = {
    "Shows what an Altium .DbLib says: its database (secrets hidden), tables, key columns and field maps.",
    "Reads only the DbLib and checks that the database can be found; migrates nothing.", ""})
final class InspectCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DBLIB", description = "The Altium database library file (.DbLib or .SVNDbLib).")
    Path dbLib;

    @Option(names = "--database", paramLabel = "PATH|JDBC-URL", description = "Where the source database is, overriding the DbLib.")
    String database;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        LibraryDescriptor library = new DbLibParser().parse(dbLib);
        out.println("DbLib:       " + library.file() + " (version " + library.version() + ")");
        out.println("Connection:  " + library.links().connectionString().redacted());
        try {
            out.println("Database:    " + new SourceLocator().locate(library, Optional.ofNullable(database)));
        } catch (MigrationException e) {
            out.println("Database:    NOT FOUND. " + e.getMessage());
        }
        out.println("Search path: " + (library.links().librarySearchPaths().isEmpty() ? "(none)"
                : String.join("; ", library.links().librarySearchPaths()))
                + (library.links().searchSubDirectories() ? " (with subfolders)" : ""));
        out.printf("Tables:      %d (%d enabled), %d field maps%n", library.tables().size(), library.enabledTables().size(),
                library.fieldMappings().size());
        for (TableDescriptor t : library.tables()) {
            out.printf("  %-40s %-8s key: %-20s (%s), %d field maps%n", t.tableName(), t.enabled() ? "enabled" : "DISABLED",
                    t.keyColumn().orElse("?"), t.keySource().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '),
                    t.fieldMappings().size());
        }
        out.flush();
        return 0;
    }
}
