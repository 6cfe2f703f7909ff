package io.github.altium2kicad.examples.sample;

import static io.github.altium2kicad.examples.sample.PartSpec.parameters;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/** The {@code Capacitors} table: MLCCs (C0G/X7R/X5R), tantalum chips in EIA cases, aluminium electrolytics. */
final class CapacitorCatalog {

    static final String TABLE = "Capacitors";

    private static final String CAPACITANCE = "Capacitance";
    private static final String VOLTAGE = "Voltage - Rated";
    private static final String TOLERANCE = "Tolerance";
    private static final String TEMPCO = "Temperature Coefficient";
    private static final String TYPE = "Capacitor Type";
    private static final String ESR = "ESR (Equivalent Series Resistance)";
    private static final String LIFETIME = "Lifetime @ Temperature"; // no "." : Access column names cannot have one
    private static final String OPERATING_TEMPERATURE = "Operating Temperature";
    private static final String SIZE = "Size / Dimension";

    static final TableProfile PROFILE = TableProfile.of(TABLE, "CAP",
                    List.of(CAPACITANCE, VOLTAGE, TOLERANCE, TEMPCO, TYPE, ESR, LIFETIME, OPERATING_TEMPERATURE, SIZE))
            .withAlternates(0.35).withStyles(0.45, 0.3);

    private enum Dielectric { C0G, X7R, X5R }

    private record Mlcc(ChipSize size, Dielectric dielectric, ComponentValue farads, String volts) {
    }

    private CapacitorCatalog() {
    }

