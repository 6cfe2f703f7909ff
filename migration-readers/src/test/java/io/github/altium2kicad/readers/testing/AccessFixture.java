package io.github.altium2kicad.readers.testing;

import com.healthmarketscience.jackcess.ColumnBuilder;
import com.healthmarketscience.jackcess.DataType;
import com.healthmarketscience.jackcess.Database;
import com.healthmarketscience.jackcess.DatabaseBuilder;
import com.healthmarketscience.jackcess.DateTimeType;
import com.healthmarketscience.jackcess.Table;
import com.healthmarketscience.jackcess.TableBuilder;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** Writes the fixture into a real Access database with Jackcess (.mdb 2000/2003 or .accdb 2007/2010). */
public final class AccessFixture {

    private AccessFixture() {
    }

    public static void write(Path file, Database.FileFormat format, List<PartsFixture.Table> tables) throws Exception {
        try (Database db = new DatabaseBuilder(file).setFileFormat(format).create()) {
            db.setDateTimeType(DateTimeType.LOCAL_DATE_TIME);
            for (PartsFixture.Table t : tables) {
                TableBuilder builder = new TableBuilder(t.name());
                for (PartsFixture.Column c : t.columns()) {
                    ColumnBuilder column = new ColumnBuilder(c.name(), switch (c.type()) {
                        case INTEGER -> DataType.LONG;
                        case TEXT -> DataType.TEXT;
                        case MEMO -> DataType.MEMO;
                        case DOUBLE -> DataType.DOUBLE;
                        case DECIMAL2 -> DataType.NUMERIC;
                        case BOOLEAN -> DataType.BOOLEAN;
                        case DATE -> DataType.SHORT_DATE_TIME;
                    });
                    if (c.type() == PartsFixture.Type.DECIMAL2) {
                        column.setPrecision(18).setScale(2);
                    }
                    builder.addColumn(column);
                }
                Table table = builder.toTable(db);
                for (PartsFixture.Cell[] row : t.rows()) {
                    Object[] values = new Object[row.length];
                    for (int i = 0; i < row.length; i++) {
                        values[i] = value(t.columns().get(i), row[i]);
                    }
                    table.addRow(values);
                }
            }
        }
    }

    private static Object value(PartsFixture.Column column, PartsFixture.Cell cell) {
        if (cell == null) {
            return null;
        }
        return switch (column.type()) {
            case TEXT, MEMO -> cell.text();
            case DATE -> ((LocalDate) cell.value()).atStartOfDay();
            default -> cell.value();
        };
    }
}
