package io.github.altium2kicad.examples.sample;

import java.util.Objects;

/**
 * A package and the three footprint names a company's Altium library uses for it over the years.
 *
 * @param code           short package name ({@code SOIC-8}, {@code 0603})
 * @param caseName       DigiKey-style {@code Package / Case} text
 * @param mountingType   {@code Surface Mount} or {@code Through Hole}
 * @param pinCount       electrical pins
 * @param ipcName        IPC-7351 land-pattern name ({@code SOIC127P600X175-8N})
 * @param altiumName     Altium-library style name ({@code SO-8})
 * @param houseName      the company's own style ({@code RES 0603_1608})
 * @param pcbLibrary     file name (without {@code .PcbLib}) of the footprint library holding it
 * @param kicadFootprint the certain KiCad standard footprint, or {@code null}
 */
record PackageSpec(String code, String caseName, String mountingType, int pinCount, String ipcName,
                   String altiumName, String houseName, String pcbLibrary, String kicadFootprint) {

    static final String SMD = "Surface Mount";
    static final String THT = "Through Hole";

    PackageSpec {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(caseName, "caseName");
        Objects.requireNonNull(ipcName, "ipcName");
        Objects.requireNonNull(altiumName, "altiumName");
        Objects.requireNonNull(houseName, "houseName");
        Objects.requireNonNull(pcbLibrary, "pcbLibrary");
    }

    boolean isSurfaceMount() {
        return SMD.equals(mountingType);
    }

    /** The footprint name in the given naming style. */
    String footprintName(FootprintStyle style) {
        return switch (style) {
            case IPC -> ipcName;
            case ALTIUM -> altiumName;
            case HOUSE -> houseName;
        };
    }

    /** A copy whose KiCad footprint is another (or none). */
    PackageSpec withKicadFootprint(String footprint) {
        return new PackageSpec(code, caseName, mountingType, pinCount, ipcName, altiumName, houseName, pcbLibrary,
                footprint);
    }
}
