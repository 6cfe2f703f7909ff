package io.github.altium2kicad.core.internal.writer;

import io.github.altium2kicad.api.DuplicateKeyPolicy;
import io.github.altium2kicad.api.EmptyKeyPolicy;
import io.github.altium2kicad.api.MigrationException;
import io.github.altium2kicad.api.PartIssue;
import io.github.altium2kicad.api.TableChanges;
import io.github.altium2kicad.core.internal.source.sqlite.SqlIdentifier;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * Writes the KiCad database: one table per Altium library table, every value as TEXT (KiCad formats numbers
 * itself), with a UNIQUE index on the key that also enforces the key policies while rows stream in, so no set of
 * keys is ever held in memory. Tuned for bulk loading: the file is private until published, so it is written
 * without a rollback journal and without fsync, in large transactions with prepared statements.
 */
public final class KicadSqliteWriter implements AutoCloseable {

    private static final int ROWS_PER_TRANSACTION = 100_000;
    private static final int MAX_RENAMES = 10_000;

    private final Path file;
    private final Connection connection;
    private boolean sourceAttached;

    private KicadSqliteWriter(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** Opens the database file for bulk writing, creating it if it does not exist. */
    public static KicadSqliteWriter create(Path file) {
        try {
            SQLiteConfig config = new SQLiteConfig();
            config.setOpenMode(SQLiteOpenMode.OPEN_URI); // lets ATTACH open the source with mode=ro
            Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
            try (Statement st = connection.createStatement()) {
                st.execute("PRAGMA journal_mode=OFF");
                st.execute("PRAGMA synchronous=OFF");
                st.execute("PRAGMA locking_mode=EXCLUSIVE");
                st.execute("PRAGMA temp_store=MEMORY");
                st.execute("PRAGMA cache_size=-65536");
            }
            connection.setAutoCommit(false);
            return new KicadSqliteWriter(file, connection);
        } catch (SQLException e) {
            throw MigrationException.failure("Cannot create the KiCad database " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The statement creating {@code plan}'s table in {@code schema} ({@code ""} for the main database): every column
     * TEXT, the Altium columns in source order, then the symbol and footprints columns.
     */
    static String createTableSql(KicadTablePlan plan, String schema) {
        return "CREATE TABLE " + schema + SqlIdentifier.quote(plan.altiumTable()) + " ("
                + plan.outputColumns().stream().map(c -> SqlIdentifier.quote(c) + " TEXT").collect(Collectors.joining(", ")) + ")";
    }

    /** The statement creating the UNIQUE index on {@code plan}'s key in {@code schema} ({@code ""} for main). */
    static String keyIndexSql(KicadTablePlan plan, String schema) {
        return "CREATE UNIQUE INDEX " + schema + SqlIdentifier.quote(plan.altiumTable() + " (" + plan.keyColumn() + ") unique")
                + " ON " + SqlIdentifier.quote(plan.altiumTable()) + " (" + SqlIdentifier.quote(plan.keyColumn()) + ")";
    }

    /** Creates the (empty) table of {@code plan} with its UNIQUE key index, unless it exists. */
    public void createTable(KicadTablePlan plan) {
        try (Statement st = connection.createStatement()) {
            st.execute(createTableSql(plan, "").replaceFirst("^CREATE TABLE ", "CREATE TABLE IF NOT EXISTS "));
            st.execute(keyIndexSql(plan, "").replaceFirst("^CREATE UNIQUE INDEX ", "CREATE UNIQUE INDEX IF NOT EXISTS "));
        } catch (SQLException e) {
            throw failure("creating table '" + plan.altiumTable() + "'", e);
        }
    }

    /** Creates the secondary indexes of {@code plan}'s table (symbol, footprints, MPN, manufacturer), unless they exist. */
    public void createSecondaryIndexes(KicadTablePlan plan) {
        try (Statement st = connection.createStatement()) {
            for (String column : plan.indexedColumns()) {
                st.execute("CREATE INDEX IF NOT EXISTS " + SqlIdentifier.quote(plan.altiumTable() + " (" + column + ")")
                        + " ON " + SqlIdentifier.quote(plan.altiumTable()) + " (" + SqlIdentifier.quote(column) + ")");
            }
            connection.commit();
        } catch (SQLException e) {
            throw failure("indexing table '" + plan.altiumTable() + "'", e);
        }
    }

    /**
     * Moves the tables of another output database (a shard written in parallel, with the same table and index
     * definitions) into this one. With identical definitions and empty targets SQLite copies the records and index
     * entries without decoding them.
     */
    public void mergeShard(Path shardFile, List<KicadTablePlan> plans, boolean withSecondaryIndexes) {
        try (Statement st = connection.createStatement()) {
            connection.commit();
            connection.setAutoCommit(true);
            try (PreparedStatement ps = connection.prepareStatement("ATTACH DATABASE ? AS a2k_shard")) {
                ps.setString(1, shardFile.toAbsolutePath().toString());
                ps.execute();
            }
            connection.setAutoCommit(false);
            for (KicadTablePlan plan : plans) {
                createTable(plan);
                if (withSecondaryIndexes) {
                    createSecondaryIndexes(plan);
                }
                String table = SqlIdentifier.quote(plan.altiumTable());
                st.execute("INSERT INTO main." + table + " SELECT * FROM a2k_shard." + table);
            }
            connection.commit();
            connection.setAutoCommit(true);
            st.execute("DETACH DATABASE a2k_shard");
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            throw failure("merging the shard " + shardFile, e);
        }
    }

    /** Creates the table of {@code plan} and returns its writer; issues name the output table. */
    public TableWriter table(KicadTablePlan plan, DuplicateKeyPolicy duplicates, EmptyKeyPolicy empties) {
        return table(plan, plan.altiumTable(), duplicates, empties);
    }

    /**
     * Creates the table of {@code plan} and returns its writer.
     *
     * @param dbLibTable the table's name in the DbLib, which issues and messages use (for Excel {@code Sheet$})
     */
    public TableWriter table(KicadTablePlan plan, String dbLibTable, DuplicateKeyPolicy duplicates, EmptyKeyPolicy empties) {
        String table = SqlIdentifier.quote(plan.altiumTable());
        try (Statement st = connection.createStatement()) {
            st.execute(createTableSql(plan, ""));
            st.execute(keyIndexSql(plan, ""));
            String insert = "INSERT OR IGNORE INTO " + table + " VALUES ("
                    + plan.outputColumns().stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
            return new TableWriter(plan, dbLibTable, connection.prepareStatement(insert), new KeyPolicy(duplicates, empties));
        } catch (SQLException e) {
            throw failure("creating table '" + plan.altiumTable() + "'", e);
        }
    }

    /**
     * Commits, then builds the secondary indexes and runs the requested optimizations.
     *
     * @param plans the tables written
     */
    public void finish(List<KicadTablePlan> plans, boolean createIndexes, boolean optimizeQueries, boolean vacuum) {
        try (Statement st = connection.createStatement()) {
            connection.commit();
            if (sourceAttached) { // from here on only the output is touched
                connection.setAutoCommit(true);
                st.execute("DETACH DATABASE " + AttachedSqliteSource.SCHEMA);
                connection.setAutoCommit(false);
                sourceAttached = false;
            }
            if (createIndexes) {
                plans.forEach(this::createSecondaryIndexes);
            }
            connection.setAutoCommit(true);
            if (optimizeQueries) {
                st.execute("PRAGMA analysis_limit=1000"); // approximate statistics: as useful to the planner, much faster
                st.execute("ANALYZE main");
                st.execute("PRAGMA main.optimize");
            }
            if (vacuum) {
                st.execute("VACUUM");
            }
        } catch (SQLException e) {
            throw failure("indexing and optimizing", e);
        }
    }

    /**
     * Gives the parts whose key KiCad cannot use a safe key (see {@link SafeKeys}); returns, for each table that had
     * such keys, its new plan and the renames.
     */
    public List<SafeKeys.Result> makeKeysSafe(List<OutputTable> tables) {
        List<SafeKeys.Result> out = new java.util.ArrayList<>();
        for (OutputTable table : tables) {
            try {
                SafeKeys.apply(connection, table).ifPresent(out::add);
                connection.commit();
            } catch (SQLException e) {
                throw failure("making the keys of table '" + table.plan().altiumTable() + "' safe for KiCad", e);
            }
        }
        return out;
    }

    /**
     * Writes, in every written table, the value of the named parameter in place of each Altium {@code =Name} value
     * (see {@link ValueReferences}); returns each distinct such value, resolved or left literal.
     */
    public List<io.github.altium2kicad.api.ValueReference> resolveValueReferences(List<OutputTable> tables) {
        List<io.github.altium2kicad.api.ValueReference> out = new java.util.ArrayList<>();
        for (OutputTable table : tables) {
            try {
                out.addAll(ValueReferences.resolve(connection, table));
                connection.commit();
            } catch (SQLException e) {
                throw failure("resolving the =Name values of table '" + table.plan().altiumTable() + "'", e);
            }
        }
        return out;
    }

    /**
     * A distinct value of a generated symbol or footprints column, over all written tables.
     *
     * @param parts        the rows carrying it
     * @param exampleTable the DbLib name of the first table that has it
     * @param exampleKey   the smallest key carrying it in that table
     */
    public record ColumnValue(String value, long parts, String exampleTable, String exampleKey) {
    }

    /**
     * The distinct values of the symbol column ({@code footprints=false}) or of the footprints column
     * ({@code footprints=true}) of {@code tables}.
     */
    public Map<String, ColumnValue> distinctLibraryReferences(List<OutputTable> tables, boolean footprints) {
        try {
            return LibraryReferences.distinct(connection, tables, footprints);
        } catch (SQLException e) {
            throw failure("reading the " + (footprints ? "footprint" : "symbol") + " references", e);
        }
    }

    /**
     * Replaces whole values of the symbol column ({@code footprints=false}) or of the footprints column
     * ({@code footprints=true}) of {@code tables}: each value that is a key of {@code replacements} becomes its value.
     *
     * @return the rows changed
     */
    public long replaceLibraryReferences(List<OutputTable> tables, boolean footprints, Map<String, String> replacements) {
        try {
            long changed = LibraryReferences.replace(connection, tables, footprints, replacements);
            connection.commit();
            return changed;
        } catch (SQLException e) {
            throw failure("rewriting the " + (footprints ? "footprint" : "symbol") + " references", e);
        }
    }

    /**
     * Attaches an SQLite source database to the output connection, so rows can move from source to output inside
     * SQLite without passing through Java.
     */
    public AttachedSqliteSource attach(Path sourceFile) {
        try {
            connection.commit();
            connection.setAutoCommit(true);
            try (PreparedStatement ps = connection.prepareStatement("ATTACH DATABASE ? AS " + AttachedSqliteSource.SCHEMA)) {
                ps.setString(1, sourceFile.toAbsolutePath().toUri() + "?mode=ro"); // never write into the user's library
                ps.execute();
            }
            sourceAttached = true;
            connection.setAutoCommit(false);
            return new AttachedSqliteSource(connection, sourceFile, this::failure);
        } catch (SQLException e) {
            throw failure("attaching the source database " + sourceFile, e);
        }
    }

    /**
     * Applies the tables written so far to {@code previousDatabase} (a copy of the previous output's database),
     * changing only what differs; see {@link IncrementalApplier}.
     *
     * @param previousLibraryTables the tables the previous {@code .kicad_dbl} listed (those no longer migrated are dropped)
     */
    public List<TableChanges> applyTo(Path previousDatabase, List<KicadTablePlan> plans, java.util.Collection<String> previousLibraryTables) {
        try {
            connection.commit();
            return new IncrementalApplier(connection).apply(previousDatabase, plans, previousLibraryTables);
        } catch (SQLException e) {
            throw IncrementalApplier.failure(previousDatabase, e);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw failure("closing", e);
        }
    }

    MigrationException failure(String what, SQLException e) {
        if (io.github.altium2kicad.core.internal.output.DiskFull.causes(e)) {
            return io.github.altium2kicad.core.internal.output.DiskFull.failure(file, e);
        }
        return MigrationException.failure("SQLite error while " + what + " in " + file + ": " + e.getMessage(), e);
    }

    /** Writes the rows of one table, applying the {@link KeyPolicy}; not thread-safe (one writer per database). */
    public final class TableWriter {
        private final KicadTablePlan plan;
        private final String dbLibTable;
        private final PreparedStatement insert;
        private final KeyPolicy keys;
        private final int keyIndex;
        private final int width;
        private long rowsWritten;
        private long duplicateKeys;
        private long emptyKeys;
        private long uncommitted;

        private TableWriter(KicadTablePlan plan, String dbLibTable, PreparedStatement insert, KeyPolicy keys) {
            this.plan = plan;
            this.dbLibTable = dbLibTable;
            this.insert = insert;
            this.keys = keys;
            this.keyIndex = plan.columns().indexOf(plan.keyColumn());
            this.width = plan.columns().size();
        }

        /**
         * Writes {@code rows} in order; key issues go to {@code issues}. Under {@code fail} it stops at the first row,
         * in order, that the policy rejects (an empty key or a repeated one, whichever comes first).
         *
         * @return which of {@code rows} were written (by position)
         */
        public BitSet write(List<MappedRow> rows, Consumer<PartIssue> issues) {
            BitSet written = new BitSet(rows.size());
            try {
                boolean[] skipped = new boolean[rows.size()];
                int end = rows.size(); // rows from here on are not written: the row at end has an empty key under fail
                for (int r = 0; r < rows.size(); r++) {
                    MappedRow row = rows.get(r);
                    String key = row.record().get(keyIndex);
                    if (KeyPolicy.isEmpty(key)) {
                        emptyKeys++;
                        long rowNumber = row.record().rowNumber();
                        switch (keys.empties()) {
                            case FAIL -> end = r;
                            case SKIP -> {
                                issues.accept(KeyPolicy.skippedEmptyKey(dbLibTable, rowNumber, key));
                                skipped[r] = true;
                                continue;
                            }
                            case GENERATE -> {
                                String generated = KeyPolicy.generatedKey(plan.altiumTable(), rowNumber);
                                issues.accept(KeyPolicy.generatedEmptyKey(dbLibTable, rowNumber, key, generated));
                                key = generated;
                            }
                            default -> throw new IllegalStateException();
                        }
                        if (end == r) {
                            break;
                        }
                    }
                    bind(row, key);
                    insert.addBatch();
                }
                int[] counts = insert.executeBatch();
                int c = 0;
                for (int r = 0; r < end; r++) {
                    if (skipped[r]) {
                        continue;
                    }
                    if (counts[c++] > 0) {
                        rowsWritten++;
                        written.set(r);
                    } else if (duplicate(rows.get(r), issues)) {
                        written.set(r);
                    }
                }
                if (end < rows.size()) {
                    throw KeyPolicy.emptyKeyFailure(dbLibTable, rows.get(end).record().rowNumber(), plan.keyColumn());
                }
                uncommitted += rows.size();
                if (uncommitted >= ROWS_PER_TRANSACTION) {
                    connection.commit();
                    uncommitted = 0;
                }
                return written;
            } catch (SQLException e) {
                throw failure("writing table '" + dbLibTable + "'", e);
            }
        }

        /** Applies the duplicate-key policy to {@code row}; true if it was written after all (renamed). */
        private boolean duplicate(MappedRow row, Consumer<PartIssue> issues) throws SQLException {
            duplicateKeys++;
            long rowNumber = row.record().rowNumber();
            String key = row.record().get(keyIndex);
            if (KeyPolicy.isEmpty(key)) { // a generated key that a source row already had
                key = KeyPolicy.generatedKey(plan.altiumTable(), rowNumber);
            }
            switch (keys.duplicates()) {
                case FAIL -> throw KeyPolicy.duplicateKeyFailure(dbLibTable, rowNumber, key, plan.keyColumn());
                case KEEP_FIRST -> {
                    issues.accept(KeyPolicy.keptFirst(dbLibTable, rowNumber, key));
                    return false;
                }
                case RENAME -> {
                    for (int n = 2; n < MAX_RENAMES; n++) {
                        String renamed = KeyPolicy.renamedKey(key, n);
                        bind(row, renamed);
                        if (insert.executeUpdate() > 0) {
                            rowsWritten++;
                            issues.accept(KeyPolicy.renamedDuplicate(dbLibTable, rowNumber, key, renamed));
                            return true;
                        }
                    }
                    throw MigrationException.badInput("Table '" + dbLibTable + "': key '" + key + "' repeats more than "
                            + MAX_RENAMES + " times.");
                }
                default -> throw new IllegalStateException();
            }
        }

        private void bind(MappedRow row, String key) throws SQLException {
            for (int i = 0; i < width; i++) {
                insert.setString(i + 1, i == keyIndex ? key : row.record().get(i));
            }
            insert.setString(width + 1, row.decision().symbol().map(Object::toString).orElse(null));
            String footprints = row.decision().footprintsColumnValue();
            insert.setString(width + 2, footprints.isEmpty() ? null : footprints);
        }

        public long rowsWritten() {
            return rowsWritten;
        }

        public long duplicateKeys() {
            return duplicateKeys;
        }

        public long emptyKeys() {
            return emptyKeys;
        }
    }
}
