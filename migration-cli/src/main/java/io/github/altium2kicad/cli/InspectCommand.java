package io.github.altium2kicad.cli;

import io.github.altium2kicad.api.MigrationException;
import io.github.altium2kicad.api.dblib.LibraryDescriptor;
import io.github.altium2kicad.api.dblib.TableDescriptor;
import io.github.altium2kicad.core.dblib.DbLibParser;
import io.github.altium2kicad.api.dblib.DbLibEncoding;
import io.github.altium2kicad.core.WarningDigest;
import io.github.altium2kicad.core.MigrationEngine;
import java.nio.charset.Charset;
import java.util.List;
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
    "Reads the DbLib and checks that the database can be found (a DbLib in a Windows ANSI code page: opens it, to choose",
    "the code page whose table names it has); migrates nothing.", ""})
final class InspectCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DBLIB", description = "The Altium database library file (.DbLib or .SVNDbLib).")
    Path dbLib;

    @Option(names = "--database", paramLabel = "PATH|JDBC-URL", description = "Where the source database is, overriding the DbLib.")
    String database;

    @Option(names = "--dblib-encoding", paramLabel = "auto|CHARSET", description = "Code page of the DbLib file, e.g. "
            + "GBK, windows-1251, windows-31j (default auto: a byte-order mark, valid UTF-8, else the ANSI code page "
            + "whose table names match the database).")
    String encoding;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Optional<Charset> forced = Optional.ofNullable(encoding).filter(e -> !e.equalsIgnoreCase("auto")).map(e -> {
            try {
                return Charset.forName(e.strip());
            } catch (IllegalArgumentException bad) {
                throw MigrationException.badInput("--dblib-encoding " + e + ": not a character set this Java knows; use "
                        + "auto or a name such as GBK, windows-1251, windows-31j, windows-1250, Big5, UTF-8");
            }
        });
        List<LibraryDescriptor> readings = new DbLibParser().parseReadings(dbLib, forced);
        LibraryDescriptor library = readings.get(0);
        String located;
        try {
            // with several readings the code page is chosen by the table names the database has: it is opened
            MigrationEngine.LocatedLibrary found = MigrationEngine.builder().build().locate(readings, Optional.ofNullable(database));
            library = found.library();
            located = found.location();
        } catch (MigrationException e) {
            located = "NOT FOUND. " + e.getMessage();
            if (readings.size() > 1) {
                library = library.withEncoding(new DbLibEncoding(library.encoding().charset(), "ANSI code page; the default, "
                        + "as the database could not be opened to check the table names against"));
            }
        }
        out.println("DbLib:       " + library.file() + " (version " + library.version() + ")");
        out.println("Encoding:    " + library.encoding());
        out.println("Connection:  " + library.links().connectionString().redacted());
        out.println("Database:    " + located);
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
        if (!library.warnings().isEmpty()) {
            out.println("Warnings:    " + library.warnings().size());
            WarningDigest.lines(library.warnings()).forEach(line -> out.println("  " + line));
        }
        out.flush();
        return 0;
    }
}
