package io.github.altium2kicad.readers.excel;

import java.util.Iterator;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;

/** A workbook file, opened one way or another: its sheet names, and the rows of a sheet in order. */
interface Workbook extends AutoCloseable {

    /** The sheet names, in workbook order. */
    List<String> sheetNames();

    /** The rows of {@code sheet} (an exact name from {@link #sheetNames()}), top to bottom, missing rows skipped. */
    SheetRows rows(String sheet);

    @Override
    void close();

    /** An open pass over the rows of one sheet. */
    interface SheetRows extends Iterator<Row>, AutoCloseable {
        @Override
        void close();
    }
}
