package io.github.altium2kicad.core.kicad.index;

/** How a footprint is mounted, from its {@code (attr …)} or, if it has none, from its pads. */
public enum FootprintMount {
    /** {@code (attr smd)}. */
    SMD,
    /** {@code (attr through_hole)}, or plated through-hole pads and no {@code attr}. */
    THROUGH_HOLE,
    /** Neither: e.g. a board-only or a mechanical footprint. */
    UNSPECIFIED;

    /** The lower-case name used in the snapshot file. */
    String code() {
        return switch (this) {
            case SMD -> "smd";
            case THROUGH_HOLE -> "tht";
            case UNSPECIFIED -> "-";
        };
    }

    static FootprintMount fromCode(String code) {
        return switch (code) {
            case "smd" -> SMD;
            case "tht" -> THROUGH_HOLE;
            case "-" -> UNSPECIFIED;
            default -> throw new IllegalArgumentException("unknown footprint mount code '" + code + "'");
        };
    }
}
