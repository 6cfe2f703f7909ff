package io.github.altium2kicad.readers.jdbc;

import io.github.altium2kicad.readers.TextValue;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;

/**
 * Reads one column of a result set as text, as {@link TextValue} defines it: text and whole numbers as the driver
 * gives them, floating point without {@code .0} artifacts, decimals plain with their scale, booleans (and
 * one-bit {@code BIT}/{@code TINYINT(1)}) as {@code True}/{@code False}, dates and times ISO-8601.
 */
final class JdbcValueText {

    private enum Kind { TEXT, BOOLEAN, FLOAT, DOUBLE, DECIMAL, DATE, TIME, TIMESTAMP, TIMESTAMP_TZ }

    private final Kind[] kinds;

    private JdbcValueText(Kind[] kinds) {
        this.kinds = kinds;
    }

    /** The conversions for the columns of {@code meta}. */
    static JdbcValueText of(ResultSetMetaData meta) throws SQLException {
        Kind[] kinds = new Kind[meta.getColumnCount()];
        for (int i = 0; i < kinds.length; i++) {
            int column = i + 1;
            kinds[i] = switch (meta.getColumnType(column)) {
                case Types.BOOLEAN -> Kind.BOOLEAN;
                case Types.BIT -> meta.getPrecision(column) <= 1 ? Kind.BOOLEAN : Kind.TEXT;
                case Types.REAL -> Kind.FLOAT;
                case Types.FLOAT, Types.DOUBLE -> Kind.DOUBLE;
                case Types.NUMERIC, Types.DECIMAL -> Kind.DECIMAL;
                case Types.DATE -> Kind.DATE;
                case Types.TIME -> Kind.TIME;
                case Types.TIMESTAMP -> Kind.TIMESTAMP;
                case Types.TIMESTAMP_WITH_TIMEZONE -> Kind.TIMESTAMP_TZ;
                default -> Kind.TEXT;
            };
        }
        return new JdbcValueText(kinds);
    }

    /** The text of column {@code index} (0-based) of the current row; {@code null} for NULL. */
    String get(ResultSet rs, int index) throws SQLException {
        int column = index + 1;
        try {
            return switch (kinds[index]) {
                case TEXT -> rs.getString(column);
                case BOOLEAN -> {
                    boolean b = rs.getBoolean(column);
                    yield rs.wasNull() ? null : TextValue.of(b);
                }
                case FLOAT -> {
                    float f = rs.getFloat(column);
                    yield rs.wasNull() ? null : TextValue.of(f);
                }
                case DOUBLE -> {
                    double d = rs.getDouble(column);
                    yield rs.wasNull() ? null : TextValue.of(d);
                }
                case DECIMAL -> {
                    BigDecimal d = rs.getBigDecimal(column);
                    yield d == null ? null : TextValue.of(d);
                }
                case DATE -> {
                    LocalDate d = rs.getObject(column, LocalDate.class);
                    yield d == null ? null : TextValue.of(d);
                }
                case TIME -> {
                    LocalTime t = rs.getObject(column, LocalTime.class);
                    yield t == null ? null : TextValue.of(t);
                }
                case TIMESTAMP -> {
                    LocalDateTime t = rs.getObject(column, LocalDateTime.class);
                    yield t == null ? null : TextValue.of(t);
                }
                case TIMESTAMP_TZ -> {
                    OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
                    yield t == null ? null : TextValue.of(t);
                }
            };
        } catch (SQLException | RuntimeException e) {
            // values the Java types cannot hold (MySQL's zero dates, PostgreSQL's infinity): the driver's own text
            return rs.getString(column);
        }
    }
}
