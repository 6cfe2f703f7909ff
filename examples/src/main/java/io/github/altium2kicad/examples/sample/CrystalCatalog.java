package io.github.altium2kicad.examples.sample;

import static io.github.altium2kicad.examples.sample.PartSpec.parameters;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The {@code Crystals & Oscillators} table (a name with {@code &}): MHz crystals in HC-49/US, HC-49 SMD, 5032,
 * 3225 and 2520, 32.768 kHz tuning forks, and clock oscillators.
 *
 * <p>Four-pad SMD crystals have pins 1 and 3 on the crystal and 2 and 4 on the lid, hence
 * {@code Device:Crystal_GND24}.
 */
final class CrystalCatalog {

    static final String TABLE = "Crystals & Oscillators";

    private static final String TYPE = "Type";
    private static final String FREQUENCY = "Frequency";
    private static final String STABILITY = "Frequency Stability";
    private static final String TOLERANCE = "Frequency Tolerance";
    private static final String LOAD = "Load Capacitance";
    private static final String ESR = "ESR (Equivalent Series Resistance)";
    private static final String SUPPLY = "Voltage - Supply";
    private static final String TEMPERATURE = "Operating Temperature";
    private static final String SIZE = "Size / Dimension";

    static final TableProfile PROFILE = TableProfile.of(TABLE, "XTL",
            List.of(TYPE, FREQUENCY, STABILITY, TOLERANCE, LOAD, ESR, SUPPLY, TEMPERATURE, SIZE)).withStyles(0.3, 0.3);

    private static final PackageSpec SMD_3225_4 = smd("3225 4-pad", "4-SMD, No Lead", 4, "XTAL320X250X80-4N",
            "XTAL-3225", "XTAL 3225_4P", "Crystal:Crystal_SMD_3225-4Pin_3.2x2.5mm");
    private static final PackageSpec SMD_2520_4 = smd("2520 4-pad", "4-SMD, No Lead", 4, "XTAL250X200X60-4N",
            "XTAL-2520", "XTAL 2520_4P", "Crystal:Crystal_SMD_2520-4Pin_2.5x2.0mm");
    private static final PackageSpec SMD_5032_2 = smd("5032 2-pad", "2-SMD, No Lead", 2, "XTAL500X320X110-2N",
            "XTAL-5032", "XTAL 5032_2P", "Crystal:Crystal_SMD_5032-2Pin_5.0x3.2mm");
    private static final PackageSpec SMD_3215_2 = smd("3215 2-pad", "2-SMD, No Lead", 2, "XTAL320X150X90-2N",
            "XTAL-3215", "XTAL 3215_2P", "Crystal:Crystal_SMD_3215-2Pin_3.2x1.5mm");
    private static final PackageSpec HC49_SMD = smd("HC-49 SMD", "HC49/US", 2, "XTAL1140X470X430-2N", "HC-49SMD",
            "XTAL HC49 SMD", "Crystal:Crystal_SMD_HC49-SD");
    static final PackageSpec HC49_US = new PackageSpec("HC-49/US", "HC49/US", PackageSpec.THT, 2,
            "XTAL1100X465X400-2", "HC-49US", "XTAL HC49US V", "Crystals", "Crystal:Crystal_HC49-4H_Vertical");
    private static final PackageSpec CYLINDER_2X6 = new PackageSpec("Cylinder 2x6", "Cylindrical Can, Radial",
            PackageSpec.THT, 2, "XTAL_C26_V", "XTAL-2X6", "XTAL C26 V", "Crystals",
            "Crystal:Crystal_C26-LF_D2.1mm_L6.5mm_Vertical");
    private static final PackageSpec CYLINDER_3X8 = new PackageSpec("Cylinder 3x8", "Cylindrical Can, Radial",
            PackageSpec.THT, 2, "XTAL_C38_V", "XTAL-3X8", "XTAL C38 V", "Crystals",
            "Crystal:Crystal_C38-LF_D3.0mm_L8.0mm_Vertical");

    private CrystalCatalog() {
    }

    private static PackageSpec smd(String code, String caseName, int pins, String ipc, String altium, String house,
                                   String kicad) {
        return new PackageSpec(code, caseName, PackageSpec.SMD, pins, ipc, altium, house, "Crystals", kicad);
    }

