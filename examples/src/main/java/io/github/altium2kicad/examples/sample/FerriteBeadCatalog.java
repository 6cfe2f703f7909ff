package io.github.altium2kicad.examples.sample;

import static io.github.altium2kicad.examples.sample.PartSpec.parameters;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/** The {@code Ferrite Beads} table: chip beads 0402..1206 from Murata, TDK, Würth and Bourns. */
final class FerriteBeadCatalog {

    static final String TABLE = "Ferrite Beads";

    private static final String IMPEDANCE = "Impedance @ Frequency";
    private static final String CURRENT = "Current Rating (Amps)";
    private static final String DCR = "DC Resistance (DCR) (Max)";
    private static final String LINES = "Number of Lines";
    private static final String FILTER_TYPE = "Filter Type";

    static final TableProfile PROFILE = TableProfile.of(TABLE, "FB",
            List.of(IMPEDANCE, CURRENT, DCR, LINES, FILTER_TYPE)).withStyles(0.3, 0.4);

    /** A bead series: size, MPN pattern ({@code %s} = impedance code), impedance codes, current at 100 Ω. */
    private record BeadSeries(Manufacturer manufacturer, ChipSize size, String mpnPattern, List<String> codes,
                              double ampsAt100Ohm, String series) {
    }

    private static final List<BeadSeries> SERIES = List.of(
            new BeadSeries(Manufacturer.MURATA, ChipSize.C0402, "BLM15AG%sSN1D", List.of("121", "221", "601", "102"),
                    0.8, "blm15ag"),
            new BeadSeries(Manufacturer.MURATA, ChipSize.C0402, "BLM15PD%sSN1D", List.of("300", "600", "121"),
                    2.2, "blm15pd"),
            new BeadSeries(Manufacturer.MURATA, ChipSize.C0603, "BLM18AG%sSN1D",
                    List.of("121", "221", "471", "601", "102"), 0.9, "blm18ag"),
            new BeadSeries(Manufacturer.MURATA, ChipSize.C0603, "BLM18PG%sSN1D",
                    List.of("330", "600", "121", "221", "331", "471"), 2.0, "blm18pg"),
            new BeadSeries(Manufacturer.MURATA, ChipSize.C0805, "BLM21PG%sSN1D",
                    List.of("220", "300", "600", "121", "221", "331"), 3.0, "blm21pg"),
            new BeadSeries(Manufacturer.MURATA, ChipSize.C1206, "BLM31PG%sSN1L", List.of("330", "500", "121", "601"),
                    3.5, "blm31pg"),
            new BeadSeries(Manufacturer.TDK, ChipSize.C0603, "MPZ1608S%sATA00",
                    List.of("101", "221", "331", "471", "601", "102"), 2.5, "mpz1608"),
            new BeadSeries(Manufacturer.TDK, ChipSize.C0805, "MPZ2012S%sAT000", List.of("101", "221", "331", "601"),
                    3.0, "mpz2012"),
            new BeadSeries(Manufacturer.BOURNS, ChipSize.C0805, "MH2029-%sY", List.of("300", "600", "121", "221", "601"),
                    2.5, "mh2029"));

    private FerriteBeadCatalog() {
    }

    static SampleTable table(Random random) {
        List<PartSpec> specs = new ArrayList<>();
        for (BeadSeries series : SERIES) {
            for (String code : series.codes()) {
                specs.add(bead(random, series, code, String.format(Locale.ROOT, series.mpnPattern(), code)));
            }
        }
        String[][] wurth = {{"742792641", "0603", "300"}, {"742792651", "0603", "600"}, {"742792662", "0603", "1000"},
                {"742792625", "0603", "120"}, {"742792040", "0805", "600"}, {"742792021", "0805", "220"},
                {"742792097", "1206", "600"}, {"742792116", "1206", "1000"}};
        for (String[] w : wurth) {
            ChipSize size = ChipSize.valueOf("C" + w[1]);
            String code = ComponentValue.of(w[2]).eia3();
            specs.add(bead(random, new BeadSeries(Manufacturer.WURTH, size, w[0], List.of(code), 2.0, "we-cbf"),
                    code, w[0]));
        }
        return new PartAssembler(PROFILE, random).table(specs);
    }

    private static PartSpec bead(Random random, BeadSeries series, String code, String mpn) {
        ChipSize size = series.size();
        int ohms = Integer.parseInt(code.substring(0, 2)) * (int) Math.pow(10, code.charAt(2) - '0');
        double amps = series.ampsAt100Ohm() / Math.sqrt(Math.max(0.3, ohms / 100.0));
        PackageSpec pkg = new PackageSpec(size.imperial(), size.caseName(), PackageSpec.SMD, 2,
                "BEADC" + size.metric() + "X" + (size == ChipSize.C0402 ? "60" : "95") + "N", "FB" + size.imperial(),
                "FB " + size.imperial() + "_" + size.metric(), "Chip_Ferrite",
                "Inductor_SMD:L_" + size.kicadSuffix());
        double r = random.nextDouble();
        String symbol = r < 0.6 ? "Ferrite Bead" : r < 0.85 ? "FB" : "Inductor Iron";
        String library = symbol.equals("Inductor Iron") ? "Miscellaneous Devices" : "Passives";
        String current = String.format(Locale.ROOT, "%.1fA", amps);
        return new PartSpec(symbol, library, pkg,
                "FERRITE BEAD " + ohms + " OHM " + size.imperial() + " 1LN", ohms + "R@100MHz", series.manufacturer(),
                mpn, series.series(),
                parameters(IMPEDANCE, ohms + " Ohms @ 100 MHz", CURRENT, current,
                        DCR, String.format(Locale.ROOT, "%.0fmOhm", 15 + ohms * 0.4), LINES, "1",
                        FILTER_TYPE, "Power Line"),
                new KicadExpectation(PartFamily.FERRITE_BEAD, pkg.code(), 2, "Device:FerriteBead",
                        pkg.kicadFootprint()));
    }
}