    static SampleTable table(Random random) {
        List<PartSpec> specs = new ArrayList<>();
        // Murata GRM
        for (ComponentValue pf : ESeries.E12.range(0, 3)) {
            specs.add(murata(random, new Mlcc(ChipSize.C0402, Dielectric.C0G, pf.scaled(-12), "50")));
        }
        for (ComponentValue pf : ESeries.E6.range(3, 5)) {
            specs.add(murata(random, new Mlcc(ChipSize.C0402, Dielectric.X7R, pf.scaled(-12), x7rVolts0402(pf))));
        }
        for (String[] v : new String[][] {{"2.2e-7", "10"}, {"4.7e-7", "10"}, {"1e-6", "6.3"}, {"1e-6", "10"},
                {"2.2e-6", "6.3"}}) {
            specs.add(murata(random, new Mlcc(ChipSize.C0402, Dielectric.X5R, ComponentValue.of(v[0]), v[1])));
        }
        for (ComponentValue pf : ESeries.E12.range(0, 4)) {
            if (random.nextDouble() < 0.8) {
                specs.add(murata(random, new Mlcc(ChipSize.C0603, Dielectric.C0G, pf.scaled(-12), "50")));
            }
        }
        for (ComponentValue pf : ESeries.E12.range(3, 6)) {
            String volts = pf.value().compareTo(BigDecimal.valueOf(100_000)) <= 0 ? "50" : "25";
            specs.add(murata(random, new Mlcc(ChipSize.C0603, Dielectric.X7R, pf.scaled(-12), volts)));
        }
        for (ComponentValue pf : ESeries.E6.range(3, 6)) {
            specs.add(murata(random, new Mlcc(ChipSize.C0805, Dielectric.X7R, pf.scaled(-12), "50")));
        }
        // Samsung CL
        for (ComponentValue pf : ESeries.E12.range(1, 3)) {
            specs.add(samsung(random, new Mlcc(ChipSize.C0603, Dielectric.C0G, pf.scaled(-12), "50")));
        }
        for (ComponentValue pf : ESeries.E12.range(3, 5)) {
            specs.add(samsung(random, new Mlcc(ChipSize.C0603, Dielectric.X7R, pf.scaled(-12), "50")));
        }
        for (String[] v : new String[][] {{"2.2e-7", "25"}, {"4.7e-7", "25"}, {"1e-6", "16"}}) {
            specs.add(samsung(random, new Mlcc(ChipSize.C0603, Dielectric.X7R, ComponentValue.of(v[0]), v[1])));
        }
        for (String[] v : new String[][] {{"1e-6", "25"}, {"2.2e-6", "10"}, {"2.2e-6", "16"}, {"2.2e-6", "25"},
                {"4.7e-6", "10"}, {"4.7e-6", "16"}, {"1e-5", "6.3"}, {"1e-5", "10"}, {"1e-5", "16"}}) {
            specs.add(samsung(random, new Mlcc(ChipSize.C0603, Dielectric.X5R, ComponentValue.of(v[0]), v[1])));
        }
        for (ComponentValue pf : ESeries.E12.range(1, 3)) {
            specs.add(samsung(random, new Mlcc(ChipSize.C0402, Dielectric.C0G, pf.scaled(-12), "50")));
        }
        for (ComponentValue pf : ESeries.E6.range(3, 5)) {
            specs.add(samsung(random, new Mlcc(ChipSize.C0402, Dielectric.X7R, pf.scaled(-12), x7rVolts0402(pf))));
        }
        for (String[] v : new String[][] {{"2.2e-7", "16"}, {"4.7e-7", "10"}, {"1e-6", "10"}, {"2.2e-6", "10"},
                {"4.7e-6", "6.3"}}) {
            specs.add(samsung(random, new Mlcc(ChipSize.C0402, Dielectric.X5R, ComponentValue.of(v[0]), v[1])));
        }
        for (ComponentValue pf : ESeries.E6.range(4, 7)) {
            String volts = pf.value().compareTo(BigDecimal.valueOf(1_000_000)) < 0 ? "50" : "25";
            specs.add(murata(random, new Mlcc(ChipSize.C1206, Dielectric.X7R, pf.scaled(-12), volts)));
        }
        // Yageo CC
        for (ComponentValue pf : ESeries.E6.range(3, 6)) {
            String volts = pf.value().compareTo(BigDecimal.valueOf(100_000)) <= 0 ? "50" : "25";
            specs.add(yageo(random, new Mlcc(ChipSize.C0805, Dielectric.X7R, pf.scaled(-12), volts)));
        }
        for (String[] v : new String[][] {{"4.7e-6", "16"}, {"4.7e-6", "25"}, {"1e-5", "10"}, {"1e-5", "16"},
                {"1e-5", "25"}, {"2.2e-5", "6.3"}, {"2.2e-5", "10"}}) {
            specs.add(yageo(random, new Mlcc(ChipSize.C0805, Dielectric.X5R, ComponentValue.of(v[0]), v[1])));
        }
        // KEMET
        for (ComponentValue pf : ESeries.E6.range(4, 6)) {
            String volts = pf.value().compareTo(BigDecimal.valueOf(68_000)) <= 0 ? "100" : "50";
            specs.add(kemet(random, new Mlcc(ChipSize.C1206, Dielectric.X7R, pf.scaled(-12), volts)));
        }
        for (ComponentValue pf : ESeries.E6.range(3, 4)) {
            specs.add(kemet(random, new Mlcc(ChipSize.C1206, Dielectric.C0G, pf.scaled(-12), "50")));
        }
        // TDK
        for (ComponentValue pf : ESeries.E6.range(3, 5)) {
            specs.add(tdk(random, new Mlcc(ChipSize.C0603, Dielectric.X7R, pf.scaled(-12), "50")));
        }
        for (String[] v : new String[][] {{"1e-5", "50", "X7R"}, {"4.7e-6", "50", "X7R"}, {"1e-5", "25", "X7R"},
                {"2.2e-5", "25", "X5R"}, {"4.7e-5", "10", "X5R"}, {"1e-4", "6.3", "X5R"}}) {
            specs.add(tdk(random, new Mlcc(ChipSize.C1210, Dielectric.valueOf(v[2]), ComponentValue.of(v[0]), v[1])));
        }
        addTantalum(random, specs);
        addElectrolytic(random, specs);
        return new PartAssembler(PROFILE, random).table(specs);
    }

    private static String x7rVolts0402(ComponentValue pf) {
        if (pf.value().compareTo(BigDecimal.valueOf(10_000)) <= 0) {
            return "50";
        }
        return pf.value().compareTo(BigDecimal.valueOf(47_000)) <= 0 ? "25" : "16";
    }

