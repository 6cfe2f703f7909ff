package io.github.altium2kicad.examples.sample;

import static io.github.altium2kicad.examples.sample.PartSpec.parameters;
import static io.github.altium2kicad.examples.sample.StandardPackages.DO_15;
import static io.github.altium2kicad.examples.sample.StandardPackages.DO_41;
import static io.github.altium2kicad.examples.sample.StandardPackages.SMA;
import static io.github.altium2kicad.examples.sample.StandardPackages.SMB;
import static io.github.altium2kicad.examples.sample.StandardPackages.SMC;
import static io.github.altium2kicad.examples.sample.StandardPackages.SOD_123;
import static io.github.altium2kicad.examples.sample.StandardPackages.SOD_323;
import static io.github.altium2kicad.examples.sample.StandardPackages.SOD_923;
import static io.github.altium2kicad.examples.sample.StandardPackages.SOT_143;
import static io.github.altium2kicad.examples.sample.StandardPackages.SOT_23;
import static io.github.altium2kicad.examples.sample.StandardPackages.SOT_23_6;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The {@code Diodes - TVS, Zener} table (a name with a dash and a comma): Zener diodes and TVS/ESD protection.
 *
 * <p>KiCad 6's {@code Device:D_TVS} is the bidirectional symbol; it has none for a unidirectional TVS, so those
 * parts have a certain footprint but no certain symbol.
 */
final class ProtectionDiodeCatalog {

    static final String TABLE = "Diodes - TVS, Zener";

    private static final String TYPE = "Type";
    private static final String VZ = "Voltage - Zener (Nom) (Vz)";
    private static final String TOLERANCE = "Tolerance";
    private static final String POWER = "Power - Max";
    private static final String STANDOFF = "Voltage - Reverse Standoff (Typ)";
    private static final String BREAKDOWN = "Voltage - Breakdown (Min)";
    private static final String CLAMPING = "Voltage - Clamping (Max) @ Ipp";
    private static final String POLARITY = "Polarity";

    static final TableProfile PROFILE = TableProfile.of(TABLE, "TVS",
            List.of(TYPE, VZ, TOLERANCE, POWER, STANDOFF, BREAKDOWN, CLAMPING, POLARITY)).withStyles(0.5, 0.3);

    private static final List<String> BZT52 = List.of("2V4", "2V7", "3V0", "3V3", "3V6", "3V9", "4V3", "4V7", "5V1",
            "5V6", "6V2", "6V8", "7V5", "8V2", "9V1", "10", "11", "12", "13", "15", "16", "18", "20", "22", "24", "27",
            "30", "33", "36", "39");

    private ProtectionDiodeCatalog() {
    }

    static SampleTable table(Random random) {
        List<PartSpec> specs = new ArrayList<>();
        for (String code : BZT52) {
            specs.add(zener(random, SOD_123, Manufacturer.DIODES_INC, "BZT52C" + code + "-7-F", code, "500 mW",
                    "Device:D_Zener", "bzt52c"));
        }
        for (String code : List.of("3V3", "5V1", "5V6", "6V2", "6V8", "8V2", "10", "12", "15", "18")) {
            specs.add(zener(random, SOD_323, Manufacturer.ONSEMI, "MM3Z" + code + "T1G", code, "300 mW",
                    "Device:D_Zener", "mm3z2v4t1"));
            specs.add(zener(random, SOT_23, Manufacturer.NEXPERIA, "BZX84-C" + code + ",215", code, "250 mW",
                    "Diode:BZX84Cxx", "bzx84_series"));
        }
        String[][] oneWatt = {{"1N4728A", "3V3"}, {"1N4733A", "5V1"}, {"1N4734A", "5V6"}, {"1N4735A", "6V2"},
                {"1N4739A", "9V1"}, {"1N4742A", "12"}, {"1N4744A", "15"}, {"1N4746A", "18"}};
        for (String[] z : oneWatt) {
            specs.add(zener(random, DO_41, Manufacturer.VISHAY_SEMI, z[0] + "-TAP", z[1], "1 W", "Device:D_Zener",
                    "1n4728a"));
        }
        List<String> smaj = new ArrayList<>(List.of("5.0", "6.0", "6.5", "7.0", "8.0", "10", "12", "13", "15", "18",
                "24", "26", "28", "33", "36", "48", "58"));
        for (int i = 0; i < 5; i++) {
            smaj.remove(random.nextInt(smaj.size()));
        }
        for (String v : smaj) {
            specs.add(tvs(random, SMA, Manufacturer.LITTELFUSE, "SMAJ" + v + "A", v, false, "400W", "smaj"));
        }
        for (String v : List.of("5.0", "6.0", "12", "15", "24", "33", "36", "58")) {
            specs.add(tvs(random, SMA, Manufacturer.LITTELFUSE, "SMAJ" + v + "CA", v, true, "400W", "smaj"));
        }
        for (String v : List.of("5.0", "12", "15", "24", "33")) {
            specs.add(tvs(random, SMB, Manufacturer.LITTELFUSE, "SMBJ" + v + "A", v, false, "600W", "smbj"));
        }
        for (String v : List.of("5.0", "15", "24")) {
            specs.add(tvs(random, SMB, Manufacturer.LITTELFUSE, "SMBJ" + v + "CA", v, true, "600W", "smbj"));
            specs.add(tvs(random, SMC, Manufacturer.LITTELFUSE, "SMCJ" + v + "A", v, false, "1500W", "smcj"));
        }
        for (String v : List.of("15", "24")) {
            specs.add(tvs(random, SMC, Manufacturer.LITTELFUSE, "SMCJ" + v + "CA", v, true, "1500W", "smcj"));
        }
        String[][] p6ke = {{"6.8", "5.8", "A"}, {"15", "12.8", "A"}, {"24", "20.5", "A"}, {"36", "30.8", "A"},
                {"15", "12.8", "CA"}, {"24", "20.5", "CA"}};
        for (String[] p : p6ke) {
            specs.add(tvs(random, DO_15, Manufacturer.LITTELFUSE, "P6KE" + p[0] + p[2], p[1], p[2].equals("CA"),
                    "600W", "p6ke"));
        }
        specs.add(tvs(random, SOD_323, Manufacturer.NEXPERIA, "PESD5V0S1BA,115", "5.0", true, "200W", "pesd5v0s1ba"));
        specs.add(tvs(random, SOD_923, Manufacturer.ONSEMI, "ESD9B5.0ST5G", "5.0", true, "100W", "esd9b"));
        specs.add(tvs(random, SOD_923, Manufacturer.ONSEMI, "ESD9B3.3ST5G", "3.3", true, "100W", "esd9b"));
        specs.add(array(random, "USBLC6-2SC6", "Power_Protection:USBLC6-2SC6", SOT_23_6, Manufacturer.ST,
                "USBLC6-2SC6", "2", "usblc6-2"));
        specs.add(array(random, "PRTR5V0U2X", "Power_Protection:PRTR5V0U2X", SOT_143, Manufacturer.NEXPERIA,
                "PRTR5V0U2X,215", "2", "prtr5v0u2x"));
        specs.add(array(random, "SP0503BAHT", "Power_Protection:SP0503BAHT", SOT_143, Manufacturer.LITTELFUSE,
                "SP0503BAHTG", "3", "sp05xxba"));
        PackageSpec uson10 = new PackageSpec("USON-10", "10-UFDFN", PackageSpec.SMD, 10, "SON40P250X100X55-10N",
                "USON-10", "USON-10_2.5x1.0", "QFN", null);
        specs.add(array(random, "TPD4E05U06", null, uson10, Manufacturer.TEXAS_INSTRUMENTS, "TPD4E05U06DQAR", "4",
                "tpd4e05u06"));
        return new PartAssembler(PROFILE, random).table(specs);
    }

