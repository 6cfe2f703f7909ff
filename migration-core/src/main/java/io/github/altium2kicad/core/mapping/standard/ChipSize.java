package io.github.altium2kicad.core.mapping.standard;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A rectangular chip size, e.g. 0603 imperial = 1608 metric, as KiCad names it ({@code R_0603_1608Metric}).
 * Codes are ambiguous only for 0402 (imperial 0402 or metric 0402 = imperial 01005) and 0603 (imperial 0603 or
 * metric 0603 = imperial 0201); the parsers say which system a name uses.
 *
 * @param imperial the code in hundredths of an inch, e.g. {@code 0603}
 * @param metric   the code in tenths of a millimetre, e.g. {@code 1608}
 */
public record ChipSize(String imperial, String metric) {

    private static final List<ChipSize> ALL = List.of(
            new ChipSize("01005", "0402"), new ChipSize("0201", "0603"), new ChipSize("0402", "1005"),
            new ChipSize("0504", "1310"), new ChipSize("0603", "1608"), new ChipSize("0612", "1632"),
            new ChipSize("0805", "2012"), new ChipSize("0815", "2038"), new ChipSize("1008", "2520"),
            new ChipSize("1020", "2550"), new ChipSize("1206", "3216"), new ChipSize("1210", "3225"),
            new ChipSize("1218", "3246"), new ChipSize("1411", "3528"), new ChipSize("1806", "4516"),
            new ChipSize("1812", "4532"), new ChipSize("1825", "4564"), new ChipSize("2010", "5025"),
            new ChipSize("2220", "5650"), new ChipSize("2225", "5664"), new ChipSize("2312", "6032"),
            new ChipSize("2512", "6332"), new ChipSize("2816", "7142"), new ChipSize("2917", "7343"),
            new ChipSize("2920", "7451"), new ChipSize("3640", "9110"), new ChipSize("4020", "10251"));

    /**
     * Metric codes in use beside the IPC/KiCad one: DigiKey and EIA write 2512 as {@code 2512 (6432 Metric)}, KiCad
     * as {@code R_2512_6332Metric}; both are the same 6.3–6.4 × 3.2 mm chip.
     */
    private static final Map<String, String> METRIC_ALIASES = Map.of("6432", "2512");

    private static final Map<String, ChipSize> BY_IMPERIAL = new HashMap<>();
    private static final Map<String, ChipSize> BY_METRIC = new HashMap<>();

    static {
        for (ChipSize size : ALL) {
            BY_IMPERIAL.put(size.imperial, size);
            BY_METRIC.put(size.metric, size);
        }
    }

    /** The size with this imperial code, e.g. {@code 0603}. */
    public static Optional<ChipSize> imperial(String code) {
        return Optional.ofNullable(BY_IMPERIAL.get(code));
    }

    /** The size with this metric code, e.g. {@code 1608} (or {@code 6432}, another code of 2512). */
    public static Optional<ChipSize> metric(String code) {
        ChipSize size = BY_METRIC.get(code);
        return size != null ? Optional.of(size) : Optional.ofNullable(METRIC_ALIASES.get(code)).map(BY_IMPERIAL::get);
    }

    /** True if {@code code} is this size's metric code or another metric code in use for it ({@code 6432} for 2512). */
    public boolean hasMetricCode(String code) {
        return metric.equals(code) || imperial.equals(METRIC_ALIASES.get(code));
    }

    /**
     * A code of unknown system: imperial if it is an imperial code (the convention of Altium's and most house
     * names, so {@code 0402} is imperial 0402), otherwise metric.
     */
    public static Optional<ChipSize> either(String code) {
        ChipSize imperial = BY_IMPERIAL.get(code);
        return imperial != null ? Optional.of(imperial) : metric(code);
    }

    /** True if the code means different sizes in the two systems (0402, 0603). */
    public static boolean ambiguous(String code) {
        return BY_IMPERIAL.containsKey(code) && BY_METRIC.containsKey(code);
    }

    /** KiCad's name part, e.g. {@code 0603_1608Metric}. */
    public String kicadName() {
        return imperial + "_" + metric + "Metric";
    }

    @Override
    public String toString() {
        return imperial + " (" + metric + " metric)";
    }
}
