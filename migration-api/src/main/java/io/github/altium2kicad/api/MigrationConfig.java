package io.github.altium2kicad.api;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The settings of a migration: an immutable value built with {@link #builder()} (migration-core's
 * {@code MigrationConfigYaml.load(path)} loads one from a YAML file). Every setting has one name, listed in
 * {@link ConfigKey}, that is the same in the YAML file (under {@code migration:}), on the command line and in
 * {@link #asMap()}.
 *
 * <pre>{@code
 * MigrationConfig config = MigrationConfig.builder()
 *         .mappingMode(MappingMode.PRESERVE)
 *         .batchSize(5_000)
 *         .maxMemoryUsage(ByteSize.parse("1GB"))
 *         .build();
 * }</pre>
 */
public final class MigrationConfig {

    /** The {@code kicad_libraries} value that selects the KiCad 6 standard libraries' index shipped with the tool. */
    public static final String BUNDLED_KICAD_LIBRARIES = "bundled";

    private final boolean useOptimizedEngine;
    private final boolean parallelProcessing;
    private final int maxWorkers;
    private final boolean enableCaching;
    private final Path cacheDirectory;
    private final Duration cacheExpiration;
    private final boolean cacheCompression;
    private final int batchSize;
    private final ByteSize maxMemoryUsage;
    private final boolean enableMemoryMonitoring;
    private final boolean vacuumDatabase;
    private final boolean createIndexes;
    private final boolean optimizeQueries;
    private final MappingMode mappingMode;
    private final double minConfidence;
    private final List<Path> mappingTables;
    private final List<String> kicadLibraries;
    private final String keyColumn;
    private final DuplicateKeyPolicy duplicateKeys;
    private final EmptyKeyPolicy emptyKeys;
    private final int maxPartErrors;
    private final String odbcDriver;
    private final LibraryUriStyle libraryUriStyle;
    private final String symbolColumn;
    private final String footprintsColumn;
    private final String libraryName;
    private final String database;
    private final String dblibEncoding;
    private final boolean verifyWithKicad;
    private final Path kicadCli;
    private final NativeLibraries nativeLibraries;
    private final String outputDatabase;
    private final String outputOdbcDriver;

    private MigrationConfig(Builder b) {
        this.useOptimizedEngine = b.useOptimizedEngine;
        this.parallelProcessing = b.parallelProcessing;
        this.maxWorkers = b.maxWorkers;
        this.enableCaching = b.enableCaching;
        this.cacheDirectory = b.cacheDirectory;
        this.cacheExpiration = b.cacheExpiration;
        this.cacheCompression = b.cacheCompression;
        this.batchSize = b.batchSize;
        this.maxMemoryUsage = b.maxMemoryUsage;
        this.enableMemoryMonitoring = b.enableMemoryMonitoring;
        this.vacuumDatabase = b.vacuumDatabase;
        this.createIndexes = b.createIndexes;
        this.optimizeQueries = b.optimizeQueries;
        this.mappingMode = b.mappingMode;
        this.minConfidence = b.minConfidence;
        this.mappingTables = List.copyOf(b.mappingTables);
        this.kicadLibraries = List.copyOf(b.kicadLibraries);
        this.keyColumn = b.keyColumn;
        this.duplicateKeys = b.duplicateKeys;
        this.emptyKeys = b.emptyKeys;
        this.maxPartErrors = b.maxPartErrors;
        this.odbcDriver = b.odbcDriver;
        this.libraryUriStyle = b.libraryUriStyle;
        this.symbolColumn = b.symbolColumn;
        this.footprintsColumn = b.footprintsColumn;
        this.libraryName = b.libraryName;
        this.database = b.database;
        this.dblibEncoding = b.dblibEncoding;
        this.verifyWithKicad = b.verifyWithKicad;
        this.kicadCli = b.kicadCli;
        this.nativeLibraries = b.nativeLibraries;
        this.outputDatabase = b.outputDatabase;
        this.outputOdbcDriver = b.outputOdbcDriver;
    }

    /** A builder holding the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** The default settings. */
    public static MigrationConfig defaults() {
        return builder().build();
    }

    /** A builder starting from these settings. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.useOptimizedEngine = useOptimizedEngine;
        b.parallelProcessing = parallelProcessing;
        b.maxWorkers = maxWorkers;
        b.enableCaching = enableCaching;
        b.cacheDirectory = cacheDirectory;
        b.cacheExpiration = cacheExpiration;
        b.cacheCompression = cacheCompression;
        b.batchSize = batchSize;
        b.maxMemoryUsage = maxMemoryUsage;
        b.enableMemoryMonitoring = enableMemoryMonitoring;
        b.vacuumDatabase = vacuumDatabase;
        b.createIndexes = createIndexes;
        b.optimizeQueries = optimizeQueries;
        b.mappingMode = mappingMode;
        b.minConfidence = minConfidence;
        b.mappingTables = new ArrayList<>(mappingTables);
        b.kicadLibraries = new ArrayList<>(kicadLibraries);
        b.keyColumn = keyColumn;
        b.duplicateKeys = duplicateKeys;
        b.emptyKeys = emptyKeys;
        b.maxPartErrors = maxPartErrors;
        b.odbcDriver = odbcDriver;
        b.libraryUriStyle = libraryUriStyle;
        b.symbolColumn = symbolColumn;
        b.footprintsColumn = footprintsColumn;
        b.libraryName = libraryName;
        b.database = database;
        b.dblibEncoding = dblibEncoding;
        b.verifyWithKicad = verifyWithKicad;
        b.kicadCli = kicadCli;
        b.nativeLibraries = nativeLibraries;
        b.outputDatabase = outputDatabase;
        b.outputOdbcDriver = outputOdbcDriver;
        return b;
    }

    public boolean useOptimizedEngine() {
        return useOptimizedEngine;
    }

    public boolean parallelProcessing() {
        return parallelProcessing;
    }

    /** Mapping worker threads; 1 when {@link #parallelProcessing()} is off. */
    public int effectiveWorkers() {
        return parallelProcessing ? maxWorkers : 1;
    }

    public int maxWorkers() {
        return maxWorkers;
    }

    public boolean enableCaching() {
        return enableCaching;
    }

    public Path cacheDirectory() {
        return cacheDirectory;
    }

    public Duration cacheExpiration() {
        return cacheExpiration;
    }

    public boolean cacheCompression() {
        return cacheCompression;
    }

    public int batchSize() {
        return batchSize;
    }

    public ByteSize maxMemoryUsage() {
        return maxMemoryUsage;
    }

    public boolean enableMemoryMonitoring() {
        return enableMemoryMonitoring;
    }

    public boolean vacuumDatabase() {
        return vacuumDatabase;
    }

    /**
     * Whether the SQLite output also indexes the symbol, footprints and manufacturer part number columns (default
     * false: KiCad looks parts up by the key, which always has a UNIQUE index, and lists whole tables).
     */
    public boolean createIndexes() {
        return createIndexes;
    }

    public boolean optimizeQueries() {
        return optimizeQueries;
    }

    public MappingMode mappingMode() {
        return mappingMode;
    }

    /** Standard-library mappings below this confidence are not used; the Altium reference is kept instead. */
    public double minConfidence() {
        return minConfidence;
    }

    /** The user's mapping rule files (YAML or CSV), in the order they apply. */
    public List<Path> mappingTables() {
        return mappingTables;
    }

    /**
     * Where the KiCad library index comes from: {@code bundled} (the KiCad 6 standard libraries' index shipped with
     * the tool), a KiCad library folder (holding {@code symbols/} and {@code footprints/}), or {@code sym-lib-table} /
     * {@code fp-lib-table} files.
     */
    public List<String> kicadLibraries() {
        return kicadLibraries;
    }

    /** The key column for every table, if the user set one; otherwise the DbLib decides. */
    public Optional<String> keyColumn() {
        return Optional.ofNullable(keyColumn);
    }

    public DuplicateKeyPolicy duplicateKeys() {
        return duplicateKeys;
    }

    public EmptyKeyPolicy emptyKeys() {
        return emptyKeys;
    }

    /**
     * How many parts a failing mapping rule may affect before the run stops: each such part is decided by the next
     * rule and reported; one more stops the run without output. 0 stops it at the first rule error.
     */
    public int maxPartErrors() {
        return maxPartErrors;
    }

    public String odbcDriver() {
        return odbcDriver;
    }

    public LibraryUriStyle libraryUriStyle() {
        return libraryUriStyle;
    }

    public String symbolColumn() {
        return symbolColumn;
    }

    public String footprintsColumn() {
        return footprintsColumn;
    }

    /** The output name, if set; otherwise the DbLib's file name is used. */
    public Optional<String> libraryName() {
        return Optional.ofNullable(libraryName);
    }

    /**
     * The source database location overriding the DbLib's connection string: a file path or a JDBC URL.
     * May contain a password: never log it.
     */
    public Optional<String> database() {
        return Optional.ofNullable(database);
    }

    /** Whether the migration ends by asking KiCad ({@code kicad-cli} 9 or later) to load every written part. */
    public boolean verifyWithKicad() {
        return verifyWithKicad;
    }

    /**
     * The {@code kicad-cli} program for {@link #verifyWithKicad()} and {@link #nativeLibraries()}, if set; otherwise
     * {@code $KICAD_CLI}, then the PATH.
     */
    public Optional<Path> kicadCli() {
        return Optional.ofNullable(kicadCli);
    }

    /** Whether the used Altium libraries are converted into native KiCad libraries ({@code off} by default). */
    public NativeLibraries nativeLibraries() {
        return nativeLibraries;
    }

    /**
     * The server the finished library is also published to ({@code output_database}): a PostgreSQL or MySQL/MariaDB
     * JDBC URL. May contain a password: never log it ({@link #asMap()} shows it as {@code (set)}).
     */
    public Optional<String> outputDatabase() {
        return Optional.ofNullable(outputDatabase);
    }

    /** The ODBC driver named in the server {@code .kicad_dbl} ({@code output_odbc_driver}); empty: the server's default. */
    public Optional<String> outputOdbcDriver() {
        return Optional.ofNullable(outputOdbcDriver);
    }

    /**
     * The code page the DbLib file is read in ({@code dblib_encoding}), a Java charset name such as {@code GBK} or
     * {@code windows-1251}; empty ({@code auto}, the default) chooses it: a byte-order mark, valid UTF-8, else the ANSI
     * code page under which the DbLib's table names match the database's.
     */
    public Optional<String> dblibEncoding() {
        return Optional.ofNullable(dblibEncoding);
    }

    /**
     * Every setting by its YAML name, as text, in {@link ConfigKey} order. {@code database} and
     * {@code output_database} are shown only as {@code (set)} because they may hold credentials. Safe to log and to write into reports.
     */
    public Map<String, String> asMap() {
        Map<ConfigKey, Object> v = new EnumMap<>(ConfigKey.class);
        v.put(ConfigKey.USE_OPTIMIZED_ENGINE, useOptimizedEngine);
        v.put(ConfigKey.PARALLEL_PROCESSING, parallelProcessing);
        v.put(ConfigKey.MAX_WORKERS, maxWorkers);
        v.put(ConfigKey.ENABLE_CACHING, enableCaching);
        v.put(ConfigKey.CACHE_DIRECTORY, cacheDirectory);
        v.put(ConfigKey.CACHE_EXPIRATION, cacheExpiration.toSeconds());
        v.put(ConfigKey.CACHE_COMPRESSION, cacheCompression);
        v.put(ConfigKey.BATCH_SIZE, batchSize);
        v.put(ConfigKey.MAX_MEMORY_USAGE, maxMemoryUsage);
        v.put(ConfigKey.ENABLE_MEMORY_MONITORING, enableMemoryMonitoring);
        v.put(ConfigKey.VACUUM_DATABASE, vacuumDatabase);
        v.put(ConfigKey.CREATE_INDEXES, createIndexes);
        v.put(ConfigKey.OPTIMIZE_QUERIES, optimizeQueries);
        v.put(ConfigKey.MAPPING_MODE, mappingMode.configName());
        v.put(ConfigKey.MIN_CONFIDENCE, minConfidence);
        v.put(ConfigKey.MAPPING_TABLES, mappingTables.isEmpty() ? "(none)" : mappingTables.stream().map(Path::toString)
                .collect(java.util.stream.Collectors.joining(",")));
        v.put(ConfigKey.KICAD_LIBRARIES, String.join(",", kicadLibraries));
        v.put(ConfigKey.KEY_COLUMN, keyColumn == null ? "(from the DbLib)" : keyColumn);
        v.put(ConfigKey.DUPLICATE_KEYS, duplicateKeys.configName());
        v.put(ConfigKey.EMPTY_KEYS, emptyKeys.configName());
        v.put(ConfigKey.MAX_PART_ERRORS, maxPartErrors);
        v.put(ConfigKey.ODBC_DRIVER, odbcDriver);
        v.put(ConfigKey.LIBRARY_URI_STYLE, libraryUriStyle.configName());
        v.put(ConfigKey.SYMBOL_COLUMN, symbolColumn);
        v.put(ConfigKey.FOOTPRINTS_COLUMN, footprintsColumn);
        v.put(ConfigKey.LIBRARY_NAME, libraryName == null ? "(from the DbLib)" : libraryName);
        v.put(ConfigKey.DATABASE, database == null ? "(from the DbLib)" : "(set)");
        v.put(ConfigKey.DBLIB_ENCODING, dblibEncoding == null ? "auto" : dblibEncoding);
        v.put(ConfigKey.VERIFY_WITH_KICAD, verifyWithKicad);
        v.put(ConfigKey.KICAD_CLI, kicadCli == null ? "(from $KICAD_CLI or the PATH)" : kicadCli);
        v.put(ConfigKey.NATIVE_LIBRARIES, nativeLibraries.configName());
        v.put(ConfigKey.OUTPUT_DATABASE, outputDatabase == null ? "(none)" : "(set)");
        v.put(ConfigKey.OUTPUT_ODBC_DRIVER, outputOdbcDriver == null ? "(the server's default)" : outputOdbcDriver);
        Map<String, String> out = new LinkedHashMap<>();
        v.forEach((k, value) -> out.put(k.yamlName(), String.valueOf(value)));
        return out;
    }

    @Override
    public String toString() {
        return "MigrationConfig" + asMap();
    }

    /** Builds a {@link MigrationConfig}; every method checks its value and throws {@link IllegalArgumentException}. */
    public static final class Builder {
        private boolean useOptimizedEngine = true;
        private boolean parallelProcessing = true;
        private int maxWorkers = Runtime.getRuntime().availableProcessors();
        private boolean enableCaching = true;
        private Path cacheDirectory = Path.of(System.getProperty("user.home"), ".cache", "altium2kicad");
        private Duration cacheExpiration = Duration.ofDays(30);
        private boolean cacheCompression = false;
        private int batchSize = 1000;
        private ByteSize maxMemoryUsage = ByteSize.parse("256MB");
        private boolean enableMemoryMonitoring = true;
        private boolean vacuumDatabase = false;
        private boolean createIndexes = false;
        private boolean optimizeQueries = true;
        private MappingMode mappingMode = MappingMode.STANDARD;
        private double minConfidence = 0.9;
        private List<Path> mappingTables = new ArrayList<>();
        private List<String> kicadLibraries = new ArrayList<>(List.of(BUNDLED_KICAD_LIBRARIES));
        private String keyColumn;
        private DuplicateKeyPolicy duplicateKeys = DuplicateKeyPolicy.KEEP_FIRST;
        private EmptyKeyPolicy emptyKeys = EmptyKeyPolicy.SKIP;
        private int maxPartErrors = 100;
        private String odbcDriver = "SQLite3";
        private LibraryUriStyle libraryUriStyle = LibraryUriStyle.ABSOLUTE;
        private String symbolColumn = "KiCad Symbol";
        private String footprintsColumn = "KiCad Footprints";
        private String libraryName;
        private String database;
        private String dblibEncoding;
        private boolean verifyWithKicad = false;
        private Path kicadCli;
        private NativeLibraries nativeLibraries = NativeLibraries.OFF;
        private String outputDatabase;
        private String outputOdbcDriver;

        private Builder() {
        }

        public Builder useOptimizedEngine(boolean value) {
            this.useOptimizedEngine = value;
            return this;
        }

        public Builder parallelProcessing(boolean value) {
            this.parallelProcessing = value;
            return this;
        }

        public Builder maxWorkers(int value) {
            this.maxWorkers = positive("max_workers", value);
            return this;
        }

        public Builder enableCaching(boolean value) {
            this.enableCaching = value;
            return this;
        }

        public Builder cacheDirectory(Path value) {
            this.cacheDirectory = required("cache_directory", value);
            return this;
        }

        public Builder cacheExpiration(Duration value) {
            if (value == null || value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException("cache_expiration must be a positive number of seconds");
            }
            this.cacheExpiration = value;
            return this;
        }

        public Builder cacheCompression(boolean value) {
            this.cacheCompression = value;
            return this;
        }

        public Builder batchSize(int value) {
            this.batchSize = positive("batch_size", value);
            return this;
        }

        public Builder maxMemoryUsage(ByteSize value) {
            this.maxMemoryUsage = required("max_memory_usage", value);
            return this;
        }

        public Builder enableMemoryMonitoring(boolean value) {
            this.enableMemoryMonitoring = value;
            return this;
        }

        public Builder vacuumDatabase(boolean value) {
            this.vacuumDatabase = value;
            return this;
        }

        public Builder createIndexes(boolean value) {
            this.createIndexes = value;
            return this;
        }

        public Builder optimizeQueries(boolean value) {
            this.optimizeQueries = value;
            return this;
        }

        public Builder mappingMode(MappingMode value) {
            this.mappingMode = required("mapping_mode", value);
            return this;
        }

        /** Standard mappings below this confidence are not used, in [0, 1]. */
        public Builder minConfidence(double value) {
            if (!(value >= 0 && value <= 1)) {
                throw new IllegalArgumentException("min_confidence must be between 0 and 1, got " + value);
            }
            this.minConfidence = value;
            return this;
        }

        /** The user's mapping rule files, in the order they apply. */
        public Builder mappingTables(List<Path> files) {
            this.mappingTables = new ArrayList<>(files);
            return this;
        }

        /** Where the KiCad library index comes from: {@code bundled}, KiCad library folders or lib-table files. */
        public Builder kicadLibraries(List<String> sources) {
            if (sources.isEmpty()) {
                throw new IllegalArgumentException("kicad_libraries must name at least one source (e.g. bundled)");
            }
            this.kicadLibraries = new ArrayList<>(sources);
            return this;
        }

        /** The key column of every table; {@code null} lets the DbLib decide. */
        public Builder keyColumn(String value) {
            this.keyColumn = blankToNull(value);
            return this;
        }

        public Builder duplicateKeys(DuplicateKeyPolicy value) {
            this.duplicateKeys = required("duplicate_keys", value);
            return this;
        }

        public Builder emptyKeys(EmptyKeyPolicy value) {
            this.emptyKeys = required("empty_keys", value);
            return this;
        }

        /** Parts a failing mapping rule may affect before the run stops; at least 0. */
        public Builder maxPartErrors(int value) {
            if (value < 0) {
                throw new IllegalArgumentException("max_part_errors must be 0 (stop at the first rule error) or more, got " + value);
            }
            this.maxPartErrors = value;
            return this;
        }

        public Builder odbcDriver(String value) {
            this.odbcDriver = requiredText("odbc_driver", value);
            return this;
        }

        public Builder libraryUriStyle(LibraryUriStyle value) {
            this.libraryUriStyle = required("library_uri_style", value);
            return this;
        }

        public Builder symbolColumn(String value) {
            this.symbolColumn = requiredText("symbol_column", value);
            return this;
        }

        public Builder footprintsColumn(String value) {
            this.footprintsColumn = requiredText("footprints_column", value);
            return this;
        }

        /** Name of the output files and KiCad library; {@code null} uses the DbLib's file name. */
        public Builder libraryName(String value) {
            String name = blankToNull(value);
            if (name != null && !name.matches("[^/\\\\:*?\"<>|]+")) {
                throw new IllegalArgumentException("library_name '" + name
                        + "' must be usable as a file name (no / \\ : * ? \" < > |)");
            }
            this.libraryName = name;
            return this;
        }

        /**
         * The DbLib's code page, a Java charset name ({@code GBK}, {@code windows-1251}, {@code windows-31j},
         * {@code UTF-8}, …); {@code null}, blank or {@code auto} chooses it from the file and the database.
         */
        public Builder dblibEncoding(String value) {
            String v = blankToNull(value);
            if (v != null && v.strip().equalsIgnoreCase("auto")) {
                v = null;
            }
            if (v != null) {
                try {
                    v = java.nio.charset.Charset.forName(v.strip()).name();
                } catch (java.nio.charset.IllegalCharsetNameException | java.nio.charset.UnsupportedCharsetException e) {
                    throw new IllegalArgumentException("dblib_encoding: '" + value + "' is not a character set this Java "
                            + "knows; use auto or a name such as GBK, windows-1251, windows-31j, windows-1250, Big5, UTF-8");
                }
            }
            this.dblibEncoding = v;
            return this;
        }

        /** Source database path or JDBC URL overriding the DbLib; {@code null} uses the DbLib. */
        public Builder database(String value) {
            this.database = blankToNull(value);
            return this;
        }

        /** Ask KiCad to load every written part at the end of the run (needs {@code kicad-cli} 9 or later). */
        public Builder verifyWithKicad(boolean value) {
            this.verifyWithKicad = value;
            return this;
        }

        /** The {@code kicad-cli} program; {@code null} looks at {@code $KICAD_CLI}, then the PATH. */
        public Builder kicadCli(Path value) {
            this.kicadCli = value;
            return this;
        }

        /** Convert the used Altium libraries into native KiCad libraries ({@code kicad-cli}), or not ({@code off}). */
        public Builder nativeLibraries(NativeLibraries value) {
            this.nativeLibraries = required("native_libraries", value);
            return this;
        }

        /**
         * The PostgreSQL or MySQL/MariaDB JDBC URL to also publish the finished library to; {@code null} or blank:
         * none. The engine checks it before migrating.
         */
        public Builder outputDatabase(String value) {
            this.outputDatabase = blankToNull(value);
            return this;
        }

        /** The ODBC driver named in the server {@code .kicad_dbl}; {@code null} or blank: the server's default. */
        public Builder outputOdbcDriver(String value) {
            this.outputOdbcDriver = blankToNull(value);
            return this;
        }

        /**
         * Sets one setting from its text form, as written in YAML or on the command line.
         *
         * @throws IllegalArgumentException saying what form the value must have
         */
        public Builder set(ConfigKey key, String text) {
            String value = text == null ? "" : text.strip();
            switch (key) {
                case USE_OPTIMIZED_ENGINE -> useOptimizedEngine(bool(key, value));
                case PARALLEL_PROCESSING -> parallelProcessing(bool(key, value));
                case MAX_WORKERS -> maxWorkers(integer(key, value));
                case ENABLE_CACHING -> enableCaching(bool(key, value));
                case CACHE_DIRECTORY -> cacheDirectory(Path.of(requiredText(key.yamlName(), expandHome(value))));
                case CACHE_EXPIRATION -> cacheExpiration(Duration.ofSeconds(integer(key, value)));
                case CACHE_COMPRESSION -> cacheCompression(bool(key, value));
                case BATCH_SIZE -> batchSize(integer(key, value));
                case MAX_MEMORY_USAGE -> maxMemoryUsage(ByteSize.parse(value));
                case ENABLE_MEMORY_MONITORING -> enableMemoryMonitoring(bool(key, value));
                case VACUUM_DATABASE -> vacuumDatabase(bool(key, value));
                case CREATE_INDEXES -> createIndexes(bool(key, value));
                case OPTIMIZE_QUERIES -> optimizeQueries(bool(key, value));
                case MAPPING_MODE -> mappingMode(MappingMode.fromConfigName(value));
                case MIN_CONFIDENCE -> minConfidence(decimal(key, value));
                case MAPPING_TABLES -> mappingTables(list(value).stream().map(v -> Path.of(expandHome(v))).toList());
                case KICAD_LIBRARIES -> kicadLibraries(list(value).stream().map(Builder::expandHome).toList());
                case KEY_COLUMN -> keyColumn(value);
                case DUPLICATE_KEYS -> duplicateKeys(DuplicateKeyPolicy.fromConfigName(value));
                case EMPTY_KEYS -> emptyKeys(EmptyKeyPolicy.fromConfigName(value));
                case MAX_PART_ERRORS -> maxPartErrors(integer(key, value));
                case ODBC_DRIVER -> odbcDriver(value);
                case LIBRARY_URI_STYLE -> libraryUriStyle(LibraryUriStyle.fromConfigName(value));
                case SYMBOL_COLUMN -> symbolColumn(value);
                case FOOTPRINTS_COLUMN -> footprintsColumn(value);
                case LIBRARY_NAME -> libraryName(value);
                case DATABASE -> database(value);
                case DBLIB_ENCODING -> dblibEncoding(value);
                case VERIFY_WITH_KICAD -> verifyWithKicad(bool(key, value));
                case KICAD_CLI -> kicadCli(value.isEmpty() ? null : Path.of(expandHome(value)));
                case NATIVE_LIBRARIES -> nativeLibraries(NativeLibraries.fromConfigName(value));
                case OUTPUT_DATABASE -> outputDatabase(value);
                case OUTPUT_ODBC_DRIVER -> outputOdbcDriver(value);
                default -> throw new IllegalStateException("unhandled key " + key);
            }
            return this;
        }

        public MigrationConfig build() {
            if (symbolColumn.equalsIgnoreCase(footprintsColumn)) {
                throw new IllegalArgumentException("symbol_column and footprints_column must differ, both are '"
                        + symbolColumn + "'");
            }
            return new MigrationConfig(this);
        }

        private static String expandHome(String path) {
            return path.startsWith("~/") ? System.getProperty("user.home") + path.substring(1) : path;
        }

        private static boolean bool(ConfigKey key, String value) {
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "true", "yes", "on", "1" -> true;
                case "false", "no", "off", "0" -> false;
                default -> throw new IllegalArgumentException(key.yamlName() + " must be true or false, got '" + value + "'");
            };
        }

        /** Splits a list written as {@code a,b} or one item per line (YAML lists arrive that way). */
        private static List<String> list(String value) {
            return java.util.Arrays.stream(value.split("[,\n]")).map(String::strip).filter(v -> !v.isEmpty()).toList();
        }

        private static double decimal(ConfigKey key, String value) {
            try {
                return Double.parseDouble(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(key.yamlName() + " must be a number, got '" + value + "'");
            }
        }

        private static int integer(ConfigKey key, String value) {
            try {
                return Integer.parseInt(value.replace("_", ""));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(key.yamlName() + " must be a whole number, got '" + value + "'");
            }
        }

        private static int positive(String name, int value) {
            if (value < 1) {
                throw new IllegalArgumentException(name + " must be at least 1, got " + value);
            }
            return value;
        }

        private static <T> T required(String name, T value) {
            if (value == null) {
                throw new IllegalArgumentException(name + " must be set");
            }
            return value;
        }

        private static String requiredText(String name, String value) {
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException(name + " must not be blank");
            }
            return value.strip();
        }

        private static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }
    }
}
