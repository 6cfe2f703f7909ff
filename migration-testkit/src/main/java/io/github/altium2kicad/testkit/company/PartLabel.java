package io.github.altium2kicad.testkit.company;

import io.github.altium2kicad.testkit.altium.LandPattern;
import java.util.Map;

/**
 * What the generator knows a row physically is ({@link MappingLabel} without the row's place).
 *
 * @param family    what the part is
 * @param symbol    the KiCad standard symbol, or empty if none fits
 * @param footprint the KiCad standard footprint, or empty if none fits
 */
record PartLabel(String family, String symbol, String footprint) {

    private static final String FAMILY = "_labelFamily";
    private static final String SYMBOL = "_labelSymbol";
    private static final String FOOTPRINT = "_labelFootprint";
    /** The row's physical land pattern, for the generator to draw its footprint's pads ({@link #takeLandPattern}). */
    private static final String LAND_PATTERN = "_landPattern";

    /**
     * Labels {@code row} as a 2-terminal chip of {@code family} in the size {@code imperial}/{@code metric} (the
     * maker's size code): KiCad's standard symbol and IPC chip footprint for that family and size.
     */
    static void chip(Map<String, String> row, String family, String imperial, String metric) {
        String[] kicad = switch (family) {
            case "resistor" -> new String[] {"Device:R", "Resistor_SMD:R_"};
            case "capacitor" -> new String[] {"Device:C", "Capacitor_SMD:C_"};
            case "inductor" -> new String[] {"Device:L", "Inductor_SMD:L_"};
            case "ferrite bead" -> new String[] {"Device:FerriteBead", "Inductor_SMD:L_"};
            case "LED" -> new String[] {"Device:LED", "LED_SMD:LED_"};
            default -> throw new IllegalArgumentException("no chip family " + family);
        };
        put(row, family, kicad[0], kicad[1] + imperial + "_" + metric + "Metric");
        row.put(LAND_PATTERN, "chip:" + metric);
    }

    /** Labels {@code row} as a KEMET molded tantalum of case A–D: KiCad's footprint named for that case. */
    static void tantalum(Map<String, String> row, char kemetCase) {
        String eia = switch (kemetCase) {
            case 'A' -> "3216-18";
            case 'B' -> "3528-21";
            case 'C' -> "6032-28";
            case 'D' -> "7343-31";
            default -> throw new IllegalArgumentException("case " + kemetCase);
        };
        put(row, "tantalum capacitor", "Device:C_Polarized", "Capacitor_Tantalum_SMD:CP_EIA-" + eia + "_Kemet-" + kemetCase);
        row.put(LAND_PATTERN, "molded:" + eia.substring(0, 4));
    }

    /**
     * Takes the physical land pattern {@link #chip} or {@link #tantalum} put into {@code row} out of it; {@code null}
     * for a row labeled otherwise (its footprint keeps the fixture's pads).
     */
    static LandPattern takeLandPattern(Map<String, String> row) {
        String pattern = row.remove(LAND_PATTERN);
        if (pattern == null) {
            return null;
        }
        String code = pattern.substring(pattern.indexOf(':') + 1);
        return pattern.startsWith("chip:") ? LandPattern.chip(code) : LandPattern.molded(code);
    }

    /** Labels {@code row} as a part no plain KiCad standard chip footprint fits ({@code resistor array}). */
    static void noStandard(Map<String, String> row, String family) {
        put(row, family, "", "");
    }

    private static void put(Map<String, String> row, String family, String symbol, String footprint) {
        row.put(FAMILY, family);
        row.put(SYMBOL, symbol);
        row.put(FOOTPRINT, footprint);
    }

    /** Takes the label out of {@code row} (the generator's working map); {@code null} if it has none. */
    static PartLabel take(Map<String, String> row) {
        String family = row.remove(FAMILY);
        String symbol = row.remove(SYMBOL);
        String footprint = row.remove(FOOTPRINT);
        return family == null ? null : new PartLabel(family, symbol, footprint);
    }
}
