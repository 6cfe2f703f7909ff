package io.github.altium2kicad.core.mapping.standard;

/** The kinds of single two-terminal diode the rule can give a KiCad symbol. */
public enum DiodeKind {
    /** Rectifier, switching, general purpose: {@code Device:D}. */
    STANDARD("Device:D"),
    ZENER("Device:D_Zener"),
    SCHOTTKY("Device:D_Schottky"),
    /** Bidirectional TVS: {@code Device:D_TVS} (KiCad 6 has no unidirectional TVS symbol). */
    TVS_BIDIRECTIONAL("Device:D_TVS");

    private final String symbol;

    DiodeKind(String symbol) {
        this.symbol = symbol;
    }

    /** The KiCad symbol, {@code Library:Name}. */
    public String symbol() {
        return symbol;
    }
}
