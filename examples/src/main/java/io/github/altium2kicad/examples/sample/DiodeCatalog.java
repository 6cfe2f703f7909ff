package io.github.altium2kicad.examples.sample;

import static io.github.altium2kicad.examples.sample.PartSpec.parameters;
import static io.github.altium2kicad.examples.sample.StandardPackages.DO_201AD;
import static io.github.altium2kicad.examples.sample.StandardPackages.DO_35;
import static io.github.altium2kicad.examples.sample.StandardPackages.DO_41;
import static io.github.altium2kicad.examples.sample.StandardPackages.MINI_MELF;
import static io.github.altium2kicad.examples.sample.StandardPackages.SMA;
import static io.github.altium2kicad.examples.sample.StandardPackages.SMB;
import static io.github.altium2kicad.examples.sample.StandardPackages.SMC;
import static io.github.altium2kicad.examples.sample.StandardPackages.SOD_123;
import static io.github.altium2kicad.examples.sample.StandardPackages.SOD_123F;
import static io.github.altium2kicad.examples.sample.StandardPackages.SOD_323;
import static io.github.altium2kicad.examples.sample.StandardPackages.SOD_323F;
import static io.github.altium2kicad.examples.sample.StandardPackages.SOD_523;
import static io.github.altium2kicad.examples.sample.StandardPackages.SOT_23;
import static io.github.altium2kicad.examples.sample.StandardPackages.SOT_323;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/** The {@code Diodes} table: rectifiers, fast and Schottky diodes, small-signal diodes, SMD and axial. */
final class DiodeCatalog {

    static final String TABLE = "Diodes";

    private static final String TYPE = "Diode Type";
    private static final String VR = "Voltage - DC Reverse (Vr) (Max)";
    private static final String IO = "Current - Average Rectified (Io)";
    private static final String VF = "Voltage - Forward (Vf) (Max) @ If";
    private static final String TRR = "Reverse Recovery Time (trr)";
    private static final String TJ = "Operating Temperature - Junction";

    static final TableProfile PROFILE = TableProfile.of(TABLE, "DIO", List.of(TYPE, VR, IO, VF, TRR, TJ))
            .withAlternates(0.3).withStyles(0.45, 0.35);

    private static final String[] LETTERS = {"A", "B", "D", "G", "J", "K", "M"};
    private static final int[] LETTER_VOLTS = {50, 100, 200, 400, 600, 800, 1000};

    private enum Kind {
        STANDARD("Standard", "Diode", "Device:D", PartFamily.DIODE),
        FAST("Fast Recovery =< 500ns, > 200mA (Io)", "Diode", "Device:D", PartFamily.DIODE),
        SMALL_SIGNAL("Small Signal =< 200mA (Io), Any Speed", "Diode", "Device:D", PartFamily.DIODE),
        SCHOTTKY("Schottky", "D Schottky", "Device:D_Schottky", PartFamily.DIODE_SCHOTTKY);

        private final String type;
        private final String libraryRef;
        private final String kicadSymbol;
        private final PartFamily family;

        Kind(String type, String libraryRef, String kicadSymbol, PartFamily family) {
            this.type = type;
            this.libraryRef = libraryRef;
            this.kicadSymbol = kicadSymbol;
            this.family = family;
        }
    }

    private DiodeCatalog() {
    }

