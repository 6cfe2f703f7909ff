package io.github.altium2kicad.api.dblib;

import java.util.List;
import java.util.Map;

/**
 * The {@code [DatabaseLinks]} section of a DbLib.
 *
 * @param connectionString      {@code ConnectionString}; contains secrets, never log {@link ConnectionString#raw()}
 * @param leftQuote             {@code LeftQuote}, the identifier quote Altium uses ({@code [}, {@code `}, {@code "})
 * @param rightQuote            {@code RightQuote}
 * @param quoteTableNames       {@code QuoteTableNames=1}
 * @param useTableSchemaName    {@code UseTableSchemaName=1}
 * @param schemaName            {@code SchemaName}
 * @param libraryDatabaseType   {@code LibraryDatabaseType}, e.g. {@code Microsoft Access}; may be blank
 * @param libraryDatabasePath   {@code LibraryDatabasePath}; may be blank
 * @param databasePathRelative  {@code DatabasePathRelative=1}: {@code libraryDatabasePath} is relative to the DbLib
 * @param librarySearchPaths    {@code LibrarySearchPath}, split on {@code ;} (blank entries removed)
 * @param searchSubDirectories  {@code SearchSubDirectories=1}
 * @param settings              every key of the section as written (UI modes such as {@code AddMode} included),
 *                              except {@code ConnectionString}
 */
public record DatabaseLinks(ConnectionString connectionString, String leftQuote, String rightQuote,
                            boolean quoteTableNames, boolean useTableSchemaName, String schemaName,
                            String libraryDatabaseType, String libraryDatabasePath, boolean databasePathRelative,
                            List<String> librarySearchPaths, boolean searchSubDirectories,
                            Map<String, String> settings) {

    public DatabaseLinks {
        librarySearchPaths = List.copyOf(librarySearchPaths);
        settings = Map.copyOf(settings);
    }
}
