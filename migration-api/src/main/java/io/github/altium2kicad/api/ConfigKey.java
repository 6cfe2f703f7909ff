package io.github.altium2kicad.api;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every setting of {@link MigrationConfig}, under the one name it has everywhere: the key under
 * {@code migration:} in a YAML config file, and (with {@code -} for {@code _}) the long option of the CLI.
 */
public enum ConfigKey {
    USE_OPTIMIZED_ENGINE("use_optimized_engine", "true|false",
            "Pipelined engine (batches, parallel mapping, memoized decisions). false: one simple pass, for comparison."),
    PARALLEL_PROCESSING("parallel_processing", "true|false", "Map batches on max_workers threads. false: one thread."),
    MAX_WORKERS("max_workers", "N", "Mapping worker threads (default: available processors)."),
    ENABLE_CACHING("enable_caching", "true|false", "Memoize mapping decisions (in memory and in cache_directory)."),
    CACHE_DIRECTORY("cache_directory", "DIR", "Where the persistent mapping cache lives (default: ~/.cache/altium2kicad)."),
    CACHE_EXPIRATION("cache_expiration", "SECONDS", "Age after which a cached mapping decision is recomputed."),
    CACHE_COMPRESSION("cache_compression", "true|false", "Compress the persistent cache."),
    BATCH_SIZE("batch_size", "N", "Rows per batch between reader, mapping workers and writer."),
    MAX_MEMORY_USAGE("max_memory_usage", "SIZE", "Heap budget, e.g. 512MB or 2GB; the engine slows readers down before it."),
    ENABLE_MEMORY_MONITORING("enable_memory_monitoring", "true|false", "Sample heap use and GC time for the performance summary."),
    VACUUM_DATABASE("vacuum_database", "true|false", "Run VACUUM on the generated SQLite database."),
    CREATE_INDEXES("create_indexes", "true|false", "Also index the symbol, footprints and MPN columns (KiCad queries only the key, which always has a UNIQUE index)."),
    OPTIMIZE_QUERIES("optimize_queries", "true|false", "Run ANALYZE / PRAGMA optimize on the generated database."),
    MAPPING_MODE("mapping_mode", "preserve|standard|standard-only", "How symbols and footprints are chosen."),
    MIN_CONFIDENCE("min_confidence", "0..1", "Below this confidence a standard-library mapping is not used (the Altium reference is kept)."),
    MAPPING_TABLES("mapping_tables", "FILE[,FILE…]", "Your mapping rule files (YAML or CSV), applied before the built-in rules, in order."),
    KICAD_LIBRARIES("kicad_libraries", "bundled|DIR|LIB-TABLE[,…]", "The KiCad libraries mappings must exist in: the bundled KiCad 6 index, a KiCad library folder, or sym-lib-table/fp-lib-table files."),
    KEY_COLUMN("key_column", "COLUMN", "Key column for every table, overriding what the DbLib says."),
    DUPLICATE_KEYS("duplicate_keys", "keep-first|rename|fail", "What to do with a repeated key (always reported)."),
    EMPTY_KEYS("empty_keys", "skip|generate|fail", "What to do with a NULL or blank key (always reported)."),
    MAX_PART_ERRORS("max_part_errors", "N", "Parts a failing mapping rule may affect before the run stops (each is decided by the next rule and reported); 0: the first rule error stops the run."),
    ODBC_DRIVER("odbc_driver", "NAME", "ODBC driver name in the .kicad_dbl connection string (Linux: SQLite3; Windows: SQLite3 ODBC Driver)."),
    LIBRARY_URI_STYLE("library_uri_style", "absolute|kiprjmod", "How the lib tables point at Altium .SchLib/.PcbLib files."),
    SYMBOL_COLUMN("symbol_column", "COLUMN", "Name of the generated KiCad symbol column."),
    FOOTPRINTS_COLUMN("footprints_column", "COLUMN", "Name of the generated KiCad footprints column."),
    LIBRARY_NAME("library_name", "NAME", "Name of the output files and the KiCad library (default: the DbLib's file name)."),
    DATABASE("database", "PATH|JDBC-URL", "Where the source database is, overriding the DbLib's connection string."),
    DBLIB_ENCODING("dblib_encoding", "auto|CHARSET", "Code page of the DbLib file, e.g. GBK, windows-1251, windows-31j (default auto: a byte-order mark, valid UTF-8, else the ANSI code page whose table names match the database)."),
    VERIFY_WITH_KICAD("verify_with_kicad", "true|false", "Ask KiCad 9 (kicad-cli) to load every written part and report each one it cannot load, with the reason."),
    KICAD_CLI("kicad_cli", "FILE", "The kicad-cli program (KiCad 9+) for verify_with_kicad and native_libraries (default: $KICAD_CLI, else kicad-cli on the PATH)."),
    NATIVE_LIBRARIES("native_libraries", "off|kicad-cli", "Convert the .SchLib/.PcbLib files the parts use into native KiCad libraries (symbols/*.kicad_sym, footprints/*.pretty) with KiCad's own importer, and point the database and lib tables at them."),
    OUTPUT_DATABASE("output_database", "JDBC-URL", "Also publish the finished library to this PostgreSQL or MySQL/MariaDB "
            + "database (jdbc:postgresql://host:5432/db[?currentSchema=s], jdbc:mariadb://host:3306/db), replacing its "
            + "tables atomically, and write <name>-<server>.kicad_dbl without login. Login from the URL, else "
            + "ALTIUM2KICAD_OUTPUT_DB_USER / ALTIUM2KICAD_OUTPUT_DB_PASSWORD (default: none, no server)."),
    OUTPUT_ODBC_DRIVER("output_odbc_driver", "NAME", "The ODBC driver named in the server .kicad_dbl of output_database "
            + "(default: 'PostgreSQL Unicode' or 'MariaDB Unicode').");

    private final String yamlName;
    private final String valueHint;
    private final String description;

    ConfigKey(String yamlName, String valueHint, String description) {
        this.yamlName = yamlName;
        this.valueHint = valueHint;
        this.description = description;
    }

    /** The key under {@code migration:} in YAML, e.g. {@code batch_size}. */
    public String yamlName() {
        return yamlName;
    }

    /** The CLI long option, e.g. {@code --batch-size}. */
    public String optionName() {
        return "--" + yamlName.replace('_', '-');
    }

    /** What a value looks like, e.g. {@code N} or {@code true|false}. */
    public String valueHint() {
        return valueHint;
    }

    /** One line for {@code --help} and the README. */
    public String description() {
        return description;
    }

    /** The key with this YAML name, if there is one. */
    public static Optional<ConfigKey> fromYamlName(String name) {
        return Arrays.stream(values()).filter(k -> k.yamlName.equals(name)).findFirst();
    }
}