    /** The MLCC package: {@code CAPC1608X90N}, {@code C0603}, {@code CAP 0603_1608}. */
    static PackageSpec mlccPackage(ChipSize size) {
        String height = switch (size) {
            case C0402 -> "55";
            case C0603 -> "90";
            case C0805 -> "125";
            case C1206 -> "160";
            case C1210, C2512 -> "250";
        };
        return new PackageSpec(size.imperial(), size.caseName(), PackageSpec.SMD, 2,
                "CAPC" + size.metric() + "X" + height + "N", "C" + size.imperial(),
                "CAP " + size.imperial() + "_" + size.metric(), "Chip_Capacitor",
                "Capacitor_SMD:C_" + size.kicadSuffix());
    }

    /** The {@code Value}: {@code 100nF}, {@code 4.7µF}, {@code 1000µF} (never millifarads). */
    static String value(ComponentValue farads) {
        if (farads.value().compareTo(new BigDecimal("1e-3")) >= 0) {
            return farads.scaled(6).plain() + "µF";
        }
        return farads.compact("F");
    }

    /** DigiKey's way: {@code 0.1 µF} from 10 nF up, {@code 4700 pF} below. */
    static String digikeyCapacitance(ComponentValue farads) {
        if (farads.value().compareTo(new BigDecimal("1e-8")) >= 0) {
            return farads.scaled(6).plain() + " µF";
        }
        return farads.scaled(12).plain() + " pF";
    }

    private static String toleranceLetter(Mlcc c) {
        if (c.dielectric() != Dielectric.C0G) {
            return "K";
        }
        return c.farads().value().compareTo(new BigDecimal("1e-11")) < 0 ? "C" : "J";
    }

    private static String tolerance(String letter) {
        return switch (letter) {
            case "C" -> "±0.25pF";
            case "J" -> "±5%";
            case "K" -> "±10%";
            default -> "±20%";
        };
    }

    private static PartSpec mlcc(Random random, Mlcc c, Manufacturer manufacturer, String mpn, String description,
                                 String series) {
        PackageSpec pkg = mlccPackage(c.size());
        String symbol = random.nextDouble() < 0.7 ? "Capacitor" : "CAP";
        String dielectric = c.dielectric() == Dielectric.C0G ? "C0G, NP0" : c.dielectric().name();
        return new PartSpec(symbol, symbol.equals("CAP") ? "Passives_Old" : "Passives", pkg, description,
                value(c.farads()), manufacturer, mpn, series,
                parameters(CAPACITANCE, digikeyCapacitance(c.farads()), VOLTAGE, c.volts() + "V", TOLERANCE,
                        tolerance(toleranceLetter(c)), TEMPCO, dielectric, TYPE, "Ceramic", ESR, null, LIFETIME, null,
                        OPERATING_TEMPERATURE, c.dielectric() == Dielectric.X5R ? "-55°C ~ 85°C" : "-55°C ~ 125°C",
                        SIZE, null),
                new KicadExpectation(PartFamily.CAPACITOR_CERAMIC, pkg.code(), 2, "Device:C", pkg.kicadFootprint()));
    }

    private static String murataVoltage(String volts) {
        return switch (volts) {
            case "6.3" -> "0J";
            case "10" -> "1A";
            case "16" -> "1C";
            case "25" -> "1E";
            case "50" -> "1H";
            default -> "2A";
        };
    }

    private static PartSpec murata(Random random, Mlcc c) {
        String sizeCode = switch (c.size()) {
            case C0402 -> "155";
            case C0603 -> "188";
            case C0805 -> "21B";
            default -> "31M";
        };
        String dielectric = switch (c.dielectric()) {
            case C0G -> "5C";
            case X7R -> "R7";
            case X5R -> "R6";
        };
        String mpn = "GRM" + sizeCode + dielectric + murataVoltage(c.volts()) + c.farads().scaled(12).eia3()
                + toleranceLetter(c) + "A01D";
        String description = "CAP CER " + c.farads().compact("F").replace("µ", "U").toUpperCase(Locale.ROOT)
                + " " + c.volts() + "V " + c.dielectric() + " " + c.size().imperial();
        return mlcc(random, c, Manufacturer.MURATA, mpn, description, "grm-series");
    }

