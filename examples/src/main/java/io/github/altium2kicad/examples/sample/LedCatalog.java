package io.github.altium2kicad.examples.sample;

import static io.github.altium2kicad.examples.sample.PartSpec.parameters;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/** The {@code LEDs} table: chip LEDs 0402..1206, 3 mm and 5 mm through-hole LEDs, addressable RGB LEDs. */
final class LedCatalog {

    static final String TABLE = "LEDs";

    private static final String COLOR = "Color";
    private static final String WAVELENGTH = "Wavelength - Dominant";
    private static final String VF = "Voltage - Forward (Vf) (Typ)";
    private static final String TEST_CURRENT = "Current - Test";
    private static final String MCD = "Millicandela Rating";
    private static final String VIEWING_ANGLE = "Viewing Angle";
    private static final String LENS = "Lens Color";

    static final TableProfile PROFILE = TableProfile.of(TABLE, "LED",
            List.of(COLOR, WAVELENGTH, VF, TEST_CURRENT, MCD, VIEWING_ANGLE, LENS)).withStyles(0.35, 0.35);

    /** An LED colour with its typical dominant wavelength and forward voltage. */
    private enum Color {
        RED("Red", "625nm", "2V"),
        GREEN("Green", "570nm", "2.1V"),
        TRUE_GREEN("Green", "525nm", "3.2V"),
        BLUE("Blue", "465nm", "3.2V"),
        YELLOW("Yellow", "590nm", "2.1V"),
        ORANGE("Orange", "605nm", "2V"),
        AMBER("Amber", "595nm", "2V"),
        WHITE("White, Cool", "-", "3.1V");

        private final String label;
        private final String wavelength;
        private final String vf;

        Color(String label, String wavelength, String vf) {
            this.label = label;
            this.wavelength = wavelength;
            this.vf = vf;
        }
    }

    private LedCatalog() {
    }

