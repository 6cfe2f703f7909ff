package io.github.altium2kicad.testkit.company;

/**
 * What a part of the company library physically is, and so which KiCad standard symbol and footprint it must get if
 * it is mapped: written by the generator from its catalog facts (the maker's size, the family it generates), never
 * by reading the names it wrote. Also written as {@code ground-truth-mapping.tsv}.
 *
 * @param dbLib     the DbLib's file name
 * @param table     the table as the DbLib names it
 * @param key       the {@code Part Number}
 * @param family    what the part is: {@code resistor}, {@code capacitor}, {@code inductor}, {@code ferrite bead},
 *                  {@code LED}, {@code tantalum capacitor}, or a kind with no plain KiCad standard counterpart
 *                  ({@code resistor array}, {@code side-view LED}, …)
 * @param symbol    the KiCad symbol ({@code Device:R}); empty if no standard symbol and footprint fit, and the part
 *                  must not be mapped at or above {@code min_confidence}
 * @param footprint the KiCad footprint ({@code Resistor_SMD:R_0603_1608Metric}); empty together with {@code symbol}
 */
public record MappingLabel(String dbLib, String table, String key, String family, String symbol, String footprint) {

    /** Column names of {@code ground-truth-mapping.tsv}, in order. */
    public static final String TSV_HEADER = "dblib\ttable\tkey\tfamily\tsymbol\tfootprint";

    /** True if the part has a certain standard mapping. */
    public boolean certain() {
        return !symbol.isEmpty();
    }

    /** One line of {@code ground-truth-mapping.tsv}. */
    public String tsv() {
        return String.join("\t", dbLib, table, key, family, symbol, footprint);
    }
}
