package io.github.altium2kicad.testkit.company;

/**
 * What is known by construction about one part of a generated company library: which library files it names, whether
 * they exist, and the symbol and footprint names KiCad 9's Altium importer lists for it (empty when KiCad finds none:
 * the file is missing, or does not hold the name). Paths of files are relative to the library folder, with {@code /}.
 *
 * @param dbLib          the DbLib's file name
 * @param table          the table as the DbLib names it ({@code TableName=})
 * @param key            the {@code Part Number}
 * @param libraryRef     the {@code Library Ref} cell
 * @param libraryPath    the {@code Library Path} cell, as written
 * @param symbolFile     the {@code .SchLib} written for it, or empty if the file is missing
 * @param kicadSymbol    the name KiCad lists for the symbol (the storage name), or empty
 * @param symbolPins     pins of that symbol, 0 if none
 * @param footprintRef   the {@code Footprint Ref} cell
 * @param footprintPath  the {@code Footprint Path} cell, as written
 * @param footprintFile  the {@code .PcbLib} written for it, or empty if the file is missing
 * @param kicadFootprint the name KiCad lists for the footprint, or empty
 * @param footprintPads  pads of that footprint, 0 if none
 */
public record PartFact(String dbLib, String table, String key, String libraryRef, String libraryPath,
                       String symbolFile, String kicadSymbol, int symbolPins, String footprintRef,
                       String footprintPath, String footprintFile, String kicadFootprint, int footprintPads) {

    /** Column names of {@code ground-truth.tsv}, in order. */
    public static final String TSV_HEADER = "dblib\ttable\tkey\tlibrary_ref\tlibrary_path\tsymbol_file\tkicad_symbol"
            + "\tsymbol_pins\tfootprint_ref\tfootprint_path\tfootprint_file\tkicad_footprint\tfootprint_pads";

    /** Whether KiCad loads both its symbol (with pins) and its footprint (with pads). */
    public boolean resolvesInKicad() {
        return symbolPins > 0 && footprintPads > 0;
    }

    /** One line of {@code ground-truth.tsv}. */
    public String tsv() {
        return String.join("\t", dbLib, table, key, libraryRef, libraryPath, symbolFile, kicadSymbol,
                Integer.toString(symbolPins), footprintRef, footprintPath, footprintFile, kicadFootprint,
                Integer.toString(footprintPads));
    }
}
