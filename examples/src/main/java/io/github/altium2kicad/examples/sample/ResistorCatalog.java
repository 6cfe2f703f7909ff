package io.github.altium2kicad.examples.sample;

import static io.github.altium2kicad.examples.sample.PartSpec.parameters;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/** The {@code Resistors} table: thick-film chips 0402..2512 in E24/E96 values, current-sense and axial parts. */
final class ResistorCatalog {

    static final String TABLE = "Resistors";

    private static final String RESISTANCE = "Resistance";
    private static final String TOLERANCE = "Tolerance";
    private static final String POWER = "Power (Watts)";
    private static final String TEMPCO = "Temperature Coefficient";
    private static final String COMPOSITION = "Composition";
    private static final String OPERATING_TEMPERATURE = "Operating Temperature";

    static final TableProfile PROFILE = TableProfile.of(TABLE, "RES",
                    List.of(RESISTANCE, TOLERANCE, POWER, TEMPCO, COMPOSITION, OPERATING_TEMPERATURE))
            .withAlternates(0.3).withStyles(0.5, 0.25);

    private static final String KICAD_SYMBOL = "Device:R";
    private static final String THICK_FILM = "Thick Film";
    private static final String CHIP_TEMPERATURE = "-55°C ~ 155°C";

    private ResistorCatalog() {
    }

    static SampleTable table(Random random) {
        List<PartSpec> specs = new ArrayList<>();
        for (ComponentValue v : ESeries.E24.range(1, 6)) {
            specs.add(yageoChip(random, ChipSize.C0603, "F", v));
        }
        for (ComponentValue v : ESeries.E24.range(1, 6)) {
            if (random.nextDouble() < 0.7) {
                specs.add(panasonicChip(random, ChipSize.C0402, v));
            }
        }
        for (ComponentValue v : ESeries.E24.range(1, 6)) {
            specs.add(vishayChip(random, ChipSize.C0805, v));
        }
        for (ComponentValue v : ESeries.E6.range(0, 6)) {
            specs.add(yageoChip(random, ChipSize.C1206, "J", v));
        }
        List<ComponentValue> precision = new ArrayList<>();
        for (ComponentValue v : ESeries.E96.range(3, 5)) {
            if (!ESeries.E24.contains(v.mantissa())) {
                precision.add(v);
            }
        }
        for (int i = 0; i < 60; i++) {
            specs.add(panasonicChip(random, ChipSize.C0603, precision.remove(random.nextInt(precision.size()))));
        }
        for (String ohms : List.of("0.005", "0.01", "0.015", "0.02", "0.025", "0.03", "0.05", "0.1", "0.15", "0.2",
                "0.25", "0.33", "0.5")) {
            specs.add(currentSense(random, ComponentValue.of(ohms)));
        }
        for (ComponentValue v : ESeries.E12.range(0, 2)) {
            specs.add(yageoChip(random, ChipSize.C2512, "F", v));
        }
        for (ComponentValue v : ESeries.E6.range(1, 6)) {
            specs.add(axial(random, v));
        }
        for (ComponentValue v : ESeries.E24.range(1, 6)) {
            if (random.nextDouble() < 0.6) {
                specs.add(yageoChip(random, ChipSize.C0402, "F", v));
            }
        }
        List<ComponentValue> precision0805 = new ArrayList<>();
        for (ComponentValue v : ESeries.E96.range(2, 5)) {
            if (!ESeries.E24.contains(v.mantissa())) {
                precision0805.add(v);
            }
        }
        for (int i = 0; i < 40; i++) {
            specs.add(panasonicChip(random, ChipSize.C0805,
                    precision0805.remove(random.nextInt(precision0805.size()))));
        }
        for (ComponentValue v : ESeries.E6.range(1, 5)) {
            if (v.mantissa() != 150 && v.mantissa() != 680) {
                specs.add(array(random, "0603", v));
            }
        }
        for (ComponentValue v : List.of(ComponentValue.of("22"), ComponentValue.of("33"), ComponentValue.of("100"),
                ComponentValue.of("1000"), ComponentValue.of("4700"), ComponentValue.of("10000"))) {
            specs.add(array(random, "0402", v));
        }
        for (ChipSize size : List.of(ChipSize.C0402, ChipSize.C0603, ChipSize.C0805, ChipSize.C1206)) {
            specs.add(yageoChip(random, size, "J", ComponentValue.of("0")));
        }
        return new PartAssembler(PROFILE, random).table(specs);
    }

