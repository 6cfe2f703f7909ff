package io.github.altium2kicad.readers.excel;

import io.github.altium2kicad.readers.TextValue;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.function.DoubleFunction;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * The text of a worksheet cell, as a person reads it in Excel:
 * <ul>
 *   <li>text cells as written ({@code 0603} stays {@code 0603});</li>
 *   <li>numbers with a number format as Excel displays them ({@code 603} formatted {@code 0000} is {@code 0603},
 *       {@code 1.5} formatted {@code 0.00} is {@code 1.50});</li>
 *   <li>numbers in the General format with up to 15 significant digits, as Excel keeps them, in plain notation and
 *       without {@code .0} for whole numbers ({@code 603}, {@code 0.3}, {@code 12345678901234});</li>
 *   <li>date and time formats ISO-8601 ({@code 2024-01-05}, {@code 2024-01-05T10:30:00}, {@code 10:30:00});</li>
 *   <li>{@code TRUE}/{@code FALSE} as {@code True}/{@code False}, like every reader;</li>
 *   <li>formulas by their cached result, formatted the same way; error values ({@code #N/A}) and blank cells as
 *       {@code null}.</li>
 * </ul>
 */
final class ExcelCellText {

    private static final MathContext EXCEL_PRECISION = new MathContext(15, RoundingMode.HALF_EVEN);

    private final DataFormatter formatter = new DataFormatter(Locale.US);

    /** The text of {@code cell}; {@code null} for a missing, blank or error cell. */
    String of(Cell cell) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            type = cell.getCachedFormulaResultType();
        }
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> number(cell);
            case BOOLEAN -> TextValue.of(cell.getBooleanCellValue());
            default -> null; // BLANK, ERROR
        };
    }

    private String number(Cell cell) {
        CellStyle style = cell.getCellStyle();
        return number(cell.getNumericCellValue(), style == null ? 0 : style.getDataFormat(),
                style == null ? null : style.getDataFormatString(), v -> cell.getLocalDateTimeCellValue());
    }

    /**
     * The text of a number cell.
     *
     * @param value       the cell's number
     * @param formatIndex the index of its number format (0 is General)
     * @param format      the format string, null for General
     * @param toDate      the date and time {@code value} stands for (Excel's 1900 or 1904 date system)
     */
    String number(double value, int formatIndex, String format, DoubleFunction<LocalDateTime> toDate) {
        if (format == null || formatIndex == 0 || format.equalsIgnoreCase("General")) {
            return general(value);
        }
        if (DateUtil.isADateFormat(formatIndex, format) && DateUtil.isValidExcelDate(value)) {
            LocalDateTime dateTime = toDate.apply(value);
            return value < 1 && value >= 0 && !hasDateParts(format)
                    ? TextValue.of(dateTime.toLocalTime()) : TextValue.of(dateTime);
        }
        return formatter.formatRawCellContents(value, formatIndex, format);
    }

    private static boolean hasDateParts(String format) {
        String f = format.toLowerCase(Locale.ROOT).replaceAll("\"[^\"]*\"|\\[[^]]*]", "");
        return f.contains("y") || f.contains("d") || (f.contains("m") && !f.contains("h") && !f.contains("s"));
    }

    /** Excel's General format without its exponent notation: 15 significant digits, plain. */
    static String general(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return TextValue.of(value);
        }
        BigDecimal rounded = new BigDecimal(value).round(EXCEL_PRECISION).stripTrailingZeros();
        return rounded.signum() == 0 ? "0" : rounded.toPlainString();
    }
}