    static SampleTable table(Random random) {
        List<PartSpec> specs = new ArrayList<>();
        Object[][] wurthColors = {{"R", Color.RED}, {"G", Color.GREEN}, {"B", Color.BLUE}, {"Y", Color.YELLOW},
                {"A", Color.AMBER}};
        for (ChipSize size : List.of(ChipSize.C0402, ChipSize.C0603, ChipSize.C0805, ChipSize.C1206)) {
            for (Object[] c : wurthColors) {
                specs.add(chip(random, size, Manufacturer.WURTH, "150" + size.imperial().substring(0, 3) + c[0]
                        + "S75000", (Color) c[1], "wl-smcw"));
            }
        }
        Object[][] kingbright = {{"EC", Color.RED}, {"SGC", Color.GREEN}, {"QBC/D", Color.BLUE}, {"YC", Color.YELLOW},
                {"SEC", Color.ORANGE}};
        for (Object[] c : kingbright) {
            specs.add(chip(random, ChipSize.C0603, Manufacturer.KINGBRIGHT, "APT1608" + c[0], (Color) c[1],
                    "apt1608"));
            specs.add(chip(random, ChipSize.C0603, Manufacturer.KINGBRIGHT, "KP-1608" + c[0], (Color) c[1],
                    "kp-1608"));
            if (c[1] != Color.ORANGE) {
                specs.add(chip(random, ChipSize.C0805, Manufacturer.KINGBRIGHT, "APT2012" + c[0], (Color) c[1],
                        "apt2012"));
                specs.add(chip(random, ChipSize.C1206, Manufacturer.KINGBRIGHT, "APT3216" + c[0], (Color) c[1],
                        "apt3216"));
            }
        }
        Object[][] liteOn = {{"KRKT", Color.RED}, {"KGKT", Color.GREEN}, {"TBKT", Color.BLUE},
                {"KSKT", Color.YELLOW}, {"KFKT", Color.ORANGE}, {"TGKT", Color.TRUE_GREEN}};
        for (Object[] c : liteOn) {
            specs.add(chip(random, ChipSize.C0603, Manufacturer.LITE_ON, "LTST-C191" + c[0], (Color) c[1],
                    "ltst-c191"));
            if (c[1] != Color.TRUE_GREEN && c[1] != Color.ORANGE) {
                specs.add(chip(random, ChipSize.C0805, Manufacturer.LITE_ON, "LTST-C171" + c[0], (Color) c[1],
                        "ltst-c171"));
                specs.add(chip(random, ChipSize.C1206, Manufacturer.LITE_ON, "LTST-C150" + c[0], (Color) c[1],
                        "ltst-c150"));
            }
            if (c[1] != Color.BLUE && c[1] != Color.TRUE_GREEN) {
                specs.add(chip(random, ChipSize.C0603, Manufacturer.LITE_ON, "LTST-C190" + c[0], (Color) c[1],
                        "ltst-c190"));
            }
        }
        Object[][] osram = {{"LS L29K-G1J2-1-Z", Color.RED}, {"LG L29K-G2J1-24-Z", Color.GREEN},
                {"LY L29K-J1K2-26-Z", Color.YELLOW}};
        for (Object[] c : osram) {
            specs.add(chip(random, ChipSize.C0603, Manufacturer.OSRAM, (String) c[0], (Color) c[1], "l29k"));
        }
        Object[][] everlight = {{"19-217/R6C-AL1M2VY/3T", Color.RED}, {"19-217/GHC-YR1S2/3T", Color.TRUE_GREEN},
                {"19-217/BHC-ZL1M2RY/3T", Color.BLUE}, {"19-217/Y2C-CQ2R2L/3T", Color.YELLOW}};
        for (Object[] c : everlight) {
            specs.add(chip(random, ChipSize.C0603, Manufacturer.EVERLIGHT, (String) c[0], (Color) c[1], "19-217"));
        }
        Object[][] tht5 = {{"WP7113ID", Color.RED}, {"WP7113GD", Color.GREEN}, {"WP7113YD", Color.YELLOW},
                {"WP7113SRD", Color.RED}, {"WP7113QBC/D", Color.BLUE}, {"WP7113PWC", Color.WHITE}};
        for (Object[] c : tht5) {
            specs.add(throughHole(random, 5, Manufacturer.KINGBRIGHT, (String) c[0], (Color) c[1], "wp7113"));
        }
        Object[][] tht3 = {{"WP710A10ID", Color.RED}, {"WP710A10GD", Color.GREEN}, {"WP710A10YD", Color.YELLOW},
                {"WP710A10SRD", Color.RED}, {"WP710A10QBC/D", Color.BLUE}};
        for (Object[] c : tht3) {
            specs.add(throughHole(random, 3, Manufacturer.KINGBRIGHT, (String) c[0], (Color) c[1], "wp710a10"));
        }
        specs.add(throughHole(random, 5, Manufacturer.LITE_ON, "LTL-307EE", Color.RED, "ltl-307ee"));
        specs.add(throughHole(random, 3, Manufacturer.LITE_ON, "LTL-4223", Color.RED, "ltl-4223"));
        specs.add(addressable(Manufacturer.WORLDSEMI, "WS2812B", new PackageSpec("5050", "4-SMD, No Lead",
                PackageSpec.SMD, 4, "LED_WS2812B_5050", "WS2812B", "LED RGB 5050 WS2812B", "LEDs",
                "LED_SMD:LED_WS2812B_PLCC4_5.0x5.0mm_P3.2mm"), "LED:WS2812B", "ws2812b"));
        specs.add(addressable(Manufacturer.OPSCO, "SK6812MINI", new PackageSpec("3535", "4-SMD, No Lead",
                PackageSpec.SMD, 4, "LED_SK6812MINI_3535", "SK6812MINI", "LED RGB 3535 SK6812MINI", "LEDs",
                "LED_SMD:LED_SK6812MINI_PLCC4_3.5x3.5mm_P1.75mm"), "LED:SK6812MINI", "sk6812mini"));
        specs.add(addressable(Manufacturer.WORLDSEMI, "WS2812B-2020", new PackageSpec("2020", "4-SMD, No Lead",
                PackageSpec.SMD, 4, "LED_WS2812B_2020", "WS2812B-2020", "LED RGB 2020 WS2812B", "LEDs",
                "LED_SMD:LED_WS2812B-2020_PLCC4_2.0x2.0mm"), null, "ws2812b-2020"));
        PackageSpec rgb0606 = new PackageSpec("1616", "4-SMD, No Lead", PackageSpec.SMD, 4, "LEDC1616X60N-4",
                "LED RGB 1616", "LED RGB 1616_4P", "LEDs", null);
        specs.add(new PartSpec("LED RGB CA", "Opto", rgb0606, "RGB LED 1.6x1.6mm common anode, clear lens",
                "RGB", Manufacturer.KINGBRIGHT, "APHF1608LSEEQBDZGKC", "aphf1608",
                parameters(COLOR, "Red, Green, Blue (RGB)", WAVELENGTH, "625nm, 525nm, 470nm", VF, "2V, 3.3V, 3.3V",
                        TEST_CURRENT, "20mA", MCD, "150mcd, 280mcd, 80mcd", VIEWING_ANGLE, "120°", LENS, "Clear"),
                new KicadExpectation(PartFamily.LED, rgb0606.code(), 4, null, null)));
        PackageSpec bicolor = new PackageSpec("0603 bicolor", "0606 (1616 Metric)", PackageSpec.SMD, 3,
                "LEDC1616X60N-3", "LED BICOLOR 0606", "LED BICOLOR 0606_3P", "LEDs", null);
        specs.add(new PartSpec("LED Bicolor", "Opto", bicolor, "Bicolor LED green/red 0606 common cathode",
                "Green/Red", Manufacturer.KINGBRIGHT, "APHB1608LZGKSURKC", "aphb1608",
                parameters(COLOR, "Green, Red", WAVELENGTH, "570nm, 630nm", VF, "2.2V, 1.95V", TEST_CURRENT, "20mA",
                        MCD, "40mcd, 60mcd", VIEWING_ANGLE, "120°", LENS, "Water Clear"),
                new KicadExpectation(PartFamily.LED, bicolor.code(), 3, null, null)));
        return new PartAssembler(PROFILE, random).table(specs);
    }