    private static PartSpec zener(Random random, PackageSpec pkg, Manufacturer manufacturer, String mpn, String code,
                                  String power, String kicadSymbol, String series) {
        String volts = code.replace("V", ".");
        boolean threePin = pkg.pinCount() == 3;
        String ref = threePin ? "Zener SOT-23" : random.nextDouble() < 0.8 ? "Zener" : "D Zener";
        return new PartSpec(ref, "Diodes", pkg, "DIODE ZENER " + volts + "V " + power.replace(" ", "") + " "
                        + pkg.code(), volts + "V", manufacturer, mpn, series,
                parameters(TYPE, "Zener", VZ, volts + " V", TOLERANCE, "±5%", POWER, power, STANDOFF, null,
                        BREAKDOWN, null, CLAMPING, null, POLARITY, "Unidirectional"),
                new KicadExpectation(PartFamily.DIODE_ZENER, pkg.code(), pkg.pinCount(), kicadSymbol,
                        pkg.kicadFootprint()));
    }

    private static PartSpec tvs(Random random, PackageSpec pkg, Manufacturer manufacturer, String mpn,
                                String standoff, boolean bidirectional, String power, String series) {
        BigDecimal vwm = new BigDecimal(standoff);
        String breakdown = vwm.multiply(new BigDecimal("1.11")).setScale(1, RoundingMode.HALF_UP).toPlainString();
        String clamping = vwm.multiply(new BigDecimal("1.62")).setScale(1, RoundingMode.HALF_UP).toPlainString();
        String ref = bidirectional ? (random.nextDouble() < 0.7 ? "TVS Bidirectional" : "TVS_BI") : "TVS";
        String description = "TVS DIODE " + standoff + "VWM " + clamping + "VC " + pkg.code()
                + (bidirectional ? " BIDIRECTIONAL" : "");
        return new PartSpec(ref, "Diodes", pkg, description, mpn.replaceAll("[,-].*$", ""), manufacturer, mpn, series,
                parameters(TYPE, pkg.code().startsWith("SOD-") ? "ESD Protection" : "Zener", VZ, null, TOLERANCE, null,
                        POWER, power, STANDOFF, standoff + "V", BREAKDOWN, breakdown + "V", CLAMPING, clamping + "V",
                        POLARITY, bidirectional ? "Bidirectional" : "Unidirectional"),
                new KicadExpectation(PartFamily.DIODE_TVS, pkg.code(), 2, bidirectional ? "Device:D_TVS" : null,
                        pkg.kicadFootprint()));
    }

    private static PartSpec array(Random random, String libraryRef, String kicadSymbol, PackageSpec pkg,
                                  Manufacturer manufacturer, String mpn, String lines, String series) {
        return new PartSpec(random.nextDouble() < 0.85 ? libraryRef : "ESD Array", "Protection", pkg,
                "TVS DIODE ARRAY " + lines + " LINES 5.5VWM " + pkg.code(), mpn.replaceAll("[,].*$", ""), manufacturer,
                mpn, series,
                parameters(TYPE, "Steering (Rail to Rail)", VZ, null, TOLERANCE, null, POWER, null, STANDOFF, "5.5V",
                        BREAKDOWN, "6V", CLAMPING, "17V", POLARITY, lines + " Channels"),
                new KicadExpectation(PartFamily.DIODE_TVS, pkg.code(), pkg.pinCount(), kicadSymbol,
                        pkg.kicadFootprint()));
    }
}
