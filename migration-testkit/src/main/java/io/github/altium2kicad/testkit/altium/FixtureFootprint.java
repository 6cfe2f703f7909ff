package io.github.altium2kicad.testkit.altium;

/**
 * A footprint (storage) of a real {@code .PcbLib} saved by Altium Designer, bundled with the test kit, that
 * {@link PcbLibComposer} copies under new names. Pad counts are what KiCad 9's importer shows for it.
 */
public enum FixtureFootprint {
    /** A 0603 chip capacitor (IPC-7351 {@code CAPC1608X09L}): for every two-terminal chip part. */
    CHIP_2_PADS("CAPC1608X09L", 2, 35.4331),
    /** One pad: for test points, fiducials, mounting holes. */
    SINGLE_PAD("Single Pad (0,0)", 1, 39.3701),
    /** Four pads of different types: for SOT-143, crystals in 4-pad packages, small transistors. */
    FOUR_PADS("Four pads", 4, 39.3701),
    /** Twelve pads: for connectors and small modules. */
    TWELVE_PADS("Pads Combined", 12, 39.3701),
    /** A 32-lead QFP with thermal pad (42 pads as KiCad imports it): for ICs. */
    QFP_42_PADS("SQFP50P800X800X300_HS-33T300X30", 42, 118.1102);

    /** The bundled file every fixture footprint comes from. */
    public static final String RESOURCE = "Simple.PcbLib";

    private final String storage;
    private final int pads;
    private final double heightMil;

    FixtureFootprint(String storage, int pads, double heightMil) {
        this.storage = storage;
        this.pads = pads;
        this.heightMil = heightMil;
    }

    /** Its storage name in {@link #RESOURCE}. */
    public String storage() {
        return storage;
    }

    /** Pads KiCad 9 imports for it. */
    public int pads() {
        return pads;
    }

    /** Its height in mil, as the fixture's parameters give it. */
    public double heightMil() {
        return heightMil;
    }
}
