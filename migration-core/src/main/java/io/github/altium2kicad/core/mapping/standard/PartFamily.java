package io.github.altium2kicad.core.mapping.standard;

/** What kind of part a row is, as far as the standard-library rule cares. */
public enum PartFamily {
    RESISTOR("resistor"),
    CAPACITOR("non-polarized capacitor"),
    CAPACITOR_POLARIZED("polarized capacitor"),
    INDUCTOR("inductor"),
    FERRITE_BEAD("ferrite bead"),
    LED("LED"),
    DIODE("diode"),
    CRYSTAL("crystal"),
    CONNECTOR("connector"),
    /** Transistors: the pinout in a package varies by part, so only footprints are suggested. */
    TRANSISTOR("transistor"),
    /** Integrated circuits: the pinout varies by part, so only footprints are suggested. */
    IC("IC"),
    /** A recognized kind the rule does not map (fuse, thermistor, oscillator, array, …). */
    OTHER("other");

    private final String label;

    PartFamily(String label) {
        this.label = label;
    }

    /** A short human-readable name, e.g. {@code ferrite bead}. */
    public String label() {
        return label;
    }

    /** True for the families whose KiCad symbol follows from the package (the passive two-terminal parts, crystals, headers). */
    public boolean symbolFollowsPackage() {
        return this != TRANSISTOR && this != IC && this != OTHER;
    }
}
