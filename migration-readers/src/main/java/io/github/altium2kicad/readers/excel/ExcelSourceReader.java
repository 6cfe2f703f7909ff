package io.github.altium2kicad.readers.excel;

import io.github.altium2kicad.api.MigrationException;
import io.github.altium2kicad.api.dblib.TableDescriptor;
import io.github.altium2kicad.api.source.ComponentRecord;
import io.github.altium2kicad.api.source.RecordCursor;
import io.github.altium2kicad.api.source.SourceReader;
import io.github.altium2kicad.api.source.TableSchema;
import io.github.altium2kicad.readers.TableCatalog;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Streams the worksheets of an Excel workbook the way Altium sees them through the ACE OLE DB provider: a sheet
 * is a table ({@code Sheet$}); with {@code HDR=Yes} (the default) row 1 holds the column names, with
 * {@code HDR=No} the columns are {@code F1}, {@code F2}, …. Cells become text as {@link ExcelCellText} says.
 * Rows with no value in any column are not parts and are skipped (blank rows at the end of a sheet are common).
 * The file's content decides its format: an OOXML package ({@code .xlsx}, {@code .xlsm}) is streamed by
 * {@link XlsxWorkbook}, an OLE2 file is a legacy {@code .xls} streamed record by record by {@link XlsWorkbook},
 * unless it holds an encrypted (password-protected) OOXML package.
 */
public final class ExcelSourceReader implements SourceReader {

    private static final Logger LOG = LoggerFactory.getLogger(ExcelSourceReader.class);

    private final Path file;
    private final boolean header;
    private final Workbook workbook;
    private final Map<String, Integer> headerRows = new HashMap<>();

    private ExcelSourceReader(Path file, boolean header, Workbook workbook) {
        this.file = file;
        this.header = header;
        this.workbook = workbook;
    }

