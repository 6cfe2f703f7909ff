package io.github.altium2kicad.testkit.company;

import io.github.altium2kicad.testkit.altium.FixtureFootprint;
import io.github.altium2kicad.testkit.altium.FixtureSymbol;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One database row of the company library and what it is made of.
 *
 * @param cells     column → cell text in column order ({@code null} is SQL NULL)
 * @param symbol    the fixture its symbol is copied from
 * @param footprint the fixture its footprint(s) are copied from
 * @param label     what the part physically is, for the mapping ground truth; {@code null} if not labeled
 */
record CompanyPart(Map<String, String> cells, FixtureSymbol symbol, FixtureFootprint footprint, PartLabel label) {

    CompanyPart {
        cells = Collections.unmodifiableMap(new LinkedHashMap<>(cells));
    }

    String cell(String column) {
        return cells.get(column);
    }
}