    private static PartSpec samsung(Random random, Mlcc c) {
        String size = switch (c.size()) {
            case C0402 -> "05";
            case C0603 -> "10";
            case C0805 -> "21";
            default -> "31";
        };
        String dielectric = switch (c.dielectric()) {
            case C0G -> "C";
            case X7R -> "B";
            case X5R -> "A";
        };
        String voltage = switch (c.volts()) {
            case "6.3" -> "Q";
            case "10" -> "P";
            case "16" -> "O";
            case "25" -> "A";
            case "50" -> "B";
            default -> "C";
        };
        String mpn = "CL" + size + dielectric + c.farads().scaled(12).eia3() + toleranceLetter(c) + voltage + "8NNNC";
        String description = "Multilayer Ceramic Capacitor " + c.farads().engineering("F") + " "
                + tolerance(toleranceLetter(c)) + " " + c.volts() + "V " + c.dielectric() + " " + c.size().caseName();
        return mlcc(random, c, Manufacturer.SAMSUNG, mpn, description, "cl-series");
    }

    private static PartSpec yageo(Random random, Mlcc c) {
        String dielectric = c.dielectric() == Dielectric.C0G ? "NPO" : c.dielectric().name();
        String voltage = switch (c.volts()) {
            case "6.3" -> "5";
            case "10" -> "6";
            case "16" -> "7";
            case "25" -> "8";
            case "50" -> "9";
            default -> "0";
        };
        String mpn = "CC" + c.size().imperial() + toleranceLetter(c) + "R" + dielectric + voltage + "BB"
                + c.farads().scaled(12).eia3();
        String description = "CAP CER " + c.farads().compact("F").replace("µ", "U").toUpperCase(Locale.ROOT)
                + " " + c.volts() + "V " + c.dielectric() + " " + c.size().imperial();
        return mlcc(random, c, Manufacturer.YAGEO, mpn, description, "upy-gphc_x7r_6.3v-to-50v");
    }

    private static PartSpec kemet(Random random, Mlcc c) {
        String voltage = switch (c.volts()) {
            case "6.3" -> "9";
            case "10" -> "8";
            case "16" -> "4";
            case "25" -> "3";
            case "50" -> "5";
            default -> "1";
        };
        String dielectric = switch (c.dielectric()) {
            case C0G -> "G";
            case X7R -> "R";
            case X5R -> "P";
        };
        String mpn = "C" + c.size().imperial() + "C" + c.farads().scaled(12).eia3() + toleranceLetter(c) + voltage
                + dielectric + "ACTU";
        String description = "Capacitor, Ceramic, " + digikeyCapacitance(c.farads()) + ", " + c.volts() + " V, "
                + tolerance(toleranceLetter(c)) + ", " + c.dielectric() + ", " + c.size().imperial();
        return mlcc(random, c, Manufacturer.KEMET, mpn, description, "kem_c1002_x7r_smd");
    }

    private static PartSpec tdk(Random random, Mlcc c) {
        String thickness = switch (c.size()) {
            case C0402 -> "050";
            case C0603 -> "080";
            case C0805 -> "125";
            case C1206 -> "160";
            default -> "250";
        };
        String mpn = "C" + c.size().metric() + c.dielectric() + murataVoltage(c.volts())
                + c.farads().scaled(12).eia3() + toleranceLetter(c) + thickness + "AA";
        String description = "Cap Ceramic " + c.farads().engineering("F") + " " + c.volts() + " V "
                + c.dielectric() + " " + tolerance(toleranceLetter(c)) + " " + c.size().caseName();
        return mlcc(random, c, Manufacturer.TDK, mpn, description, "mlcc_commercial_general_en");
    }

    // ---- tantalum ----

    private enum TantalumCase {
        A("3216-18", "1206 (3216 Metric)", "3216X180", "Kemet-A", "0.126\" L x 0.063\" W (3.20mm x 1.60mm)"),
        B("3528-21", "1411 (3528 Metric)", "3528X210", "Kemet-B", "0.138\" L x 0.110\" W (3.50mm x 2.80mm)"),
        C("6032-28", "2312 (6032 Metric)", "6032X280", "Kemet-C", "0.236\" L x 0.126\" W (6.00mm x 3.20mm)"),
        D("7343-31", "2917 (7343 Metric)", "7343X310", "Kemet-D", "0.287\" L x 0.169\" W (7.30mm x 4.30mm)");

        private final String eia;
        private final String caseName;
        private final String ipcBody;
        private final String kicadSuffix;
        private final String size;

        TantalumCase(String eia, String caseName, String ipcBody, String kicadSuffix, String size) {
            this.eia = eia;
            this.caseName = caseName;
            this.ipcBody = ipcBody;
            this.kicadSuffix = kicadSuffix;
            this.size = size;
        }

