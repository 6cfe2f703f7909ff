package io.github.altium2kicad.examples.sample;

import java.util.ArrayList;
import java.util.List;

/** The column names every sample table shares, spelled as Altium users have them. */
final class SampleColumns {

    static final String PART_NUMBER = "Part Number";
    static final String LIBRARY_REF = "Library Ref";
    static final String LIBRARY_PATH = "Library Path";
    static final String FOOTPRINT_REF = "Footprint Ref";
    static final String FOOTPRINT_PATH = "Footprint Path";
    static final String FOOTPRINT_REF_2 = "Footprint Ref 2";
    static final String FOOTPRINT_PATH_2 = "Footprint Path 2";
    static final String DESCRIPTION = "Description";
    static final String COMMENT = "Comment";
    static final String VALUE = "Value";
    static final String MANUFACTURER = "Manufacturer";
    static final String MANUFACTURER_PART_NUMBER = "Manufacturer Part Number";
    static final String SUPPLIER_1 = "Supplier 1";
    static final String SUPPLIER_PART_NUMBER_1 = "Supplier Part Number 1";
    static final String PACKAGE_CASE = "Package / Case";
    static final String MOUNTING_TYPE = "Mounting Type";
    static final String LINK_1_DESCRIPTION = "ComponentLink1Description";
    static final String LINK_1_URL = "ComponentLink1URL";
    static final String HELP_URL = "HelpURL";

    private SampleColumns() {
    }

    /** The full column list of a table: shared head, the family's own parameter columns, shared tail. */
    static List<String> of(boolean alternateFootprints, List<String> parameterColumns) {
        List<String> columns = new ArrayList<>(List.of(PART_NUMBER, LIBRARY_REF, LIBRARY_PATH, FOOTPRINT_REF,
                FOOTPRINT_PATH));
        if (alternateFootprints) {
            columns.add(FOOTPRINT_REF_2);
            columns.add(FOOTPRINT_PATH_2);
        }
        columns.addAll(List.of(DESCRIPTION, COMMENT, VALUE, MANUFACTURER, MANUFACTURER_PART_NUMBER, SUPPLIER_1,
                SUPPLIER_PART_NUMBER_1, PACKAGE_CASE, MOUNTING_TYPE));
        columns.addAll(parameterColumns);
        columns.addAll(List.of(LINK_1_DESCRIPTION, LINK_1_URL, HELP_URL));
        return List.copyOf(columns);
    }
}