    private static String symbol(Random random) {
        double r = random.nextDouble();
        return r < 0.7 ? "LED" : r < 0.9 ? "LED0" : "LED1";
    }

    private static PartSpec chip(Random random, ChipSize size, Manufacturer manufacturer, String mpn, Color color,
                                 String series) {
        PackageSpec pkg = new PackageSpec(size.imperial(), size.caseName(), PackageSpec.SMD, 2,
                "LEDC" + size.metric() + "X" + (size == ChipSize.C0402 ? "50" : "80") + "N", "LED" + size.imperial(),
                "LED " + size.imperial() + "_" + size.metric(), "LEDs", "LED_SMD:LED_" + size.kicadSuffix());
        String symbol = symbol(random);
        return new PartSpec(symbol, symbol.equals("LED") ? "Opto" : "Miscellaneous Devices", pkg,
                "LED " + color.label.toUpperCase(Locale.ROOT) + " CLEAR " + size.imperial() + " SMD",
                color.label, manufacturer, mpn, series,
                parameters(COLOR, color.label, WAVELENGTH, color.wavelength, VF, color.vf, TEST_CURRENT, "20mA",
                        MCD, color == Color.BLUE ? "60mcd" : "120mcd", VIEWING_ANGLE, "140°", LENS, "Water Clear"),
                new KicadExpectation(PartFamily.LED, pkg.code(), 2, "Device:LED", pkg.kicadFootprint()));
    }

    private static PartSpec throughHole(Random random, int diameter, Manufacturer manufacturer, String mpn,
                                        Color color, String series) {
        PackageSpec pkg = new PackageSpec(diameter + "mm", "Radial", PackageSpec.THT, 2,
                "LEDRD254W" + (diameter == 5 ? "50D580H860" : "45D380H530"), "LED-" + diameter + "MM",
                "LED " + diameter + "MM_THT", "LEDs_THT", "LED_THT:LED_D" + diameter + ".0mm");
        String symbol = symbol(random);
        return new PartSpec(symbol, symbol.equals("LED") ? "Opto" : "Miscellaneous Devices", pkg,
                "LED " + color.label + " Diffused " + (diameter == 5 ? "T-1 3/4 (5mm)" : "T-1 (3mm)")
                        + " Through Hole", color.label, manufacturer, mpn, series,
                parameters(COLOR, color.label, WAVELENGTH, color.wavelength, VF, color.vf, TEST_CURRENT, "20mA",
                        MCD, "25mcd", VIEWING_ANGLE, diameter == 5 ? "60°" : "40°", LENS, color.label + ", Diffused"),
                new KicadExpectation(PartFamily.LED, pkg.code(), 2, "Device:LED", pkg.kicadFootprint()));
    }

    private static PartSpec addressable(Manufacturer manufacturer, String mpn, PackageSpec pkg, String kicadSymbol,
                                        String series) {
        return new PartSpec(mpn, "Opto", pkg, "Intelligent control LED integrated light source, RGB, " + pkg.code(),
                mpn, manufacturer, mpn, series,
                parameters(COLOR, "Red, Green, Blue (RGB)", WAVELENGTH, "620nm, 522nm, 470nm", VF, "5V",
                        TEST_CURRENT, "12mA", MCD, "390mcd, 660mcd, 180mcd", VIEWING_ANGLE, "120°", LENS, "Clear"),
                new KicadExpectation(PartFamily.LED, pkg.code(), 4, kicadSymbol, pkg.kicadFootprint()));
    }
}