    static SampleTable table(Random random) {
        List<PartSpec> specs = new ArrayList<>();
        for (String f : List.of("8", "10", "12", "12.288", "16", "20", "24", "25", "26", "27", "32", "40", "48")) {
            specs.add(crystal(random, SMD_3225_4, Manufacturer.ABRACON, "ABM8-" + mhz(f) + "-B2-T", f, "18pF",
                    "Device:Crystal_GND24", "abm8"));
        }
        for (String f : List.of("8", "12", "16", "20", "24", "25")) {
            specs.add(crystal(random, SMD_3225_4, Manufacturer.ECS, "ECS-" + ecsCode(f) + "-18-33-JGN-TR", f, "18pF",
                    "Device:Crystal_GND24", "ecs-3225"));
        }
        for (String f : List.of("16", "24", "26", "32", "40", "48")) {
            specs.add(crystal(random, SMD_2520_4, Manufacturer.ABRACON, "ABM10-" + mhz(f) + "-D30-T3", f, "10pF",
                    "Device:Crystal_GND24", "abm10"));
        }
        for (String f : List.of("8", "10", "12", "16", "20", "25")) {
            specs.add(crystal(random, SMD_5032_2, Manufacturer.ABRACON, "ABM3-" + mhz(f) + "-D2Y-T", f, "18pF",
                    "Device:Crystal", "abm3"));
        }
        for (String f : List.of("4", "8", "10", "11.0592", "12", "16", "20")) {
            specs.add(crystal(random, HC49_US, Manufacturer.ECS, "ECS-" + ecsCode(f) + "-20-4X", f, "20pF",
                    "Device:Crystal", "ecs-49us"));
        }
        for (String f : List.of("7.3728", "16", "20")) {
            specs.add(crystal(random, HC49_US, Manufacturer.ABRACON, "AB-" + mhz(f) + "-B2", f, "18pF",
                    "Device:Crystal", "ab"));
        }
        for (String f : List.of("8", "12", "16", "20", "24", "25")) {
            specs.add(crystal(random, HC49_SMD, Manufacturer.ABRACON, "ABLS-" + mhz(f) + "-B4-T", f, "18pF",
                    "Device:Crystal", "abls"));
        }
        specs.add(watchCrystal(random, SMD_3215_2, Manufacturer.EPSON, "FC-135 32.7680KA-A3", "12.5pF", "fc-135"));
        specs.add(watchCrystal(random, SMD_3215_2, Manufacturer.ABRACON, "ABS07-32.768KHZ-T", "12.5pF", "abs07"));
        specs.add(watchCrystal(random, SMD_3215_2, Manufacturer.ECS, "ECS-.327-12.5-34B-TR", "12.5pF", "ecx-34b"));
        specs.add(watchCrystal(random, CYLINDER_2X6, Manufacturer.ABRACON, "AB26TRB-32.768KHZ-T", "12.5pF", "ab26t"));
        specs.add(watchCrystal(random, CYLINDER_3X8, Manufacturer.ABRACON, "AB38T-32.768KHZ", "12.5pF", "ab38t"));

        PackageSpec ase = oscillatorPackage("3225 XO", "3.2x2.5", "Oscillator:Oscillator_SMD_Abracon_ASE-4Pin_3.2x2.5mm");
        for (String f : List.of("8", "12", "16", "24", "25", "26", "48", "50")) {
            specs.add(oscillator(random, ase, Manufacturer.ABRACON, "ASE-" + mhz(f) + "-LC-T", f, "Oscillator:ASE-xxxMHz",
                    "ase"));
        }
        PackageSpec ecs2520 = oscillatorPackage("2520 XO", "2.5x2.0",
                "Oscillator:Oscillator_SMD_ECS_2520MV-xxx-xx-4Pin_2.5x2.0mm");
        for (String f : List.of("12", "16", "24", "25", "48")) {
            specs.add(oscillator(random, ecs2520, Manufacturer.ECS, "ECS-2520MV-" + ecsCode(f) + "-BN-TR", f,
                    "Oscillator:ECS-2520MV-xxx-xx", "ecs-2520mv"));
        }
        PackageSpec sg8002 = oscillatorPackage("3225 XO SG-8002CE", "3.2x2.5",
                "Oscillator:Oscillator_SMD_SeikoEpson_SG8002CE-4Pin_3.2x2.5mm");
        for (String f : List.of("16", "24", "50")) {
            specs.add(oscillator(random, sg8002, Manufacturer.EPSON, "SG-8002CE " + f + ".0000M-PHB", f,
                    "Oscillator:SG-8002CE", "sg-8002"));
        }
        PackageSpec asv = oscillatorPackage("7050 XO", "7.0x5.1", "Oscillator:Oscillator_SMD_Abracon_ASV-4Pin_7.0x5.1mm");
        for (String f : List.of("10", "20", "40")) {
            specs.add(oscillator(random, asv, Manufacturer.ABRACON, "ASV-" + mhz(f) + "-E-T", f, "Oscillator:ASV-xxxMHz",
                    "asv"));
        }
        PackageSpec sitime = oscillatorPackage("2520 MEMS XO", "2.5x2.0", null);
        for (String f : List.of("16", "24", "25", "48")) {
            specs.add(oscillator(random, sitime, Manufacturer.SITIME, "SIT8008BI-12-33E-" + f + ".000000D", f, null,
                    "sit8008"));
        }
        return new PartAssembler(PROFILE, random).table(specs);
    }

