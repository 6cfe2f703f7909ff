package io.github.altium2kicad.examples.sample;

/**
 * The three generations of footprint naming found side by side in a real company library, each in its own
 * {@code .PcbLib}.
 */
enum FootprintStyle {
    /** IPC-7351 names ({@code RESC1608X55N}) in {@code Footprints\<Group>.PcbLib}. */
    IPC,
    /** Altium's classic library names ({@code R0603}, {@code SO-8}) in {@code Footprints\Legacy\<Group>.PcbLib}. */
    ALTIUM,
    /** The company's own names ({@code RES 0603_1608}) in {@code Footprints\ACME_<Group>.PcbLib}. */
    HOUSE;

    /** The {@code Footprint Path} as Altium stores it: relative to the DbLib, with backslashes. */
    String libraryPath(String pcbLibrary) {
        return switch (this) {
            case IPC -> "Footprints\\" + pcbLibrary + ".PcbLib";
            case ALTIUM -> "Footprints\\Legacy\\" + pcbLibrary + ".PcbLib";
            case HOUSE -> "Footprints\\ACME_" + pcbLibrary + ".PcbLib";
        };
    }

    /**
     * The alternate footprint of a part ({@code Footprint Ref 2}): for IPC names the most-material density
     * variant ({@code ...N} to {@code ...M}), otherwise a hand-solder variant ({@code _HS}).
     */
    String alternateName(String name) {
        if (this == IPC && name.endsWith("N")) {
            return name.substring(0, name.length() - 1) + "M";
        }
        return name + "_HS";
    }
}
