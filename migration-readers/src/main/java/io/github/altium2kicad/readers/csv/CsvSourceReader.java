package io.github.altium2kicad.readers.csv;

import io.github.altium2kicad.api.MigrationException;
import io.github.altium2kicad.api.dblib.TableDescriptor;
import io.github.altium2kicad.api.source.ComponentRecord;
import io.github.altium2kicad.api.source.RecordCursor;
import io.github.altium2kicad.api.source.SourceReader;
import io.github.altium2kicad.api.source.TableSchema;
import io.github.altium2kicad.readers.TableCatalog;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams CSV files as tables, RFC 4180 style: fields quoted with {@code "} may hold separators and line breaks,
 * and a doubled {@code ""} inside quotes is one quote. A folder is a database with one table per
 * {@code .csv}/{@code .txt}/{@code .tab}/{@code .asc} file; the DbLib may name a table {@code Resistors},
 * {@code Resistors.csv} or {@code Resistors#csv} (the text driver's spelling), compared case-insensitively. A single
 * file is a database with one table. Empty fields read as NULL, as the text drivers do; records with no value are
 * skipped; a record shorter than the header gets NULLs for the missing fields.
 */
public final class CsvSourceReader implements SourceReader {

    private static final Set<String> EXTENSIONS = Set.of("csv", "txt", "tab", "asc");

    private final Path location;
    private final List<Path> files;
    private final CsvSettings settings;
    private final SchemaIni schemaIni;
    private final boolean singleTableLibrary;
    private final Map<String, Table> tables = new HashMap<>();

    /** One resolved table: its file and how to read it. */
    private record Table(Path file, CsvSettings settings, CsvCharset charset) {
    }

    private CsvSourceReader(Path location, List<Path> files, CsvSettings settings, SchemaIni schemaIni,
                            boolean singleTableLibrary) {
        this.location = location;
        this.files = List.copyOf(files);
        this.settings = settings;
        this.schemaIni = schemaIni;
        this.singleTableLibrary = singleTableLibrary;
    }

    /**
     * Opens a folder of CSV files or a single file.
     *
     * @param enabledTables how many tables the DbLib migrates; a single file serves any one table name
     * @throws MigrationException (bad input) if the location does not exist
     */
    public static CsvSourceReader open(Path location, CsvSettings settings, int enabledTables) {
        try {
            if (Files.isDirectory(location)) {
                List<Path> files;
                try (Stream<Path> list = Files.list(location)) {
                    files = list.filter(Files::isRegularFile).filter(f -> EXTENSIONS.contains(extension(f))).sorted().toList();
                }
                return new CsvSourceReader(location, files, settings, SchemaIni.in(location), false);
            }
            if (Files.isRegularFile(location)) {
                Path folder = location.toAbsolutePath().getParent();
                return new CsvSourceReader(location, List.of(location), settings, SchemaIni.in(folder), enabledTables == 1);
            }
        } catch (IOException e) {
            throw MigrationException.badInput("Cannot read the CSV files in " + location + ": " + e.getMessage(), e);
        }
        throw MigrationException.badInput("CSV location " + location + " does not exist: give the folder that holds the "
                + "CSV files (one per table) or a single .csv file.");
    }

    private String describe() {
        return Files.isDirectory(location) ? "CSV folder " + location : "CSV file " + location;
    }

    @Override
    public TableSchema schema(TableDescriptor descriptor) {
        String wanted = descriptor.tableName().strip();
        Path file = fileOf(wanted);
        String name = file.getFileName().toString();
        CsvSettings own = settings.with(schemaIni.sectionFor(name), SchemaIni.FILE_NAME + " [" + name + "]");
        CsvCharset charset;
        try {
            charset = CsvCharset.of(file, own.charset());
        } catch (IOException e) {
            throw MigrationException.badInput("Cannot read CSV file " + file + ": " + e.getMessage(), e);
        }
        Table table = new Table(file, own, charset);
        List<String> columns = columns(name, table);
        tables.put(name, table);
        return new TableSchema(name, columns);
    }

    private Path fileOf(String wanted) {
        String w = wanted;
        if (w.length() >= 2 && (w.startsWith("[") && w.endsWith("]") || w.startsWith("`") && w.endsWith("`")
                || w.startsWith("\"") && w.endsWith("\""))) {
            w = w.substring(1, w.length() - 1);
        }
        int hash = w.lastIndexOf('#');
        if (hash > 0 && EXTENSIONS.contains(w.substring(hash + 1).toLowerCase(Locale.ROOT))) {
            w = w.substring(0, hash) + "." + w.substring(hash + 1);
        }
        String fileName = w;
        String lower = w.toLowerCase(Locale.ROOT);
        boolean withExtension = EXTENSIONS.stream().anyMatch(e -> lower.endsWith("." + e));
        List<String> names = files.stream().map(f -> f.getFileName().toString()).toList();
        TableCatalog catalog = new TableCatalog(describe(), "CSV file", names);
        Optional<String> found = catalog.find(fileName);
        if (found.isEmpty() && !withExtension) {
            found = names.stream().filter(n -> baseName(n).equalsIgnoreCase(fileName)).findFirst();
        }
        if (found.isEmpty() && singleTableLibrary) {
            found = Optional.of(names.get(0));
        }
        String name = found.orElseThrow(() -> catalog.notFound(wanted, "A table is a file name with or without its "
                + "extension, e.g. " + (names.isEmpty() ? "Resistors.csv" : names.get(0)) + "."));
        return files.get(names.indexOf(name));
    }

    private List<String> columns(String name, Table table) {
        CsvSettings s = table.settings();
        if (s.header()) {
            try (Records records = new Records(table)) {
                CSVRecord first = records.next();
                if (first == null || isBlank(first)) {
                    throw MigrationException.badInput("CSV file " + table.file() + " has no header record: its first line is "
                            + "empty. Put the column names on the first line, or set ColNameHeader=False in schema.ini "
                            + "(HDR=No) to read columns F1, F2, ….");
                }
                List<String> names = new ArrayList<>();
                int last = -1;
                for (int i = 0; i < first.size(); i++) {
                    if (!first.get(i).isBlank()) {
                        last = i;
                    }
                }
                Map<String, Integer> seen = new HashMap<>();
                for (int i = 0; i <= last; i++) {
                    String n = first.get(i).strip();
                    n = n.isEmpty() ? "F" + (i + 1) : n;
                    Integer before = seen.putIfAbsent(n.toLowerCase(Locale.ROOT), i);
                    if (before != null) {
                        throw MigrationException.badInput("CSV file " + table.file() + " has the column name '" + n
                                + "' twice in its header (fields " + (before + 1) + " and " + (i + 1)
                                + "). Give every column its own name.");
                    }
                    names.add(n);
                }
                return names;
            }
        }
        int width = s.columnNames().size();
        try (Records records = new Records(table)) {
            for (CSVRecord r = records.next(); r != null; r = records.next()) {
                width = Math.max(width, lastNonBlank(r) + 1);
            }
        }
        if (width == 0) {
            throw MigrationException.badInput("CSV file " + table.file() + " is empty.");
        }
        List<String> names = new ArrayList<>(s.columnNames());
        for (int i = names.size(); i < width; i++) {
            names.add("F" + (i + 1));
        }
        return names;
    }

    @Override
    public OptionalLong rowCount(TableSchema table) {
        return OptionalLong.empty(); // records may span lines: only a full read can tell
    }

    @Override
    public RecordCursor open(TableSchema schema) {
        Table table = tables.get(schema.tableName());
        if (table == null) {
            throw new IllegalStateException("schema() was not called for " + schema.tableName());
        }
        return new Cursor(schema, table);
    }

    @Override
    public void close() {
        // every cursor closes its own file
    }

    @Override
    public String toString() {
        return describe();
    }

    private static boolean isBlank(CSVRecord record) {
        return lastNonBlank(record) < 0;
    }

    private static int lastNonBlank(CSVRecord record) {
        for (int i = record.size() - 1; i >= 0; i--) {
            if (!record.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }

    private static String baseName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    /** A pass over the records of one file, with errors that name the file and line. */
    private static final class Records implements AutoCloseable {
        private final Table table;
        private final CSVParser parser;
        private final Iterator<CSVRecord> iterator;

        Records(Table table) {
            this.table = table;
            CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(table.settings().delimiter())
                    .setIgnoreEmptyLines(true).get();
            try {
                Reader reader = table.charset().open(table.file());
                this.parser = CSVParser.builder().setReader(reader).setFormat(format).get();
            } catch (IOException | UncheckedIOException e) {
                throw MigrationException.badInput("Cannot read CSV file " + table.file() + ": " + e.getMessage(), e);
            }
            this.iterator = parser.iterator();
        }

        /** The next record, or null at the end. */
        CSVRecord next() {
            try {
                return iterator.hasNext() ? iterator.next() : null;
            } catch (UncheckedIOException | IllegalStateException e) {
                String why = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
                throw MigrationException.badInput("CSV file " + table.file() + " is malformed near line "
                        + parser.getCurrentLineNumber() + " (" + why + "). A field that holds the separator, a quote or a "
                        + "line break must be enclosed in double quotes, with each quote inside doubled (\"\").", e);
            }
        }

        long line() {
            return parser.getCurrentLineNumber();
        }

        @Override
        public void close() {
            try {
                parser.close();
            } catch (IOException e) {
                throw MigrationException.failure("Cannot close CSV file " + table.file() + ": " + e.getMessage(), e);
            }
        }
    }

    private final class Cursor implements RecordCursor {
        private final TableSchema schema;
        private final Table table;
        private final Records records;
        private boolean headerSkipped;
        private long rowNumber;

        Cursor(TableSchema schema, Table table) {
            this.schema = schema;
            this.table = table;
            this.records = new Records(table);
            this.headerSkipped = !table.settings().header();
        }

        @Override
        public ComponentRecord next() {
            int width = schema.columns().size();
            for (CSVRecord r = records.next(); r != null; r = records.next()) {
                if (!headerSkipped) {
                    headerSkipped = true;
                    continue;
                }
                int last = lastNonBlank(r);
                if (last < 0) {
                    continue;
                }
                if (last >= width) {
                    throw MigrationException.badInput("CSV file " + table.file() + ", record " + r.getRecordNumber()
                            + " (ending on line " + records.line() + "), has a value in field " + (last + 1)
                            + " but the header names only " + width + " columns (" + String.join(", ", schema.columns())
                            + "). Add the missing column names, or quote values that contain the separator '"
                            + table.settings().delimiter() + "'.");
                }
                String[] values = new String[width];
                for (int i = 0; i < Math.min(width, r.size()); i++) {
                    String v = r.get(i);
                    values[i] = v.isEmpty() ? null : v;
                }
                rowNumber++;
                return new ComponentRecord(schema, rowNumber, values);
            }
            return null;
        }

        @Override
        public void close() {
            records.close();
        }
    }
}
