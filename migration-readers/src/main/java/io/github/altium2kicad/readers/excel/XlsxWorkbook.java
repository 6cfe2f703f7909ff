package io.github.altium2kicad.readers.excel;

import com.github.pjfanning.xlsx.StreamingReader;
import io.github.altium2kicad.api.MigrationException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * An {@code .xlsx}/{@code .xlsm} workbook read with a streaming parser: every pass over a sheet opens the file
 * anew and holds only a small window of rows (plus the shared strings table) in memory.
 */
final class XlsxWorkbook implements Workbook {

    private static final int ROW_CACHE = 100;
    private static final int BUFFER = 8192;

    private final Path file;
    private final List<String> sheetNames;
    private final ExcelCellText text = new ExcelCellText();

    private XlsxWorkbook(Path file, List<String> sheetNames) {
        this.file = file;
        this.sheetNames = List.copyOf(sheetNames);
    }

    static XlsxWorkbook open(Path file) {
        try (org.apache.poi.ss.usermodel.Workbook workbook = streaming(file)) {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                names.add(workbook.getSheetName(i));
            }
            return new XlsxWorkbook(file, names);
        } catch (IOException | RuntimeException e) {
            throw MigrationException.badInput("Cannot open " + file + " as an Excel workbook (" + e.getMessage()
                    + "): the file is damaged or not an .xlsx/.xlsm workbook (.xlsb is not supported: save it as .xlsx).", e);
        }
    }

    private static org.apache.poi.ss.usermodel.Workbook streaming(Path file) {
        return StreamingReader.builder().rowCacheSize(ROW_CACHE).bufferSize(BUFFER).setReadStyles(true)
                .setReadComments(false).setReadHyperlinks(false).setReadShapes(false).setReadCoreProperties(false)
                .open(file.toFile());
    }

    @Override
    public List<String> sheetNames() {
        return sheetNames;
    }

    @Override
    public SheetRows rows(String sheetName) {
        org.apache.poi.ss.usermodel.Workbook workbook = streaming(file);
        Sheet sheet = workbook.getSheet(sheetName);
        Iterator<Row> rows = sheet.rowIterator();
        return new SheetRows() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public SheetRow next() {
                Row row = rows.next();
                List<String> cells = new ArrayList<>(Math.max(0, row.getLastCellNum()));
                for (Cell cell : row) {
                    while (cells.size() < cell.getColumnIndex()) {
                        cells.add(null);
                    }
                    cells.add(text.of(cell));
                }
                return new SheetRow(row.getRowNum(), cells);
            }

            @Override
            public void close() {
                try {
                    workbook.close();
                } catch (IOException e) {
                    throw MigrationException.failure("Cannot close Excel workbook " + file + ": " + e.getMessage(), e);
                }
            }
        };
    }

    @Override
    public void close() {
        // every pass opens and closes the file itself
    }
}
