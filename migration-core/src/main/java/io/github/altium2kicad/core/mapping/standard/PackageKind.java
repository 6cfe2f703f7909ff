package io.github.altium2kicad.core.mapping.standard;

/** The kinds of package the standard-library rule recognizes. */
public enum PackageKind {
    /** Two-terminal rectangular chip (resistor, capacitor, inductor, bead, LED, diode): code = metric size. */
    CHIP(true),
    /** Molded polarized chip (tantalum, polymer) by EIA size: code = metric size, height in mm. */
    MOLDED_POLARIZED(true),
    /** SOD diode packages: code {@code SOD-123}, {@code SOD-123F}, {@code SOD-323}, … */
    SOD(true),
    /** DO-214 diode packages: code {@code SMA}, {@code SMB}, {@code SMC}. */
    DO214(true),
    /** Cylindrical diode packages: code {@code MiniMELF}, {@code MELF}, {@code MicroMELF}. */
    MELF(true),
    /** Round through-hole LEDs: code = diameter ({@code 3.0}, {@code 5.0}). */
    LED_THT(true),
    /** Quartz crystals: code {@code 3225}, {@code 2520}, {@code HC49-US}, {@code HC49-SMD}, … */
    CRYSTAL(true),
    /** Straight pin headers and sockets: pins, rows, pitch. */
    PIN_HEADER(true),
    /** Small-outline transistor packages: code {@code SOT-23}, {@code SOT-23-5}, {@code SOT-223}, … */
    SOT(false),
    /** TO packages: code {@code TO-92}, {@code TO-220-3}, {@code TO-252-2}, {@code TO-263-2}. */
    TO(false),
    /** Gull-wing small-outline ICs: SOIC, SSOP, TSSOP, MSOP, QSOP (code = family if named). */
    SO(false),
    /** Dual in-line: pins and row spacing (bodyWidth). */
    DIP(false),
    /** QFN/DFN family, leadless. */
    QFN(false),
    /** Quad flat packages: LQFP, TQFP. */
    QFP(false),
    /** Only a terminal count and "surface mount", e.g. DigiKey's {@code 4-SMD, No Lead}. */
    GENERIC_SMD(false);

    private final boolean passive;

    PackageKind(boolean passive) {
        this.passive = passive;
    }

    /**
     * True for packages whose terminals are fixed by the package, so that a KiCad symbol can be chosen with the
     * footprint; false for packages of transistors and ICs, whose pinout depends on the part.
     */
    public boolean fixedPinout() {
        return passive;
    }
}