    /** The chip-resistor package: {@code RESC1608X55N}, {@code R0603}, {@code RES 0603_1608}. */
    static PackageSpec chipPackage(ChipSize size) {
        String height = switch (size) {
            case C0402 -> "40";
            case C0603 -> "55";
            case C0805 -> "65";
            case C1206, C1210 -> "70";
            case C2512 -> "65";
        };
        return new PackageSpec(size.imperial(), size.caseName(), PackageSpec.SMD, 2,
                "RESC" + size.metric() + "X" + height + "N", "R" + size.imperial(),
                "RES " + size.imperial() + "_" + size.metric(), "Chip_Resistor",
                "Resistor_SMD:R_" + size.kicadSuffix());
    }

    static final PackageSpec AXIAL = new PackageSpec("Axial DIN0207", "Axial", PackageSpec.THT, 2,
            "RESAD1016W60L630D250", "AXIAL-0.4", "RES AXIAL_10.16", "Resistor_THT",
            "Resistor_THT:R_Axial_DIN0207_L6.3mm_D2.5mm_P10.16mm_Horizontal");

    private static String power(ChipSize size) {
        return switch (size) {
            case C0402 -> "0.063W, 1/16W";
            case C0603 -> "0.1W, 1/10W";
            case C0805 -> "0.125W, 1/8W";
            case C1206 -> "0.25W, 1/4W";
            case C1210 -> "0.5W, 1/2W";
            case C2512 -> "1W";
        };
    }

    private static String tolerance(String letter) {
        return "F".equals(letter) ? "±1%" : "±5%";
    }

    private static String value(ComponentValue v) {
        if (v.value().signum() == 0) {
            return "0R";
        }
        return v.value().compareTo(BigDecimal.ONE) < 0 ? v.plain() : v.compact("");
    }

    private static String symbol(Random random) {
        return random.nextDouble() < 0.75 ? "Resistor" : "RES";
    }

    private static String symbolLibrary(String symbol) {
        return "RES".equals(symbol) ? "Passives_Old" : "Passives";
    }

    private static KicadExpectation expectation(PackageSpec pkg) {
        return new KicadExpectation(PartFamily.RESISTOR, pkg.code(), 2, KICAD_SYMBOL, pkg.kicadFootprint());
    }

    private static PartSpec yageoChip(Random random, ChipSize size, String toleranceLetter, ComponentValue v) {
        boolean jumper = v.value().signum() == 0;
        PackageSpec pkg = chipPackage(size);
        String mpn = "RC" + size.imperial() + toleranceLetter + (size == ChipSize.C2512 ? "K" : "R") + "-07" + v.rkm() + "L";
        String ohms = jumper ? "0" : v.compact("").toUpperCase(Locale.ROOT);
        String description = jumper
                ? "RES SMD 0 OHM JUMPER " + power(size).replaceAll(".*, ", "") + " " + size.imperial()
                : "RES SMD " + ohms + " OHM " + tolerance(toleranceLetter).substring(1) + " "
                        + power(size).replaceAll(".*, ", "") + " " + size.imperial();
        String symbol = symbol(random);
        return new PartSpec(symbol, symbolLibrary(symbol), pkg, description, value(v), Manufacturer.YAGEO, mpn,
                "pyu-rc_group_51_rohs_l",
                parameters(RESISTANCE, v.engineering("Ω"), TOLERANCE, jumper ? "Jumper" : tolerance(toleranceLetter),
                        POWER, power(size), TEMPCO, jumper ? "-" : "±100ppm/°C", COMPOSITION, THICK_FILM,
                        OPERATING_TEMPERATURE, CHIP_TEMPERATURE),
                expectation(pkg));
    }

    private static PartSpec panasonicChip(Random random, ChipSize size, ComponentValue v) {
        PackageSpec pkg = chipPackage(size);
        String mpn = switch (size) {
            case C0402 -> "ERJ-2RKF" + v.eia4() + "X";
            case C0603 -> "ERJ-3EKF" + v.eia4() + "V";
            default -> "ERJ-6ENF" + v.eia4() + "V";
        };
        String description = "Thick Film Resistor " + v.engineering("Ω") + " ±1% " + power(size).replaceAll(",.*", "")
                + " " + size.caseName();
        String symbol = symbol(random);
        return new PartSpec(symbol, symbolLibrary(symbol), pkg, description, value(v), Manufacturer.PANASONIC, mpn,
                "erj-series",
                parameters(RESISTANCE, v.engineering("Ω"), TOLERANCE, "±1%", POWER, power(size), TEMPCO,
                        "±100ppm/°C", COMPOSITION, THICK_FILM, OPERATING_TEMPERATURE, CHIP_TEMPERATURE),
                expectation(pkg));
    }

