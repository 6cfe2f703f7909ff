package io.github.altium2kicad.examples.sample;

import static io.github.altium2kicad.examples.sample.PartSpec.parameters;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/** The {@code Inductors} table: multilayer and wire-wound chips, shielded power inductors of named series. */
final class InductorCatalog {

    static final String TABLE = "Inductors";

    private static final String INDUCTANCE = "Inductance";
    private static final String TOLERANCE = "Tolerance";
    private static final String CURRENT = "Current Rating (Amps)";
    private static final String SATURATION = "Current - Saturation (Isat)";
    private static final String DCR = "DC Resistance (DCR)";
    private static final String SHIELDING = "Shielding";
    private static final String SRF = "Frequency - Self Resonant";
    private static final String OPERATING_TEMPERATURE = "Operating Temperature";

    static final TableProfile PROFILE = TableProfile.of(TABLE, "IND",
                    List.of(INDUCTANCE, TOLERANCE, CURRENT, SATURATION, DCR, SHIELDING, SRF, OPERATING_TEMPERATURE))
            .withAlternates(0.25).withStyles(0.5, 0.2);

    /** A power-inductor series: its package, the MPN pattern ({@code %s} = value code) and current scale. */
    private record PowerSeries(Manufacturer manufacturer, String mpnPattern, boolean nanohenryCode,
                               PackageSpec pkg, double currentAt1uH, String series) {
    }

    private static final List<PowerSeries> POWER_SERIES = List.of(
            new PowerSeries(Manufacturer.BOURNS, "SRR1260-%sM", false,
                    power("SRR1260", "12.0mm x 12.0mm", "INDPM1212X600N", "Inductor_SMD:L_Bourns_SRR1260"), 16.0,
                    "srr1260"),
            new PowerSeries(Manufacturer.BOURNS, "SRN6045TA-%sM", false,
                    power("SRN6045TA", "6.0mm x 6.0mm", "INDPM6060X450N", "Inductor_SMD:L_Bourns_SRN6045TA"), 7.5,
                    "srn6045ta"),
            new PowerSeries(Manufacturer.BOURNS, "SRN4018-%sM", false,
                    power("SRN4018", "4.0mm x 4.0mm", "INDPM4040X180N", "Inductor_SMD:L_Bourns-SRN4018"), 4.2,
                    "srn4018"),
            new PowerSeries(Manufacturer.TAIYO_YUDEN, "NRS4018T%sMDGJ", false,
                    power("NRS4018", "4.0mm x 4.0mm", "INDPM4040X180N", "Inductor_SMD:L_Taiyo-Yuden_NR-40xx"), 4.0,
                    "nrs4018"),
            new PowerSeries(Manufacturer.SUNLORD, "SWPA4018S%sNT", false,
                    power("SWPA4018S", "4.0mm x 4.0mm", "INDPM4040X180N", "Inductor_SMD:L_Sunlord_SWPA40xxS"), 4.1,
                    "swpa"),
            new PowerSeries(Manufacturer.COILCRAFT, "XAL5030-%sMEB", true,
                    power("XAL5030", "5.28mm x 5.48mm", "INDPM5355X310N", "Inductor_SMD:L_Coilcraft_XAL5030"), 12.0,
                    "xal5030"),
            new PowerSeries(Manufacturer.VISHAY_DALE, "IHLP2525CZER%sM01", false,
                    power("IHLP-2525", "6.47mm x 6.86mm", "INDPM6569X300N", "Inductor_SMD:L_Vishay_IHLP-2525"), 14.0,
                    "ihlp-2525cz-01"),
            new PowerSeries(Manufacturer.TDK, "SLF7045T-%sM-PF", false,
                    power("SLF7045", "7.0mm x 7.0mm", "INDPM7070X450N", "Inductor_SMD:L_TDK_SLF7045"), 6.0,
                    "slf7045"),
            new PowerSeries(Manufacturer.CYNTEC, "VCMT040T-%sMN5", false,
                    power("VCMT040T", "4.4mm x 4.2mm", "INDPM4442X200N", null), 5.0, "vcmt040t"));

    private InductorCatalog() {
    }

    static SampleTable table(Random random) {
        List<PartSpec> specs = new ArrayList<>();
        for (ComponentValue nh : ESeries.E12.range(0, 2)) {
            if (random.nextDouble() < 0.6) {
                specs.add(chip(random, ChipSize.C0402, nh.scaled(-9), Manufacturer.MURATA,
                        "LQG15HS" + nanohenryCode(nh) + (nh.decimalExponent() < 1 ? "S" : "J") + "02D", "Multilayer",
                        nh.decimalExponent() < 1 ? "±0.3nH" : "±5%", "lqg15hs"));
            }
        }
        for (ComponentValue nh : ESeries.E6.range(0, 2)) {
            if (nh.decimalExponent() >= 0 && nh.value().intValue() >= 3) {
                specs.add(chip(random, ChipSize.C0603, nh.scaled(-9), Manufacturer.MURATA,
                        "LQW18AN" + nanohenryCode(nh) + "G00D", "Wirewound", "±2%", "lqw18an"));
            }
        }
        for (String uh : List.of("1", "1.5", "2.2", "3.3", "4.7", "6.8", "10", "15", "22")) {
            ComponentValue v = ComponentValue.of(uh);
            specs.add(chip(random, ChipSize.C0805, v.scaled(-6), Manufacturer.TDK,
                    "MLZ2012M" + v.eia3() + "WT000", "Multilayer", "±20%", "mlz2012"));
        }
        for (PowerSeries series : POWER_SERIES) {
            for (ComponentValue uh : ESeries.E6.range(0, 2)) {
                if (random.nextDouble() < 0.62) {
                    specs.add(power(random, series, uh));
                }
            }
        }
        return new PartAssembler(PROFILE, random).table(specs);
    }