        PackageSpec pkg() {
            return new PackageSpec("EIA-" + eia + " (" + name() + ")", caseName, PackageSpec.SMD, 2,
                    "CAPMP" + ipcBody + "N", "CASE-" + name() + "_" + eia.substring(0, 4),
                    "CAP TANT " + name() + "_" + eia, "Tantalum",
                    "Capacitor_Tantalum_SMD:CP_EIA-" + eia + "_" + kicadSuffix);
        }
    }

    private static void addTantalum(Random random, List<PartSpec> specs) {
        Object[][] ratings = {
                {TantalumCase.A, "1e-6", "16"}, {TantalumCase.A, "2.2e-6", "16"}, {TantalumCase.A, "4.7e-6", "10"},
                {TantalumCase.A, "1e-5", "6.3"}, {TantalumCase.A, "1e-5", "10"}, {TantalumCase.A, "1e-6", "25"},
                {TantalumCase.A, "4.7e-7", "35"},
                {TantalumCase.B, "4.7e-6", "16"}, {TantalumCase.B, "1e-5", "16"}, {TantalumCase.B, "2.2e-5", "10"},
                {TantalumCase.B, "2.2e-5", "6.3"}, {TantalumCase.B, "4.7e-5", "6.3"}, {TantalumCase.B, "2.2e-6", "25"},
                {TantalumCase.B, "1e-6", "35"},
                {TantalumCase.C, "1e-5", "25"}, {TantalumCase.C, "2.2e-5", "16"}, {TantalumCase.C, "4.7e-5", "10"},
                {TantalumCase.C, "1e-4", "6.3"}, {TantalumCase.C, "4.7e-6", "35"}, {TantalumCase.C, "3.3e-5", "16"},
                {TantalumCase.D, "2.2e-5", "25"}, {TantalumCase.D, "4.7e-5", "16"}, {TantalumCase.D, "1e-4", "10"},
                {TantalumCase.D, "2.2e-4", "6.3"}, {TantalumCase.D, "1e-5", "35"}, {TantalumCase.D, "4.7e-6", "50"},
                {TantalumCase.D, "6.8e-5", "20"}};
        for (Object[] rating : ratings) {
            TantalumCase tc = (TantalumCase) rating[0];
            ComponentValue farads = ComponentValue.of((String) rating[1]);
            String volts = (String) rating[2];
            String voltCode = volts.equals("6.3") ? "006" : "0".repeat(3 - volts.length()) + volts;
            String code = farads.scaled(12).eia3();
            specs.add(tantalum(random, tc, farads, volts, Manufacturer.KEMET,
                    "T491" + tc.name() + code + "K" + voltCode + "AT", "t491"));
            if (random.nextDouble() < 0.85) {
                specs.add(tantalum(random, tc, farads, volts, Manufacturer.KYOCERA_AVX,
                        "TAJ" + tc.name() + code + "K" + voltCode + "RNJ", "taj"));
            }
        }
    }

    private static PartSpec tantalum(Random random, TantalumCase tc, ComponentValue farads, String volts,
                                     Manufacturer manufacturer, String mpn, String series) {
        PackageSpec pkg = tc.pkg();
        double r = random.nextDouble();
        String symbol = r < 0.6 ? "CAP_POL" : r < 0.85 ? "Cap Pol1" : "Capacitor Polarised";
        String library = symbol.equals("Cap Pol1") ? "Miscellaneous Devices" : "Passives";
        String esr = switch (tc) {
            case A -> "3 Ohm";
            case B -> "2.1 Ohm";
            case C -> "0.9 Ohm";
            case D -> "0.5 Ohm";
        };
        String description = "Tantalum Capacitor " + farads.engineering("F") + " ±10% " + volts + "V Case "
                + tc.name() + " (EIA " + tc.eia + ") Molded";
        return new PartSpec(symbol, library, pkg, description, value(farads), manufacturer, mpn, series,
                parameters(CAPACITANCE, digikeyCapacitance(farads), VOLTAGE, volts + "V", TOLERANCE, "±10%", TEMPCO,
                        null, TYPE, "Tantalum", ESR, esr, LIFETIME, null, OPERATING_TEMPERATURE, "-55°C ~ 125°C",
                        SIZE, tc.size),
                new KicadExpectation(PartFamily.CAPACITOR_TANTALUM, "EIA-" + tc.eia, 2, "Device:C_Polarized",
                        pkg.kicadFootprint()));
    }

