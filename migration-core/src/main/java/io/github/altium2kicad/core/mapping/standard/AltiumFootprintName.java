package io.github.altium2kicad.core.mapping.standard;

/**
 * Reads an Altium {@code Footprint Ref}: an IPC-7351 name ({@link IpcFootprintName}) or one of the other
 * styles of {@link PackageNameGrammar}: Altium's own ({@code R0603}, {@code C0805}, {@code SOT-23},
 * {@code SO-8}, {@code DIP-8}, {@code TO-220-3}, {@code HDR1X4}), house styles ({@code RES 0603_1608},
 * {@code CAP TANT CASE B}) and KiCad's ({@code R_0603_1608Metric}).
 */
public final class AltiumFootprintName {

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
        return PackageNameGrammar.read(NameTokens.of(footprintRef).canonical());
    }
}
