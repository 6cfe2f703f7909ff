package io.github.altium2kicad.readers.access;

import com.healthmarketscience.jackcess.Column;
import com.healthmarketscience.jackcess.Cursor;
import com.healthmarketscience.jackcess.CursorBuilder;
import com.healthmarketscience.jackcess.Database;
import com.healthmarketscience.jackcess.DatabaseBuilder;
import com.healthmarketscience.jackcess.DateTimeType;
import com.healthmarketscience.jackcess.Row;
import com.healthmarketscience.jackcess.Table;
import com.healthmarketscience.jackcess.query.Query;
import io.github.altium2kicad.api.MigrationException;
import io.github.altium2kicad.api.dblib.TableDescriptor;
import io.github.altium2kicad.api.source.ComponentRecord;
import io.github.altium2kicad.api.source.RecordCursor;
import io.github.altium2kicad.api.source.SourceReader;
import io.github.altium2kicad.api.source.TableSchema;
import io.github.altium2kicad.readers.TableCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Streams the tables of a Microsoft Access database ({@code .mdb}, {@code .accdb}) with Jackcess, read-only,
 * without Access or an ODBC driver. Rows come in the table's natural (storage) order, the order Access shows
 * a table without a sort; values become text as {@link AccessValueText} says. Table names compare
 * case-insensitively, as in Access.
 */
public final class AccessSourceReader implements SourceReader {

    private static final Logger LOG = LoggerFactory.getLogger(AccessSourceReader.class);

    private final Path file;
    private final Database database;

    private AccessSourceReader(Path file, Database database) {
        this.file = file;
        this.database = database;
    }

    /**
     * Opens {@code file} read-only.
     *
     * @throws MigrationException (bad input) if the file is missing, damaged, encrypted or not an Access database
     */
    public static AccessSourceReader open(Path file) {
        if (!Files.isRegularFile(file)) {
            throw MigrationException.badInput("Access database " + file + " does not exist or is not a file.");
        }
        warnIfLocked(file);
        try {
            Database database = new DatabaseBuilder(file).setReadOnly(true).setAutoSync(false).open();
            database.setDateTimeType(DateTimeType.LOCAL_DATE_TIME);
            return new AccessSourceReader(file, database);
        } catch (UnsupportedOperationException e) {
            throw MigrationException.badInput("Access database " + file + " is encrypted with a database password, which "
                    + "this tool cannot read. Open it in Access, remove the password (File > Info > Decrypt Database) "
                    + "and save a copy, or pass a copy with --database <path> (config key: database).", e);
        } catch (IOException | RuntimeException e) {
            throw MigrationException.badInput("Cannot open " + file + " as an Access database (" + e.getMessage()
                    + "): the file is damaged or not an .mdb/.accdb file. Open it in Access and run Compact and Repair, "
                    + "or check that the DbLib points at the right file.", e);
        }
    }

    /** Access keeps a lock file next to a database that is open; reading works, but unsaved edits are missing. */
    private static void warnIfLocked(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        for (String lock : List.of(base + ".ldb", base + ".laccdb")) {
            if (Files.exists(file.resolveSibling(lock))) {
                LOG.warn("{} is open in Access right now (lock file {} exists): rows being edited there are read as they "
                        + "were last saved.", file, lock);
            }
        }
    }

    @Override
    public TableSchema schema(TableDescriptor descriptor) {
        Table table = table(descriptor.tableName());
        List<String> columns = new ArrayList<>();
        for (Column column : table.getColumns()) {
            columns.add(column.getName());
        }
        if (columns.isEmpty()) {
            throw MigrationException.badInput("Table '" + table.getName() + "' in Access database " + file + " has no columns.");
        }
        return new TableSchema(table.getName(), columns);
    }

    private Table table(String wanted) {
        TableCatalog catalog;
        try {
            catalog = new TableCatalog("Access database " + file, "table", new ArrayList<>(database.getTableNames()));
        } catch (IOException | RuntimeException e) {
            throw failure("listing the tables", e);
        }
        String name = catalog.find(wanted).orElseThrow(() -> catalog.notFound(wanted, queryHint(wanted)));
        try {
            Table table = database.getTable(name);
            if (table == null) {
                throw catalog.notFound(wanted, "");
            }
            return table;
        } catch (IOException | RuntimeException e) {
            if (e instanceof MigrationException m) {
                throw m;
            }
            throw MigrationException.badInput("Cannot open table '" + name + "' of Access database " + file + " ("
                    + e.getMessage() + "). If it is a linked table, the database it links to must be readable too; "
                    + "otherwise run Compact and Repair in Access.", e);
        }
    }

    private String queryHint(String wanted) {
        try {
            for (Query query : database.getQueries()) {
                if (query.getName().equalsIgnoreCase(wanted)) {
                    return "'" + query.getName() + "' is a saved query, which this tool cannot run: export its result "
                            + "to a table (Access: Make Table query) and name that table in the DbLib.";
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("Cannot list the queries of {}: {}", file, e.toString());
        }
        return "";
    }

    @Override
    public OptionalLong rowCount(TableSchema schema) {
        return OptionalLong.of(table(schema.tableName()).getRowCount());
    }

    @Override
    public RecordCursor open(TableSchema schema) {
        Table table = table(schema.tableName());
        try {
            return new TableCursor(schema, CursorBuilder.createCursor(table));
        } catch (IOException | RuntimeException e) {
            throw failure("opening table '" + schema.tableName() + "'", e);
        }
    }

    private MigrationException failure(String what, Exception e) {
        return MigrationException.failure("Access error while " + what + " in " + file + ": " + e.getMessage(), e);
    }

    @Override
    public void close() {
        try {
            database.close();
        } catch (IOException e) {
            throw failure("closing the database", e);
        }
    }

    /** A table scan: Jackcess reads one data page at a time. */
    private final class TableCursor implements RecordCursor {
        private final TableSchema schema;
        private final Cursor cursor;
        private long rowNumber;

        TableCursor(TableSchema schema, Cursor cursor) {
            this.schema = schema;
            this.cursor = cursor;
        }

        @Override
        public ComponentRecord next() {
            Row row;
            try {
                row = cursor.getNextRow(schema.columns());
            } catch (IOException | RuntimeException e) {
                throw failure("reading row " + (rowNumber + 1) + " of table '" + schema.tableName() + "'", e);
            }
            if (row == null) {
                return null;
            }
            rowNumber++;
            List<String> columns = schema.columns();
            String[] values = new String[columns.size()];
            for (int i = 0; i < values.length; i++) {
                try {
                    values[i] = AccessValueText.of(row.get(columns.get(i)));
                } catch (IOException | RuntimeException e) {
                    throw failure("reading column '" + columns.get(i) + "' of row " + rowNumber + " of table '"
                            + schema.tableName() + "'", e);
                }
            }
            return new ComponentRecord(schema, rowNumber, values);
        }

        @Override
        public void close() {
            // a Jackcess cursor holds no resources of its own; the database is closed with the reader
        }
    }

    @Override
    public String toString() {
        return "Access database " + file;
    }
}