    // ---- aluminium electrolytic ----

    private static void addElectrolytic(Random random, List<PartSpec> specs) {
        String[][] smd = {
                {"1e-5", "16", "4", "5.4"}, {"2.2e-5", "6.3", "4", "5.4"}, {"4.7e-6", "35", "4", "5.4"},
                {"2.2e-5", "16", "5", "5.4"}, {"4.7e-5", "6.3", "5", "5.4"}, {"1e-5", "25", "5", "5.4"},
                {"4.7e-5", "16", "6.3", "5.4"}, {"1e-4", "6.3", "6.3", "5.4"}, {"2.2e-5", "35", "6.3", "5.4"},
                {"1e-4", "16", "6.3", "7.7"}, {"4.7e-5", "35", "6.3", "7.7"}, {"2.2e-4", "6.3", "6.3", "7.7"},
                {"2.2e-4", "16", "8", "10"}, {"4.7e-4", "6.3", "8", "10"}, {"1e-4", "35", "8", "10"},
                {"4.7e-5", "50", "8", "10"}, {"4.7e-4", "16", "10", "10"}, {"1e-3", "6.3", "10", "10"},
                {"2.2e-4", "35", "10", "10"}, {"1e-4", "50", "10", "10"}};
        for (String[] e : smd) {
            ComponentValue farads = ComponentValue.of(e[0]);
            specs.add(electrolyticSmd(random, farads, e[1], e[2], e[3], Manufacturer.NICHICON,
                    "UWT" + nichiconVoltage(e[1]) + farads.scaled(6).eia3() + "MCL1GS", "e-uwt"));
            if (random.nextDouble() < 0.5) {
                specs.add(electrolyticSmd(random, farads, e[1], e[2], e[3], Manufacturer.PANASONIC,
                        "EEE-FK" + nichiconVoltage(e[1]) + farads.scaled(6).eia3() + "P", "aaa4000c226"));
            }
        }
        String[][] radial = {
                {"1e-5", "25", "5", "11", "2.00"}, {"2.2e-5", "16", "5", "11", "2.00"}, {"4.7e-5", "10", "5", "11", "2.00"},
                {"1e-6", "50", "5", "11", "2.00"}, {"4.7e-6", "50", "5", "11", "2.00"},
                {"4.7e-5", "25", "6.3", "11", "2.50"}, {"1e-4", "16", "6.3", "11", "2.50"},
                {"2.2e-5", "50", "6.3", "11", "2.50"}, {"2.2e-4", "10", "6.3", "11", "2.50"},
                {"1e-4", "35", "8", "11.5", "3.50"}, {"2.2e-4", "25", "8", "11.5", "3.50"},
                {"4.7e-4", "16", "8", "11.5", "3.50"}, {"4.7e-5", "63", "8", "11.5", "3.50"},
                {"1e-3", "16", "10", "12.5", "5.00"}, {"4.7e-4", "35", "10", "12.5", "5.00"},
                {"2.2e-4", "50", "10", "12.5", "5.00"}, {"1e-4", "63", "10", "12.5", "5.00"}};
        for (String[] e : radial) {
            ComponentValue farads = ComponentValue.of(e[0]);
            specs.add(electrolyticRadial(random, farads, e[1], e[2], e[3], e[4], Manufacturer.NICHICON,
                    "UVR" + nichiconVoltage(e[1]) + farads.scaled(6).eia3() + "MPD", "e-uvr"));
            if (random.nextDouble() < 0.4) {
                specs.add(electrolyticRadial(random, farads, e[1], e[2], e[3], e[4], Manufacturer.PANASONIC,
                        "ECA-" + nichiconVoltage(e[1]) + "M" + farads.scaled(6).eia3(), "aba0000c1011"));
            }
        }
    }

    private static String nichiconVoltage(String volts) {
        return switch (volts) {
            case "6.3" -> "0J";
            case "10" -> "1A";
            case "16" -> "1C";
            case "25" -> "1E";
            case "35" -> "1V";
            case "50" -> "1H";
            default -> "1J";
        };
    }

