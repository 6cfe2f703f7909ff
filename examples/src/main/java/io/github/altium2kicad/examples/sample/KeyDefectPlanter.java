package io.github.altium2kicad.examples.sample;

import static io.github.altium2kicad.examples.sample.SampleColumns.DESCRIPTION;
import static io.github.altium2kicad.examples.sample.SampleColumns.LIBRARY_PATH;
import static io.github.altium2kicad.examples.sample.SampleColumns.LIBRARY_REF;
import static io.github.altium2kicad.examples.sample.SampleColumns.PACKAGE_CASE;
import static io.github.altium2kicad.examples.sample.SampleColumns.PART_NUMBER;
import static io.github.altium2kicad.examples.sample.SampleColumns.SUPPLIER_1;
import static io.github.altium2kicad.examples.sample.SampleColumns.SUPPLIER_PART_NUMBER_1;
import static io.github.altium2kicad.examples.sample.SampleColumns.VALUE;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plants the key defects a real library has, so the migration's key policy has something to bite on: five
 * {@code Part Number}s used twice (four inside one table, one across two tables; the second row always differs in
 * some column but means the same part) and three blank keys (NULL, empty, blanks).
 *
 * <p>Rows are addressed by 0-based index before planting; insertions are applied in the order listed.
 */
final class KeyDefectPlanter {

    private KeyDefectPlanter() {
    }

    static List<SampleTable> plant(List<SampleTable> tables) {
        Map<String, List<SamplePart>> rows = new LinkedHashMap<>();
        for (SampleTable table : tables) {
            rows.put(table.name(), new ArrayList<>(table.parts()));
        }

        // 1. Resistors: the same resistor entered again later, now bought on reel.
        List<SamplePart> resistors = rows.get(ResistorCatalog.TABLE);
        SamplePart reel = resistors.get(11);
        resistors.add(199, reel.withCell(SUPPLIER_1, "Digi-Key")
                .withCell(SUPPLIER_PART_NUMBER_1, reel.cell(SampleColumns.MANUFACTURER_PART_NUMBER) + "TR-ND"));
        // 2. Resistors: a double entry right after the original, with an older terse description.
        SamplePart terse = resistors.get(300);
        resistors.add(301, terse.withCell(DESCRIPTION, "Resistor " + terse.cell(VALUE) + " "
                + terse.expected().packageCode()));
        // 3. Capacitors: the same capacitor again, its value in the short notation (100n instead of 100nF).
        List<SamplePart> capacitors = rows.get(CapacitorCatalog.TABLE);
        SamplePart other = capacitors.get(49);
        capacitors.add(349, other.withCell(VALUE, other.cell(VALUE).replace("µF", "u").replaceAll("([pn])F$", "$1")));
        // 4. Integrated Circuits: the same IC again, Value = full MPN.
        List<SamplePart> ics = rows.get(IntegratedCircuitCatalog.TABLE);
        SamplePart ic = ics.get(4);
        ics.add(79, ic.withCell(VALUE, ic.cell(SampleColumns.MANUFACTURER_PART_NUMBER)));
        // 5. A ferrite bead copied into Inductors with its FB- key, drawn with the inductor symbol.
        SamplePart bead = rows.get(FerriteBeadCatalog.TABLE).get(2);
        rows.get(InductorCatalog.TABLE).add(39, retarget(bead, InductorCatalog.PROFILE.columns())
                .withCell(LIBRARY_REF, "Inductor").withCell(LIBRARY_PATH, "Symbols\\Passives.SchLib"));

        // blank keys: NULL, empty string, blanks only
        blank(rows.get(ConnectorCatalog.TABLE), 14, null);
        blank(rows.get(LedCatalog.TABLE), 6, "");
        blank(rows.get(TransistorCatalog.TABLE), 32, "   ");

        List<SampleTable> planted = new ArrayList<>();
        for (SampleTable table : tables) {
            planted.add(table.withParts(rows.get(table.name())));
        }
        return planted;
    }

    private static void blank(List<SamplePart> parts, int index, String key) {
        parts.set(index, parts.get(index).withCell(PART_NUMBER, key));
    }

    /** The part with only the cells the target table has (its own parameters dropped, the package kept). */
    private static SamplePart retarget(SamplePart part, List<String> columns) {
        Map<String, String> cells = new LinkedHashMap<>();
        for (Map.Entry<String, String> cell : part.cells().entrySet()) {
            if (columns.contains(cell.getKey())) {
                cells.put(cell.getKey(), cell.getValue());
            }
        }
        cells.putIfAbsent(PACKAGE_CASE, part.cell(PACKAGE_CASE));
        return new SamplePart(cells, part.expected());
    }
}
