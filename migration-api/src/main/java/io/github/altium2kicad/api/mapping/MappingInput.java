package io.github.altium2kicad.api.mapping;

import java.util.List;
import java.util.Map;

/**
 * Exactly the values of one part that mapping rules may read. Two parts with equal inputs always get the same
 * decision, so this record is also the key under which decisions are memoized and cached.
 *
 * @param table       the Altium table the part comes from
 * @param libraryRef  {@code Library Ref}: the Altium symbol name ({@code null} if the table has none)
 * @param libraryPath {@code Library Path}: the {@code .SchLib}/{@code .IntLib} file ({@code null} if none)
 * @param footprints  {@code Footprint Ref}/{@code Footprint Path}, then {@code Footprint Ref 2}/{@code Path 2}, …;
 *                    blank refs left out
 * @param attributes  the further columns that the rules in use declared with
 *                    {@link MappingRule#attributeColumns()}, by column name ({@code null} values left out)
 */
public record MappingInput(String table, String libraryRef, String libraryPath, List<AltiumFootprint> footprints,
                           Map<String, String> attributes) {

    public MappingInput {
        footprints = List.copyOf(footprints);
        attributes = Map.copyOf(attributes);
    }

    /** The value of a declared attribute column, or {@code null}. */
    public String attribute(String column) {
        return attributes.get(column);
    }
}
