package io.github.altium2kicad.readers.testing;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes the fixture into a real workbook: {@code .xlsx} with POI's streaming SXSSF writer, {@code .xls} with HSSF.
 * Numbers are number cells (with the fixture's format where it has one), booleans boolean cells, dates date cells
 * formatted {@code yyyy-mm-dd}, decimals numbers formatted {@code 0.00}; one sheet per table, named as given.
 */
public final class ExcelFixture {

    private ExcelFixture() {
    }

    public static void writeXlsx(Path file, List<PartsFixture.Table> tables) throws Exception {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(50)) {
            fill(workbook, tables);
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
    }

    public static void writeXls(Path file, List<PartsFixture.Table> tables) throws Exception {
        try (HSSFWorkbook workbook = new HSSFWorkbook()) {
            fill(workbook, tables);
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
    }

    private static void fill(Workbook workbook, List<PartsFixture.Table> tables) {
        Map<String, CellStyle> styles = new HashMap<>();
        for (PartsFixture.Table t : tables) {
            Sheet sheet = workbook.createSheet(t.name());
            Row header = sheet.createRow(0);
            for (int i = 0; i < t.columns().size(); i++) {
                header.createCell(i).setCellValue(t.columns().get(i).name());
            }
            int r = 1;
            for (PartsFixture.Cell[] row : t.rows()) {
                Row out = sheet.createRow(r++);
                for (int i = 0; i < row.length; i++) {
                    if (row[i] != null) {
                        set(workbook, styles, out.createCell(i), t.columns().get(i), row[i]);
                    }
                }
            }
            // blank rows at the end, as a worksheet that once held more parts has them: not parts
            for (int blank = 0; blank < 3; blank++) {
                sheet.createRow(r++).createCell(0).setCellValue("");
            }
        }
    }

    private static void set(Workbook workbook, Map<String, CellStyle> styles, Cell cell, PartsFixture.Column column,
                            PartsFixture.Cell value) {
        if (value.excelFormat() != null) {
            cell.setCellValue(((Number) value.value()).doubleValue());
            cell.setCellStyle(style(workbook, styles, value.excelFormat()));
            return;
        }
        switch (column.type()) {
            case TEXT, MEMO -> cell.setCellValue(value.text());
            case INTEGER -> cell.setCellValue(((Number) value.value()).doubleValue());
            case DOUBLE -> cell.setCellValue((Double) value.value());
            case DECIMAL2 -> {
                cell.setCellValue(((BigDecimal) value.value()).doubleValue());
                cell.setCellStyle(style(workbook, styles, "0.00"));
            }
            case BOOLEAN -> cell.setCellValue((Boolean) value.value());
            case DATE -> {
                cell.setCellValue((LocalDate) value.value());
                cell.setCellStyle(style(workbook, styles, "yyyy-mm-dd"));
            }
        }
    }

    private static CellStyle style(Workbook workbook, Map<String, CellStyle> styles, String format) {
        return styles.computeIfAbsent(format, f -> {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(f));
            return style;
        });
    }
}
