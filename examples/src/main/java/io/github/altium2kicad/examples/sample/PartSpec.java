package io.github.altium2kicad.examples.sample;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a catalog knows about one part before it becomes a database row: everything but the key and the
 * company-specific bookkeeping (footprint naming style, supplier, links) that {@link PartAssembler} adds.
 *
 * @param libraryRef    the Altium symbol name ({@code Library Ref})
 * @param symbolLibrary the .SchLib file name without extension ({@code Passives})
 * @param pkg           the package
 * @param description   the {@code Description}
 * @param value         the {@code Value}
 * @param manufacturer  the manufacturer
 * @param mpn           the manufacturer part number
 * @param series        the datasheet's name, for the link ({@code rc-series})
 * @param parameters    the family-specific parameter cells (column to text, {@code null} for NULL)
 * @param expected      the family, package and certain KiCad answer
 */
record PartSpec(String libraryRef, String symbolLibrary, PackageSpec pkg, String description, String value,
                Manufacturer manufacturer, String mpn, String series, Map<String, String> parameters,
                KicadExpectation expected) {

    PartSpec {
        Objects.requireNonNull(libraryRef, "libraryRef");
        Objects.requireNonNull(symbolLibrary, "symbolLibrary");
        Objects.requireNonNull(pkg, "pkg");
        Objects.requireNonNull(manufacturer, "manufacturer");
        Objects.requireNonNull(mpn, "mpn");
        Objects.requireNonNull(expected, "expected");
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /** Parameter cells from alternating column names and values; a value may be {@code null}. */
    static Map<String, String> parameters(String... columnsAndValues) {
        if (columnsAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("column without value: " + columnsAndValues[columnsAndValues.length - 1]);
        }
        Map<String, String> cells = new LinkedHashMap<>();
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            cells.put(columnsAndValues[i], columnsAndValues[i + 1]);
        }
        return cells;
    }
}