    private static PartSpec vishayChip(Random random, ChipSize size, ComponentValue v) {
        PackageSpec pkg = chipPackage(size);
        String mpn = "CRCW" + size.imperial() + v.vishay4() + "FKEA";
        String description = "Resistor, Thick Film, " + v.engineering("Ω") + ", ±1%, "
                + power(size).replaceAll(",.*", "").replace("W", " W") + ", " + size.imperial() + ", AEC-Q200";
        String symbol = symbol(random);
        return new PartSpec(symbol, symbolLibrary(symbol), pkg, description, value(v), Manufacturer.VISHAY_DALE, mpn,
                "crcw-e3",
                parameters(RESISTANCE, v.engineering("Ω"), TOLERANCE, "±1%", POWER, power(size), TEMPCO,
                        "±100ppm/°C", COMPOSITION, THICK_FILM, OPERATING_TEMPERATURE, CHIP_TEMPERATURE),
                expectation(pkg));
    }

    private static PartSpec currentSense(Random random, ComponentValue v) {
        PackageSpec pkg = chipPackage(ChipSize.C2512);
        String digits = v.value().movePointRight(4).setScale(0, RoundingMode.HALF_UP).toPlainString();
        String mpn = "WSL2512R" + "0".repeat(4 - digits.length()) + digits + "FEA";
        String description = "Current Sense Resistor " + v.engineering("Ω") + " ±1% 1W 2512, Metal Strip";
        String symbol = symbol(random);
        return new PartSpec(symbol, symbolLibrary(symbol), pkg, description, value(v), Manufacturer.VISHAY_DALE, mpn,
                "wsl",
                parameters(RESISTANCE, v.engineering("Ω"), TOLERANCE, "±1%", POWER, "1W", TEMPCO, "±75ppm/°C",
                        COMPOSITION, "Metal Element", OPERATING_TEMPERATURE, "-65°C ~ 170°C"),
                expectation(pkg));
    }

    private static PartSpec array(Random random, String size, ComponentValue v) {
        String metric = size.equals("0603") ? "1608" : "1005";
        PackageSpec pkg = new PackageSpec("4x" + size + " convex", "0804, Convex, Long Side Terminals", PackageSpec.SMD,
                8, "RESCAXE" + (size.equals("0603") ? "80P320X160X60" : "50P200X100X45") + "-8N",
                "RES_ARRAY_4X" + size, "RES ARRAY 4x" + size + "_" + metric, "Chip_Resistor",
                "Resistor_SMD:R_Array_Convex_4x" + size);
        String mpn = (size.equals("0603") ? "YC164-JR-07" : "YC124-JR-07") + v.rkm() + "L";
        return new PartSpec(random.nextDouble() < 0.7 ? "RES_ARRAY_4" : "Res Pack4", "Passives", pkg,
                "RES ARRAY 4 RES " + v.compact("").toUpperCase(Locale.ROOT) + " OHM 5% " + size, value(v),
                Manufacturer.YAGEO, mpn, "pyu-yc_tc_series",
                parameters(RESISTANCE, v.engineering("Ω"), TOLERANCE, "±5%", POWER, "0.0625W, 1/16W", TEMPCO,
                        "±200ppm/°C", COMPOSITION, THICK_FILM, OPERATING_TEMPERATURE, CHIP_TEMPERATURE),
                new KicadExpectation(PartFamily.RESISTOR, pkg.code(), 8, "Device:R_Pack04", pkg.kicadFootprint()));
    }

    private static PartSpec axial(Random random, ComponentValue v) {
        String mpn = "MFR-25FBF52-" + v.rkm();
        String description = "Metal Film Resistor " + v.engineering("Ω") + " ±1% 1/4W Axial";
        return new PartSpec("Res1", "Miscellaneous Devices", AXIAL, description, value(v), Manufacturer.YAGEO, mpn,
                "pyu-mfr_51_rohs_l",
                parameters(RESISTANCE, v.engineering("Ω"), TOLERANCE, "±1%", POWER, "0.25W, 1/4W", TEMPCO,
                        "±50ppm/°C", COMPOSITION, "Metal Film", OPERATING_TEMPERATURE, "-55°C ~ 155°C"),
                new KicadExpectation(PartFamily.RESISTOR, AXIAL.code(), 2, KICAD_SYMBOL, AXIAL.kicadFootprint()));
    }
}