    /** Murata's nH code: {@code 2N2}, {@code 10N}, {@code R10} (= 100 nH). */
    private static String nanohenryCode(ComponentValue nh) {
        if (nh.decimalExponent() >= 2) {
            return "R" + nh.scaled(-1).plain();
        }
        String text = nh.plain();
        return text.contains(".") ? text.replace(".", "N") : text + "N";
    }

    private static PackageSpec power(String name, String size, String ipc, String kicad) {
        return new PackageSpec(name, "Nonstandard (" + size + ")", PackageSpec.SMD, 2, ipc, name,
                "IND " + name, "Power_Inductor", kicad);
    }

    static PackageSpec chipPackage(ChipSize size, String pcbLibrary, String altiumPrefix, String housePrefix) {
        String height = switch (size) {
            case C0402 -> "60";
            case C0603 -> "95";
            default -> "125";
        };
        return new PackageSpec(size.imperial(), size.caseName(), PackageSpec.SMD, 2,
                "INDC" + size.metric() + "X" + height + "N", altiumPrefix + size.imperial(),
                housePrefix + " " + size.imperial() + "_" + size.metric(), pcbLibrary,
                "Inductor_SMD:L_" + size.kicadSuffix());
    }

    private static String symbol(Random random) {
        return random.nextDouble() < 0.8 ? "Inductor" : "IND";
    }

    private static PartSpec chip(Random random, ChipSize size, ComponentValue henry, Manufacturer manufacturer,
                                 String mpn, String type, String tolerance, String series) {
        PackageSpec pkg = chipPackage(size, "Chip_Inductor", "L", "IND");
        String symbol = symbol(random);
        double amps = switch (size) {
            case C0402 -> 0.9;
            case C0603 -> 0.7;
            default -> 0.5;
        } / Math.max(1.0, Math.sqrt(henry.scaled(9).value().doubleValue() / 10.0));
        String description = type + " Chip Inductor " + henry.engineering("H") + " " + size.imperial() + " "
                + String.format(Locale.ROOT, "%.0fmA", amps * 1000);
        return new PartSpec(symbol, symbol.equals("IND") ? "Passives_Old" : "Passives", pkg, description,
                henry.compact("H"), manufacturer, mpn, series,
                parameters(INDUCTANCE, henry.engineering("H"), TOLERANCE, tolerance,
                        CURRENT, String.format(Locale.ROOT, "%.0fmA", amps * 1000), SATURATION, "-",
                        DCR, String.format(Locale.ROOT, "%.0fmOhm Max", 40 + henry.scaled(9).value().doubleValue() * 8),
                        SHIELDING, "Unshielded", SRF, null, OPERATING_TEMPERATURE, "-55°C ~ 125°C"),
                new KicadExpectation(PartFamily.INDUCTOR, pkg.code(), 2, "Device:L", pkg.kicadFootprint()));
    }

    private static PartSpec power(Random random, PowerSeries series, ComponentValue uh) {
        String code = series.nanohenryCode() ? uh.scaled(3).eia3() : uh.eia3();
        String mpn = String.format(Locale.ROOT, series.mpnPattern(), code);
        double isat = series.currentAt1uH() / Math.sqrt(uh.value().doubleValue());
        String symbol = symbol(random);
        String description = "Shielded Power Inductor " + uh.engineering("µH") + " ±20% "
                + String.format(Locale.ROOT, "%.2fA", isat * 0.8) + " " + series.pkg().code();
        return new PartSpec(symbol, symbol.equals("IND") ? "Passives_Old" : "Passives", series.pkg(), description,
                uh.compact("µH"), series.manufacturer(), mpn, series.series(),
                parameters(INDUCTANCE, uh.engineering("µH"), TOLERANCE, "±20%",
                        CURRENT, String.format(Locale.ROOT, "%.2fA", isat * 0.8),
                        SATURATION, String.format(Locale.ROOT, "%.2fA", isat),
                        DCR, String.format(Locale.ROOT, "%.1fmOhm Max", 6 + uh.value().doubleValue() * 4.5),
                        SHIELDING, "Shielded", SRF, null, OPERATING_TEMPERATURE, "-40°C ~ 125°C"),
                new KicadExpectation(PartFamily.INDUCTOR, series.pkg().code(), 2, "Device:L",
                        series.pkg().kicadFootprint()));
    }
}
