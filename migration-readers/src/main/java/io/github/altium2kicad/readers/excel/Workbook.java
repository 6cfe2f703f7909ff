package io.github.altium2kicad.readers.excel;

import java.util.Iterator;
import java.util.List;

/** A workbook file, opened one way or another: its sheet names, and the rows of a sheet in order, as text. */
interface Workbook extends AutoCloseable {

    /** The sheet names, in workbook order. */
    List<String> sheetNames();

    /** The rows of {@code sheet} (an exact name from {@link #sheetNames()}), top to bottom, missing rows skipped. */
    SheetRows rows(String sheet);

    @Override
    void close();

    /**
     * One row of a sheet.
     *
     * @param index the 0-based row number (row 1 in Excel is 0)
     * @param cells the text of each cell by column, as {@link ExcelCellText} gives it; {@code null} for blank
     */
    record SheetRow(int index, List<String> cells) {
    }

    /** An open pass over the rows of one sheet. */
    interface SheetRows extends Iterator<SheetRow>, AutoCloseable {
        @Override
        void close();
    }
}
