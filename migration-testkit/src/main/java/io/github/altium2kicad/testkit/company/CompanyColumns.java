package io.github.altium2kicad.testkit.company;

import java.util.List;
import java.util.Set;

/** The column names the company library uses (Altium's conventional ones plus the company's own). */
final class CompanyColumns {

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
    static final String MPN = "Manufacturer Part Number";
    static final String PACKAGE = "Package / Case";

    /** Columns every main-library table has, in order; family columns follow. */
    static final List<String> SHARED = List.of(PART_NUMBER, LIBRARY_REF, LIBRARY_PATH, FOOTPRINT_REF, FOOTPRINT_PATH,
            FOOTPRINT_REF_2, FOOTPRINT_PATH_2, DESCRIPTION, COMMENT, VALUE, MANUFACTURER, MPN,
            "Supplier 1", "Supplier Part Number 1", "Supplier 2", "Supplier Part Number 2", PACKAGE, "Mounting Type",
            "Height - Seated (Max)", "Operating Temperature", "RoHS Status", "Lifecycle Status",
            "ComponentLink1Description", "ComponentLink1URL", "HelpURL", "Created By", "Created Date", "Approved By",
            "Stock Location", "Unit Price 1", "Unit Price 1000");

    /** Columns whose parameter is shown when a part is placed. */
    static final Set<String> VISIBLE = Set.of(VALUE, COMMENT, "Tolerance", "Voltage - Rated");

    private CompanyColumns() {
    }
}