    static SampleTable table(Random random) {
        List<PartSpec> specs = new ArrayList<>();
        for (int i = 0; i < LETTERS.length; i++) {
            String l = LETTERS[i];
            int v = LETTER_VOLTS[i];
            for (Object[] m : new Object[][] {{Manufacturer.VISHAY_SEMI, "S1" + l + "-E3/61T"},
                    {Manufacturer.DIODES_INC, "S1" + l + "-13-F"}, {Manufacturer.TAIWAN_SEMI, "S1" + l + " R3G"}}) {
                if (random.nextDouble() < 0.7) {
                    specs.add(diode(random, Kind.STANDARD, SMA, (Manufacturer) m[0], (String) m[1], v, "1A",
                            "1.1 V @ 1 A", "1.8 µs", "s1a"));
                }
            }
            specs.add(diode(random, Kind.STANDARD, SMB, Manufacturer.VISHAY_SEMI, "S2" + l + "-E3/52T", v, "1.5A",
                    "1.15 V @ 1.5 A", "2 µs", "s2a"));
            specs.add(diode(random, Kind.STANDARD, SMC, Manufacturer.VISHAY_SEMI, "S3" + l + "-E3/57T", v, "3A",
                    "1.15 V @ 3 A", "2.5 µs", "s3a"));
            specs.add(diode(random, Kind.FAST, SMA, Manufacturer.VISHAY_SEMI, "US1" + l + "-E3/61T", v, "1A",
                    v <= 400 ? "1 V @ 1 A" : "1.7 V @ 1 A", v <= 400 ? "50 ns" : "75 ns", "us1a"));
            specs.add(diode(random, Kind.STANDARD, DO_41, i < 6 ? Manufacturer.ONSEMI : Manufacturer.VISHAY_SEMI,
                    "1N400" + (i + 1) + (i < 6 ? "RLG" : "-E3/54"), v, "1A", "1.1 V @ 1 A", "-", "1n4001"));
            specs.add(diode(random, Kind.FAST, DO_41, Manufacturer.VISHAY_SEMI, "UF400" + (i + 1) + "-E3/54", v,
                    "1A", v <= 400 ? "1 V @ 1 A" : "1.7 V @ 1 A", v <= 400 ? "50 ns" : "75 ns", "uf4001"));
            String n540x = new String[] {"0", "1", "2", "4", "6", "7", "8"}[i];
            specs.add(diode(random, Kind.STANDARD, DO_201AD, Manufacturer.ONSEMI, "1N540" + n540x + "RLG", v, "3A",
                    "1.2 V @ 3 A", "-", "1n5400"));
        }
        for (String l : new String[] {"A", "B", "C", "D", "G", "J"}) {
            int v = switch (l) {
                case "A" -> 50;
                case "B" -> 100;
                case "C" -> 150;
                case "D" -> 200;
                case "G" -> 400;
                default -> 600;
            };
            specs.add(diode(random, Kind.FAST, SMA, Manufacturer.DIODES_INC, "ES1" + l + "-13-F", v, "1A",
                    v <= 200 ? "950 mV @ 1 A" : "1.25 V @ 1 A", "35 ns", "es1a"));
        }
        String[] ss1 = {"SS12", "SS13", "SS14", "SS15", "SS16", "SS19", "SS110"};
        int[] ss1Volts = {20, 30, 40, 50, 60, 90, 100};
        for (int i = 0; i < ss1.length; i++) {
            specs.add(diode(random, Kind.SCHOTTKY, SMA, Manufacturer.MCC, ss1[i] + "-TP", ss1Volts[i], "1A",
                    ss1Volts[i] <= 40 ? "500 mV @ 1 A" : "700 mV @ 1 A", "-", "ss12"));
        }
        for (int v : new int[] {20, 30, 40, 50, 60}) {
            specs.add(diode(random, Kind.SCHOTTKY, SMC, Manufacturer.VISHAY_SEMI, "SS3" + v / 10 + "-E3/57T", v,
                    "3A", v <= 40 ? "500 mV @ 3 A" : "750 mV @ 3 A", "-", "ss32"));
            specs.add(diode(random, Kind.SCHOTTKY, SMA, Manufacturer.DIODES_INC, "B3" + v + "A-13-F", v, "3A",
                    v <= 40 ? "500 mV @ 3 A" : "700 mV @ 3 A", "-", "b320a"));
            specs.add(diode(random, Kind.SCHOTTKY, SMC, Manufacturer.DIODES_INC, "B5" + v + "C-13-F", v, "5A",
                    v <= 40 ? "550 mV @ 5 A" : "700 mV @ 5 A", "-", "b520c"));
        }
        specs.add(diode(random, Kind.SCHOTTKY, SOD_123, Manufacturer.ONSEMI, "MBR0520LT1G", 20, "500mA",
                "385 mV @ 500 mA", "-", "mbr0520l"));
        specs.add(diode(random, Kind.SCHOTTKY, SOD_123, Manufacturer.ONSEMI, "MBR0530T1G", 30, "500mA",
                "430 mV @ 500 mA", "-", "mbr0530"));
        specs.add(diode(random, Kind.SCHOTTKY, SOD_123, Manufacturer.ONSEMI, "MBR0540T1G", 40, "500mA",
                "510 mV @ 500 mA", "-", "mbr0540"));
        specs.add(diode(random, Kind.SCHOTTKY, SOD_123, Manufacturer.MCC, "B5819W-TP", 40, "1A", "600 mV @ 1 A",
                "-", "b5819w"));
        specs.add(diode(random, Kind.SCHOTTKY, SOD_123, Manufacturer.DIODES_INC, "1N5819HW-7-F", 40, "1A",
                "600 mV @ 1 A", "-", "1n5819hw"));
        specs.add(diode(random, Kind.SCHOTTKY, SOD_323, Manufacturer.DIODES_INC, "BAT54WS-7-F", 30, "200mA",
                "800 mV @ 100 mA", "5 ns", "bat54ws"));
        specs.add(diode(random, Kind.SCHOTTKY, SOD_523, Manufacturer.ONSEMI, "RB751S40T1G", 40, "30mA",
                "370 mV @ 1 mA", "-", "rb751s40"));
        specs.add(diode(random, Kind.SCHOTTKY, SOD_123F, Manufacturer.NEXPERIA, "PMEG2010AEH,115", 20, "1A",
                "390 mV @ 1 A", "-", "pmeg2010aeh"));
        specs.add(diode(random, Kind.SCHOTTKY, SOD_323F, Manufacturer.NEXPERIA, "PMEG4010CEJ,115", 40, "1A",
                "540 mV @ 1 A", "-", "pmeg4010cej"));
        for (int i = 0; i < 3; i++) {
            specs.add(diode(random, Kind.SCHOTTKY, DO_41, Manufacturer.ONSEMI, "1N581" + (7 + i) + "RLG", 20 + 10 * i,
                    "1A", (450 + 100 * i) + " mV @ 1 A", "-", "1n5817"));
        }
        specs.add(diode(random, Kind.SMALL_SIGNAL, SOD_123, Manufacturer.VISHAY_SEMI, "1N4148W-E3-08", 75, "150mA",
                "1 V @ 50 mA", "4 ns", "1n4148w"));
        specs.add(diode(random, Kind.SMALL_SIGNAL, SOD_123, Manufacturer.DIODES_INC, "1N4148W-7-F", 75, "300mA",
                "1.25 V @ 150 mA", "4 ns", "1n4148w"));
        specs.add(diode(random, Kind.SMALL_SIGNAL, SOD_323, Manufacturer.DIODES_INC, "1N4148WS-7-F", 75, "150mA",
                "1.25 V @ 150 mA", "4 ns", "1n4148ws"));
        specs.add(diode(random, Kind.SMALL_SIGNAL, SOD_323, Manufacturer.VISHAY_SEMI, "1N4148WS-E3-08", 75, "150mA",
                "1 V @ 50 mA", "4 ns", "1n4148ws"));
        specs.add(diode(random, Kind.SMALL_SIGNAL, SOD_523, Manufacturer.DIODES_INC, "1N4148WT-7", 75, "150mA",
                "1.25 V @ 150 mA", "4 ns", "1n4148wt"));
        specs.add(diode(random, Kind.SMALL_SIGNAL, MINI_MELF, Manufacturer.VISHAY_SEMI, "LL4148-GS08", 75, "150mA",
                "1 V @ 10 mA", "4 ns", "ll4148"));
        specs.add(diode(random, Kind.SMALL_SIGNAL, DO_35, Manufacturer.ONSEMI, "1N4148TR", 100, "200mA",
                "1 V @ 10 mA", "4 ns", "1n4148"));
        specs.add(diode(random, Kind.SMALL_SIGNAL, DO_35, Manufacturer.VISHAY_SEMI, "1N4148-TAP", 75, "150mA",
                "1 V @ 10 mA", "4 ns", "1n4148"));
        // three-pin parts: the symbol must match the pinout, so only KiCad's own part symbols are certain
        specs.add(array(random, "BAV99", "Diode:BAV99", SOT_23, Manufacturer.NEXPERIA, "BAV99,215",
                "1 Pair Series Connection", 100, "215mA", Kind.SMALL_SIGNAL));
        specs.add(array(random, "BAV99", "Diode:BAV99", SOT_23, Manufacturer.ONSEMI, "BAV99LT1G",
                "1 Pair Series Connection", 70, "215mA", Kind.SMALL_SIGNAL));
        specs.add(array(random, "BAT54C", "Diode:BAT54C", SOT_23, Manufacturer.NEXPERIA, "BAT54C,215",
                "1 Pair Common Cathode", 30, "200mA", Kind.SCHOTTKY));
        specs.add(array(random, "BAT54S", "Diode:BAT54S", SOT_23, Manufacturer.NEXPERIA, "BAT54S,215",
                "1 Pair Series Connection", 30, "200mA", Kind.SCHOTTKY));
        specs.add(array(random, "BAT54A", "Diode:BAT54A", SOT_23, Manufacturer.NEXPERIA, "BAT54A,215",
                "1 Pair Common Anode", 30, "200mA", Kind.SCHOTTKY));
        specs.add(array(random, "BAT54W", "Diode:BAT54W", SOT_323, Manufacturer.NEXPERIA, "BAT54W,115",
                "Single", 30, "200mA", Kind.SCHOTTKY));
        specs.add(array(random, "BAS16W", "Diode:BAS16W", SOT_323, Manufacturer.NEXPERIA, "BAS16W,115",
                "Single", 100, "175mA", Kind.SMALL_SIGNAL));
        specs.add(array(random, "Diode Schottky Dual CC", null, SOT_323, Manufacturer.DIODES_INC, "BAS40-05W-7-F",
                "1 Pair Common Cathode", 40, "200mA", Kind.SCHOTTKY));
        // a package KiCad's standard library does not have: only the symbol is certain
        PackageSpec tumd2m = new PackageSpec("TUMD2M", "SOD-123FL-like (TUMD2M)", PackageSpec.SMD, 2,
                "SODFL2513X90N_ROHM", "TUMD2M", "DIODE TUMD2M", "Diodes", null);
        specs.add(diode(random, Kind.SCHOTTKY, tumd2m, Manufacturer.ROHM, "RB160VAM-40TR", 40, "1A",
                "550 mV @ 1 A", "-", "rb160vam-40"));
        return new PartAssembler(PROFILE, random).table(specs);
    }

