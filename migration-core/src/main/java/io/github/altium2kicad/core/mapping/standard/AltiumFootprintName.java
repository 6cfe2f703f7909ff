package io.github.altium2kicad.core.mapping.standard;

import java.util.List;

/**
 * Reads an Altium {@code Footprint Ref}: an IPC-7351 name ({@link IpcFootprintName}) or one of the other
 * styles of {@link PackageNameGrammar}: Altium's own ({@code R0603}, {@code C0805}, {@code SOT-23},
 * {@code SO-8}, {@code DIP-8}, {@code TO-220-3}, {@code HDR1X4}), house styles ({@code RES 0603_1608},
 * {@code CAP TANT CASE B}) and KiCad's ({@code R_0603_1608Metric}), also after a maker's name
 * ({@code VISHAY SOD-123}); then house-style chip names with other words around the size code
 * ({@link HouseStyleChipName}: {@code YAGEO RES 0402_1005}, {@code 0603_R}, {@code LED 0805_2012 RED}).
 */
public final class AltiumFootprintName {

    private static final java.util.Set<String> POLARITY_WORDS = java.util.Set.of("POLARIZED", "POLARISED", "POLAR");
    private static final Memo<String, PackageReading> READINGS = new Memo<>(20_000, AltiumFootprintName::read);

    private AltiumFootprintName() {
    }

    /** What {@code footprintRef} says about the package; unrecognized for names in no known style. */
    public static PackageReading parse(String footprintRef) {
        if (footprintRef == null || footprintRef.isBlank()) {
            return PackageReading.unrecognized();
        }
        return READINGS.apply(footprintRef);
    }

    private static PackageReading read(String footprintRef) {
        PackageReading ipc = IpcFootprintName.parse(footprintRef);
        if (ipc.recognized() || ipc.inconsistent()) {
            return ipc;
        }
        NameTokens tokens = NameTokens.of(footprintRef);
        PackageReading grammar = PackageNameGrammar.read(tokens.canonical());
        if (grammar.recognized() || grammar.inconsistent()) {
            return grammar;
        }
        PackageReading withoutVendor = withoutVendor(tokens);
        if (withoutVendor.recognized() || withoutVendor.inconsistent()) {
            return withoutVendor;
        }
        return HouseStyleChipName.read(footprintRef);
    }

    /**
     * {@code VISHAY SOD-123}, {@code SOD-323 DIODES} read as {@code SOD-123}, {@code SOD-323}: a maker's name in front
     * or at the end changes nothing, nor does {@code POLARIZED} after a tantalum case ({@code KEMET TANT A_3216 POLARIZED}).
     */
    private static PackageReading withoutVendor(NameTokens tokens) {
        List<String> words = tokens.tokens();
        int from = 0;
        int to = words.size();
        while (from < to - 1 && HouseStyleChipName.VENDORS.contains(words.get(from))) {
            from++;
        }
        while (to - 1 > from && (HouseStyleChipName.VENDORS.contains(words.get(to - 1))
                || POLARITY_WORDS.contains(words.get(to - 1)))) {
            to--;
        }
        if (from == 0 && to == words.size()) {
            return PackageReading.unrecognized();
        }
        return PackageNameGrammar.read(String.join(" ", words.subList(from, to)));
    }
}