    /** Abracon's frequency text: {@code 16.000MHZ}, {@code 12.288MHZ}. */
    private static String mhz(String f) {
        BigDecimal value = new BigDecimal(f);
        return (value.scale() < 3 ? value.setScale(3) : value).toPlainString() + "MHZ";
    }

    /** ECS's frequency code: tenths of MHz, {@code 160} for 16 MHz, {@code 110.5} for 11.0592 MHz. */
    private static String ecsCode(String f) {
        BigDecimal tenths = new BigDecimal(f).movePointRight(1);
        String code = tenths.stripTrailingZeros().scale() <= 0 ? tenths.setScale(0).toPlainString()
                : tenths.setScale(1, RoundingMode.DOWN).toPlainString();
        return code.length() < 3 ? "0".repeat(3 - code.length()) + code : code;
    }

    private static String symbol(Random random, int pins) {
        if (pins == 4) {
            return random.nextDouble() < 0.6 ? "Crystal_4Pad" : "XTAL GND";
        }
        return random.nextDouble() < 0.6 ? "Crystal" : "XTAL";
    }

    private static PartSpec crystal(Random random, PackageSpec pkg, Manufacturer manufacturer, String mpn, String f,
                                    String load, String kicadSymbol, String series) {
        String frequency = new BigDecimal(f).stripTrailingZeros().toPlainString() + " MHz";
        int esr = new BigDecimal(f).compareTo(BigDecimal.TEN) < 0 ? 150 : new BigDecimal(f).intValue() < 20 ? 80 : 50;
        return new PartSpec(symbol(random, pkg.pinCount()), "Crystals", pkg,
                "CRYSTAL " + frequency.replace(" ", "").toUpperCase(Locale.ROOT) + " " + load.toUpperCase(Locale.ROOT)
                        + " " + pkg.code().toUpperCase(Locale.ROOT), frequency.replace(" ", ""), manufacturer, mpn,
                series,
                parameters(TYPE, "MHz Crystal", FREQUENCY, frequency, STABILITY, "±20ppm", TOLERANCE, "±20ppm",
                        LOAD, load, ESR, esr + " Ohms", SUPPLY, null, TEMPERATURE, "-20°C ~ 70°C",
                        SIZE, null),
                new KicadExpectation(PartFamily.CRYSTAL, pkg.code(), pkg.pinCount(), kicadSymbol,
                        pkg.kicadFootprint()));
    }

    private static PartSpec watchCrystal(Random random, PackageSpec pkg, Manufacturer manufacturer, String mpn,
                                         String load, String series) {
        return new PartSpec(symbol(random, 2), "Crystals", pkg, "32.768 kHz tuning-fork crystal, " + load + ", "
                        + pkg.code(), "32.768kHz", manufacturer, mpn, series,
                parameters(TYPE, "kHz Crystal (Tuning Fork)", FREQUENCY, "32.768 kHz", STABILITY, "-",
                        TOLERANCE, "±20ppm", LOAD, load, ESR, "70 kOhms", SUPPLY, null, TEMPERATURE, "-40°C ~ 85°C",
                        SIZE, null),
                new KicadExpectation(PartFamily.CRYSTAL, pkg.code(), 2, "Device:Crystal", pkg.kicadFootprint()));
    }

    private static PackageSpec oscillatorPackage(String code, String size, String kicad) {
        return new PackageSpec(code, "4-SMD, No Lead", PackageSpec.SMD, 4, "OSCCC" + size.replace(".", "")
                .replace("x", "X") + "X100N", "OSC-" + size, "OSC " + size + "_4P", "Oscillators", kicad);
    }

    private static PartSpec oscillator(Random random, PackageSpec pkg, Manufacturer manufacturer, String mpn, String f,
                                       String kicadSymbol, String series) {
        String frequency = f + " MHz";
        return new PartSpec(random.nextDouble() < 0.6 ? "Oscillator" : "OSC", "Crystals", pkg,
                "XO " + frequency + " CMOS 3.3V " + pkg.code(), f + "MHz", manufacturer, mpn, series,
                parameters(TYPE, "XO (Standard)", FREQUENCY, frequency, STABILITY, "±50ppm", TOLERANCE, null,
                        LOAD, null, ESR, null, SUPPLY, "3.3V", TEMPERATURE, "-40°C ~ 85°C",
                        SIZE, pkg.code().startsWith("7050") ? "0.276\" L x 0.197\" W (7.00mm x 5.00mm)" : null),
                new KicadExpectation(PartFamily.OSCILLATOR, pkg.code(), 4, kicadSymbol, pkg.kicadFootprint()));
    }
}