    private static PartSpec diode(Random random, Kind kind, PackageSpec pkg, Manufacturer manufacturer, String mpn,
                                  int volts, String amps, String vf, String trr, String series) {
        String ref = kind == Kind.SCHOTTKY && random.nextDouble() < 0.3 ? "Diode Schottky" : kind.libraryRef;
        String description = switch (kind) {
            case SCHOTTKY -> "DIODE SCHOTTKY " + volts + "V " + amps.toUpperCase(Locale.ROOT) + " "
                    + pkg.code();
            case FAST -> "Ultrafast Recovery Rectifier " + volts + " V " + amps + " " + pkg.caseName();
            case SMALL_SIGNAL -> "Small Signal Switching Diode " + volts + "V " + amps + " " + pkg.code();
            case STANDARD -> "DIODE GEN PURP " + volts + "V " + amps.toUpperCase(Locale.ROOT) + " "
                    + pkg.code();
        };
        String value = mpn.replaceAll("[-, /].*$", "").replaceAll("(RLG|TR)$", "");
        return new PartSpec(ref, "Diodes", pkg, description, value, manufacturer, mpn, series,
                parameters(TYPE, kind.type, VR, volts + " V", IO, amps, VF, vf, TRR, trr, TJ, "-55°C ~ 150°C"),
                new KicadExpectation(kind.family, pkg.code(), 2, kind.kicadSymbol, pkg.kicadFootprint()));
    }

    private static PartSpec array(Random random, String libraryRef, String kicadSymbol, PackageSpec pkg,
                                  Manufacturer manufacturer, String mpn, String configuration, int volts, String amps,
                                  Kind kind) {
        String description = (kind == Kind.SCHOTTKY ? "Schottky Diode Array " : "Switching Diode Array ")
                + configuration + " " + volts + "V " + amps + " " + pkg.code();
        String value = mpn.replaceAll("[-,].*$", "").replaceAll("LT1G$", "");
        return new PartSpec(random.nextDouble() < 0.8 ? libraryRef : "Diode Array", "Diodes", pkg, description, value,
                manufacturer, mpn, value.toLowerCase(Locale.ROOT),
                parameters(TYPE, kind.type + ", " + configuration, VR, volts + " V", IO, amps, VF, "1 V @ 50 mA",
                        TRR, "4 ns", TJ, "-65°C ~ 150°C"),
                new KicadExpectation(kind.family, pkg.code(), pkg.pinCount(), kicadSymbol, pkg.kicadFootprint()));
    }
}