    private static String polarizedSymbol(Random random) {
        double r = random.nextDouble();
        return r < 0.6 ? "CAP_POL" : r < 0.85 ? "Cap Pol1" : "Capacitor Polarised";
    }

    private static String inches(String mm) {
        return new BigDecimal(mm).divide(new BigDecimal("25.4"), 3, RoundingMode.HALF_UP).toPlainString()
                .replaceFirst("^0", "");
    }

    private static PartSpec electrolyticSmd(Random random, ComponentValue farads, String volts, String diameter,
                                            String height, Manufacturer manufacturer, String mpn, String series) {
        String dims = diameter + "x" + height;
        int base = new BigDecimal(diameter).add(new BigDecimal("0.3")).movePointRight(2).intValue();
        int h = new BigDecimal(height).add(new BigDecimal("0.1")).movePointRight(2).intValue();
        PackageSpec pkg = new PackageSpec("Can " + dims, "Radial, Can - SMD", PackageSpec.SMD, 2,
                "CAPAE" + base + "X" + h + "N", "CAPAE " + diameter + "X" + height, "CAP ELEC " + dims + " SMD",
                "Electrolytic", "Capacitor_SMD:CP_Elec_" + dims);
        String symbol = polarizedSymbol(random);
        String description = "Aluminum Electrolytic Capacitor " + farads.engineering("F") + " ±20% " + volts
                + "V SMD Ø" + diameter + "x" + height + "mm";
        return new PartSpec(symbol, symbol.equals("Cap Pol1") ? "Miscellaneous Devices" : "Passives", pkg,
                description, value(farads), manufacturer, mpn, series,
                parameters(CAPACITANCE, digikeyCapacitance(farads), VOLTAGE, volts + "V", TOLERANCE, "±20%", TEMPCO,
                        null, TYPE, "Aluminum Electrolytic", ESR, null, LIFETIME, "2000 Hrs @ 105°C",
                        OPERATING_TEMPERATURE, "-55°C ~ 105°C",
                        SIZE, inches(diameter) + "\" Dia (" + diameter + "mm)"),
                new KicadExpectation(PartFamily.CAPACITOR_ELECTROLYTIC, "CP_Elec " + dims, 2, "Device:C_Polarized",
                        pkg.kicadFootprint()));
    }

    private static PartSpec electrolyticRadial(Random random, ComponentValue farads, String volts, String diameter,
                                               String height, String pitch, Manufacturer manufacturer, String mpn,
                                               String series) {
        String kicadDiameter = diameter.contains(".") ? diameter : diameter + ".0";
        String pitchShort = new BigDecimal(pitch).stripTrailingZeros().toPlainString();
        int p = new BigDecimal(pitch).movePointRight(2).intValue();
        int d = new BigDecimal(diameter).movePointRight(2).intValue();
        int h = new BigDecimal(height).movePointRight(2).intValue();
        PackageSpec pkg = new PackageSpec("Radial D" + diameter + " P" + pitchShort, "Radial, Can", PackageSpec.THT,
                2, "CAPPRD" + p + "W60D" + d + "H" + h, "CAPPR" + pitchShort + "-" + diameter + "x" + height,
                "CAP ELEC " + diameter + "x" + height + " P" + pitchShort, "Electrolytic",
                "Capacitor_THT:CP_Radial_D" + kicadDiameter + "mm_P" + pitch + "mm");
        String symbol = polarizedSymbol(random);
        String description = "CAP ALUM " + farads.scaled(6).plain() + "UF 20% " + volts + "V RADIAL";
        return new PartSpec(symbol, symbol.equals("Cap Pol1") ? "Miscellaneous Devices" : "Passives", pkg,
                description, value(farads), manufacturer, mpn, series,
                parameters(CAPACITANCE, digikeyCapacitance(farads), VOLTAGE, volts + "V", TOLERANCE, "±20%", TEMPCO,
                        null, TYPE, "Aluminum Electrolytic", ESR, null, LIFETIME, "2000 Hrs @ 85°C",
                        OPERATING_TEMPERATURE, "-40°C ~ 85°C",
                        SIZE, inches(diameter) + "\" Dia (" + diameter + "mm)"),
                new KicadExpectation(PartFamily.CAPACITOR_ELECTROLYTIC, pkg.code(), 2, "Device:C_Polarized",
                        pkg.kicadFootprint()));
    }
}
