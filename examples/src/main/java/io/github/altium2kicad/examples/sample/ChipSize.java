package io.github.altium2kicad.examples.sample;

/** Two-terminal chip sizes, with the metric codes DigiKey and KiCad use (they differ for 2512). */
enum ChipSize {
    C0402("0402", "1005", "1005"),
    C0603("0603", "1608", "1608"),
    C0805("0805", "2012", "2012"),
    C1206("1206", "3216", "3216"),
    C1210("1210", "3225", "3225"),
    C2512("2512", "6432", "6332");

    private final String imperial;
    private final String digikeyMetric;
    private final String kicadMetric;

    ChipSize(String imperial, String digikeyMetric, String kicadMetric) {
        this.imperial = imperial;
        this.digikeyMetric = digikeyMetric;
        this.kicadMetric = kicadMetric;
    }

    /** {@code 0603}. */
    String imperial() {
        return imperial;
    }

    /** {@code 1608}: the metric code in IPC names and house names. */
    String metric() {
        return kicadMetric;
    }

    /** {@code 1608}: the body's metric code (length and width in tenths of a millimetre; {@code 6432} for 2512). */
    String bodyMetric() {
        return digikeyMetric;
    }

    /** The size whose imperial code is {@code imperial}, if any. */
    static java.util.Optional<ChipSize> ofImperial(String imperial) {
        return java.util.Arrays.stream(values()).filter(c -> c.imperial.equals(imperial)).findFirst();
    }

    /** {@code 0603 (1608 Metric)}. */
    String caseName() {
        return imperial + " (" + digikeyMetric + " Metric)";
    }

    /** {@code 0603_1608Metric}: the tail of KiCad's chip footprint names. */
    String kicadSuffix() {
        return imperial + "_" + kicadMetric + "Metric";
    }
}
