package io.github.altium2kicad.readers.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The parts every backend test writes into its own database and into an SQLite reference: typed columns (whole
 * numbers, doubles, decimals, booleans, dates, memo text), a numeric part number Excel shows as {@code 0603}, unicode,
 * quotes and line breaks, NULLs, a duplicate and an empty key. Each value carries the text every reader must give.
 */
public final class PartsFixture {

    /** The column types, mapped to each backend's own. */
    public enum Type { INTEGER, TEXT, MEMO, DOUBLE, DECIMAL2, BOOLEAN, DATE }

    /** A column. */
    public record Column(String name, Type type) {
    }

    /**
     * A value: what is stored ({@code value}, typed) and the text a reader must return for it. {@code excelFormat}
     * makes Excel store {@code value} as a number with that format (e.g. {@code 0603} as 603 formatted {@code 0000}).
     */
    public record Cell(Object value, String text, String excelFormat) {
        public static Cell of(Object value, String text) {
            return new Cell(value, text, null);
        }
    }

    /** A table; {@code rows} hold {@link Cell}s, or nulls for NULL. */
    public record Table(String name, List<Column> columns, List<Cell[]> rows) {
    }

    public static final String RESISTORS = "Resistors";
    public static final String CAPS = "Caps - Ceramic, X7R";

    private PartsFixture() {
    }

    public static List<Table> tables() {
        return List.of(resistors(), caps());
    }

    private static Table resistors() {
        List<Column> columns = List.of(new Column("ID", Type.INTEGER), new Column("Part Number", Type.TEXT),
                new Column("Library Ref", Type.TEXT), new Column("Library Path", Type.TEXT),
                new Column("Footprint Ref", Type.TEXT), new Column("Footprint Path", Type.TEXT),
                new Column("Description", Type.TEXT), new Column("Value", Type.TEXT), new Column("Case Code", Type.TEXT),
                new Column("Pins", Type.INTEGER), new Column("Power (W)", Type.DOUBLE), new Column("Price", Type.DECIMAL2),
                new Column("RoHS", Type.BOOLEAN), new Column("Added", Type.DATE), new Column("Notes", Type.MEMO));
        List<Cell[]> rows = new ArrayList<>();
        double[] powers = {0.1, 0.25, 1.0, 0.063};
        String[] powerTexts = {"0.1", "0.25", "1", "0.063"};
        for (int i = 1; i <= 24; i++) {
            boolean size0603 = i % 3 != 0;
            String code = size0603 ? "0603" : "0805";
            rows.add(new Cell[] {
                    Cell.of(i, Integer.toString(i)),
                    Cell.of("RES-" + i, "RES-" + i),
                    Cell.of("Resistor", "Resistor"),
                    Cell.of("Symbols\\Passives.SchLib", "Symbols\\Passives.SchLib"),
                    Cell.of("RESC" + (size0603 ? "1608X55N" : "2012X70N"), "RESC" + (size0603 ? "1608X55N" : "2012X70N")),
                    Cell.of("Footprints\\Chip_Resistor.PcbLib", "Footprints\\Chip_Resistor.PcbLib"),
                    Cell.of("Resistor " + i + "kΩ ±1% " + code + " µ-size", "Resistor " + i + "kΩ ±1% " + code + " µ-size"),
                    Cell.of(i + "k", i + "k"),
                    // part numbers like 0603: a number formatted 0000 in Excel (even rows), text elsewhere
                    i % 2 == 0 ? new Cell(Double.parseDouble(code), code, "0000") : Cell.of(code, code),
                    Cell.of(2, "2"),
                    Cell.of(powers[i % 4], powerTexts[i % 4]),
                    Cell.of(new BigDecimal("0.0" + (i % 10) + "").setScale(2), new BigDecimal("0.0" + (i % 10)).setScale(2).toPlainString()),
                    Cell.of(i % 5 != 0, i % 5 != 0 ? "True" : "False"),
                    Cell.of(LocalDate.of(2024, 1 + i % 12, 1 + i), "2024-" + String.format("%02d", 1 + i % 12) + "-"
                            + String.format("%02d", 1 + i)),
                    i % 4 == 1 ? Cell.of("Line 1, \"quoted\"\nLine 2 – 100 Ω", "Line 1, \"quoted\"\nLine 2 – 100 Ω") : null,
            });
        }
        // a duplicate key (the first one wins) and an empty key (reported, not written)
        rows.add(withKey(rows.get(4), 25, "RES-5", "duplicate of RES-5"));
        rows.add(withKey(rows.get(5), 26, null, "no key"));
        return new Table(RESISTORS, columns, rows);
    }

    private static Cell[] withKey(Cell[] row, int id, String key, String description) {
        Cell[] copy = row.clone();
        copy[0] = Cell.of(id, Integer.toString(id));
        copy[1] = key == null ? null : Cell.of(key, key);
        copy[6] = Cell.of(description, description);
        return copy;
    }

    private static Table caps() {
        List<Column> columns = List.of(new Column("ID", Type.INTEGER), new Column("Part Number", Type.TEXT),
                new Column("Library Ref", Type.TEXT), new Column("Library Path", Type.TEXT),
                new Column("Footprint Ref", Type.TEXT), new Column("Footprint Path", Type.TEXT),
                new Column("Description", Type.TEXT), new Column("Value", Type.TEXT),
                new Column("Température max", Type.TEXT), new Column("Voltage - Rated, DC", Type.TEXT));
        List<Cell[]> rows = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            long partNumber = 100200 + i;
            rows.add(new Cell[] {
                    Cell.of(i, Integer.toString(i)),
                    // a numeric part number: a General number in Excel, text elsewhere
                    new Cell((double) partNumber, Long.toString(partNumber), "General"),
                    Cell.of("CAP", "CAP"),
                    Cell.of("C:\\Altium\\Library\\Symbols\\passives.schlib", "C:\\Altium\\Library\\Symbols\\passives.schlib"),
                    Cell.of("C0402", "C0402"),
                    Cell.of("Footprints\\Chip_Capacitor.PcbLib", "Footprints\\Chip_Capacitor.PcbLib"),
                    Cell.of("Capacitor " + i + "nF 50V X7R 0402 «Ceramic»", "Capacitor " + i + "nF 50V X7R 0402 «Ceramic»"),
                    Cell.of(i + "nF", i + "nF"),
                    Cell.of("125 °C", "125 °C"),
                    i == 3 ? null : Cell.of("50V", "50V"),
            });
        }
        rows.add(new Cell[] {Cell.of(13, "13"), new Cell(12345678901234.0, "12345678901234", "General"),
                Cell.of("CAP", "CAP"), null, null, null, Cell.of("big part number", "big part number"), null, null, null});
        return new Table(CAPS, columns, rows);
    }

    /** The same tables with other names (e.g. {@code Resistors$} for Excel). */
    public static List<Table> renamed(UnaryOperator<String> name) {
        return tables().stream().map(t -> new Table(name.apply(t.name()), t.columns(), t.rows())).toList();
    }
}