    /**
     * Opens {@code file}.
     *
     * @param header true if row 1 of every sheet holds the column names ({@code HDR=Yes})
     * @throws MigrationException (bad input) if the file is missing, damaged, password-protected or not a workbook
     */
    public static ExcelSourceReader open(Path file, boolean header) {
        if (!Files.isRegularFile(file)) {
            throw MigrationException.badInput("Excel workbook " + file + " does not exist or is not a file.");
        }
        FileMagic magic;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            magic = FileMagic.valueOf(in);
        } catch (IOException e) {
            throw MigrationException.badInput("Cannot read Excel workbook " + file + ": " + e.getMessage(), e);
        }
        Workbook workbook = switch (magic) {
            case OOXML -> XlsxWorkbook.open(file);
            case OLE2 -> ole2(file);
            default -> throw MigrationException.badInput("Cannot open " + file + " as an Excel workbook: it is neither an "
                    + ".xlsx nor an .xls file (found " + magic + "). Check that the DbLib points at the right file, or "
                    + "save the workbook as .xlsx.");
        };
        return new ExcelSourceReader(file, header, workbook);
    }

    private static Workbook ole2(Path file) {
        POIFSFileSystem fs;
        try {
            fs = new POIFSFileSystem(file.toFile(), true);
        } catch (IOException | RuntimeException e) {
            throw MigrationException.badInput("Cannot open " + file + " as an Excel workbook (" + e.getMessage()
                    + "): the file is damaged.", e);
        }
        if (fs.getRoot().hasEntry("EncryptionInfo")) {
            try {
                fs.close();
            } catch (IOException ignored) {
                // reporting the real problem below
            }
            throw passwordProtected(file, null);
        }
        return XlsWorkbook.open(file, fs);
    }

    static MigrationException passwordProtected(Path file, Exception cause) {
        return MigrationException.badInput("Excel workbook " + file + " is password-protected (encrypted), and the ACE "
                + "provider Altium uses cannot read such workbooks either. Open it in Excel, remove the password (File > "
                + "Info > Protect Workbook > Encrypt with Password, clear it) and save, then run the migration again.", cause);
    }

    private String describe() {
        return "Excel workbook " + file;
    }

    @Override
    public TableSchema schema(TableDescriptor table) {
        String sheet = sheet(table.tableName());
        List<String> columns = header ? headerRow(table.tableName(), sheet) : numberedColumns(sheet);
        return new TableSchema(sheet, columns);
    }

    /** True if the workbook has the sheet, whether or not it has a header row. */
    @Override
    public boolean hasTable(TableDescriptor table) {
        return new TableCatalog(describe(), "sheet", workbook.sheetNames()).find(SheetName.of(table.tableName())).isPresent();
    }

    private String sheet(String tableName) {
        TableCatalog catalog = new TableCatalog(describe(), "sheet", workbook.sheetNames());
        return catalog.find(SheetName.of(tableName)).orElseThrow(() -> catalog.notFound(tableName,
                "Through Excel a table is a sheet name followed by $, e.g. "
                        + SheetName.asTable(workbook.sheetNames().isEmpty() ? "Sheet1" : workbook.sheetNames().get(0)) + "."));
    }

    private List<String> headerRow(String tableName, String sheet) {
        try (Workbook.SheetRows rows = workbook.rows(sheet)) {
            Workbook.SheetRow first = rows.hasNext() ? rows.next() : null;
            List<String> names = new ArrayList<>();
            if (first != null && first.index() == 0) {
                int last = -1;
                for (int i = 0; i < first.cells().size(); i++) {
                    String text = first.cells().get(i);
                    if (text != null && !text.isBlank()) {
                        last = i;
                    }
                }
                for (int i = 0; i <= last; i++) {
                    String text = first.cells().get(i);
                    names.add(text == null || text.isBlank() ? "F" + (i + 1) : text.strip());
                }
            }
            if (names.isEmpty()) {
                throw MigrationException.badInput("Sheet '" + sheet + "' (table '" + tableName + "') of " + describe()
                        + " has no header row: row 1 is empty. With HDR=Yes (the connection string's Extended Properties) "
                        + "row 1 must hold the column names: put them there, or set HDR=No to read columns F1, F2, ….");
            }
            Map<String, Integer> seen = new HashMap<>();
            for (int i = 0; i < names.size(); i++) {
                Integer before = seen.putIfAbsent(names.get(i).toLowerCase(Locale.ROOT), i);
                if (before != null) {
                    throw MigrationException.badInput("Sheet '" + sheet + "' of " + describe() + " has the column name '"
                            + names.get(i) + "' twice in row 1 (columns " + column(before) + " and " + column(i)
                            + "). Give every column its own name.");
                }
            }
            headerRows.put(sheet, first.index());
            return names;
        }
    }

    private List<String> numberedColumns(String sheet) {
        int width = 0;
        try (Workbook.SheetRows rows = workbook.rows(sheet)) {
            while (rows.hasNext()) {
                width = Math.max(width, rows.next().cells().size());
            }
        }
        if (width <= 0) {
            throw MigrationException.badInput("Sheet '" + sheet + "' of " + describe() + " is empty.");
        }
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= width; i++) {
            names.add("F" + i);
        }
        return names;
    }

    /** {@code 0} → {@code A}, {@code 27} → {@code AB}. */
    static String column(int index) {
        StringBuilder s = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            s.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return s.toString();
    }

    @Override
    public OptionalLong rowCount(TableSchema table) {
        return OptionalLong.empty(); // a streamed sheet does not know its length before it is read
    }

    @Override
    public RecordCursor open(TableSchema table) {
        return new SheetCursor(table, workbook.rows(table.tableName()), header ? headerRows.getOrDefault(table.tableName(), 0) : -1);
    }

    @Override
    public void close() {
        workbook.close();
    }

    @Override
    public String toString() {
        return describe();
    }

    /** The data rows of one sheet: after the header row, blank rows skipped. */
    private final class SheetCursor implements RecordCursor {
        private final TableSchema table;
        private final Workbook.SheetRows rows;
        private final int headerRow;
        private long rowNumber;
        private boolean warnedWide;

        SheetCursor(TableSchema table, Workbook.SheetRows rows, int headerRow) {
            this.table = table;
            this.rows = rows;
            this.headerRow = headerRow;
        }

        @Override
        public ComponentRecord next() {
            int width = table.columns().size();
            while (true) {
                Workbook.SheetRow row;
                try {
                    if (!rows.hasNext()) {
                        return null;
                    }
                    row = rows.next();
                } catch (MigrationException e) {
                    throw e;
                } catch (RuntimeException e) {
                    throw MigrationException.failure("Excel error while reading the row after data row " + rowNumber
                            + " of sheet '" + table.tableName() + "' in " + describe() + ": " + e.getMessage(), e);
                }
                if (row.index() <= headerRow) {
                    continue;
                }
                String[] values = new String[width];
                boolean blank = true;
                for (int c = 0; c < row.cells().size(); c++) {
                    String text = row.cells().get(c);
                    if (c >= width) {
                        if (text != null && !text.isBlank() && !warnedWide) {
                            warnedWide = true;
                            LOG.warn("Sheet '{}' of {} has values right of its last named column (first in cell {}{}); "
                                    + "they are not read: give the column a name in row 1 to migrate it.",
                                    table.tableName(), file, column(c), row.index() + 1);
                        }
                        continue;
                    }
                    values[c] = text;
                    blank &= text == null || text.isBlank();
                }
                if (!blank) {
                    rowNumber++;
                    return new ComponentRecord(table, rowNumber, values);
                }
            }
        }

        @Override
        public void close() {
            rows.close();
        }
    }
}
