package io.github.altium2kicad.readers.excel;

import io.github.altium2kicad.api.MigrationException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;

/**
 * A legacy {@code .xls} (BIFF8) workbook, read with Apache POI HSSF. HSSF holds the workbook's cells in memory;
 * the format caps a sheet at 65,536 rows and 256 columns, which bounds that.
 */
final class XlsWorkbook implements Workbook {

    private final HSSFWorkbook workbook;

    private XlsWorkbook(HSSFWorkbook workbook) {
        this.workbook = workbook;
    }

    /** Opens the workbook in {@code fs}, which this takes over. */
    static XlsWorkbook open(Path file, POIFSFileSystem fs) {
        try {
            return new XlsWorkbook(new HSSFWorkbook(fs.getRoot(), false));
        } catch (org.apache.poi.EncryptedDocumentException e) {
            close(fs);
            throw ExcelSourceReader.passwordProtected(file, e);
        } catch (IOException | RuntimeException e) {
            close(fs);
            throw MigrationException.badInput("Cannot open " + file + " as an Excel 97-2003 workbook (" + e.getMessage()
                    + "): the file is damaged. Open it in Excel and save it again, or save it as .xlsx.", e);
        }
    }

    private static void close(POIFSFileSystem fs) {
        try {
            fs.close();
        } catch (IOException ignored) {
            // already failing
        }
    }

    @Override
    public List<String> sheetNames() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            names.add(workbook.getSheetName(i));
        }
        return names;
    }

    @Override
    public SheetRows rows(String sheet) {
        Iterator<Row> rows = workbook.getSheet(sheet).rowIterator();
        return new SheetRows() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public Row next() {
                return rows.next();
            }

            @Override
            public void close() {
                // the workbook stays open for the next pass
            }
        };
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            throw MigrationException.failure("Cannot close an Excel workbook: " + e.getMessage(), e);
        }
    }
}
