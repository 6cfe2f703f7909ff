package io.github.altium2kicad.examples.sample;

import static io.github.altium2kicad.examples.sample.PartSpec.parameters;
import static io.github.altium2kicad.examples.sample.StandardPackages.SOT_223;
import static io.github.altium2kicad.examples.sample.StandardPackages.SOT_23;
import static io.github.altium2kicad.examples.sample.StandardPackages.SOT_323;
import static io.github.altium2kicad.examples.sample.StandardPackages.SOT_89;
import static io.github.altium2kicad.examples.sample.StandardPackages.TO_220;
import static io.github.altium2kicad.examples.sample.StandardPackages.TO_252;
import static io.github.altium2kicad.examples.sample.StandardPackages.TO_263;
import static io.github.altium2kicad.examples.sample.StandardPackages.TO_92;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The {@code Transistors} table: BJTs and MOSFETs in SOT-23, SC-70, SOT-223, SOT-89, TO-92, TO-220, DPAK, D2PAK.
 *
 * <p>A transistor symbol is only right with the package's pinout, so the certain symbol is KiCad's own part symbol
 * where one exists, otherwise a generic {@code Device:Q_*} symbol whose pin order matches the package, and nothing
 * where neither is sure.
 */
final class TransistorCatalog {

    static final String TABLE = "Transistors";

    private static final String TYPE = "Transistor Type";
    private static final String VCE = "Voltage - Collector Emitter Breakdown (Max)";
    private static final String IC = "Current - Collector (Ic) (Max)";
    private static final String HFE = "DC Current Gain (hFE) (Min) @ Ic, Vce";
    private static final String VDS = "Drain to Source Voltage (Vdss)";
    private static final String ID = "Current - Continuous Drain (Id) @ 25°C";
    private static final String RDS = "Rds On (Max) @ Id, Vgs";
    private static final String POWER = "Power - Max";

    static final TableProfile PROFILE = TableProfile.of(TABLE, "TRN",
                    List.of(TYPE, VCE, IC, HFE, VDS, ID, RDS, POWER))
            .withAlternates(0.25).withStyles(0.45, 0.35);

    /** A transistor type: its electrical data and certain KiCad symbol ({@code null} if none). */
    private record Device(String name, String kicadSymbol, boolean bipolar, boolean nType, String volts, String amps,
                          String gainOrRds, String power) {
    }

    private TransistorCatalog() {
    }

    private static Device npn(String name, String kicad, String vce, String ic, String hfe, String power) {
        return new Device(name, kicad, true, true, vce, ic, hfe, power);
    }

    private static Device pnp(String name, String kicad, String vce, String ic, String hfe, String power) {
        return new Device(name, kicad, true, false, vce, ic, hfe, power);
    }

    private static Device nmos(String name, String kicad, String vds, String id, String rds, String power) {
        return new Device(name, kicad, false, true, vds, id, rds, power);
    }

    private static Device pmos(String name, String kicad, String vds, String id, String rds, String power) {
        return new Device(name, kicad, false, false, vds, id, rds, power);
    }

    static SampleTable table(Random random) {
        List<PartSpec> specs = new ArrayList<>();
        Device mmbt3904 = npn("MMBT3904", "Transistor_BJT:MMBT3904", "40V", "200mA", "100 @ 10mA, 1V", "300mW");
        add(random, specs, mmbt3904, SOT_23, Manufacturer.ONSEMI, "MMBT3904LT1G", "MMBT3904LT3G");
        add(random, specs, mmbt3904, SOT_23, Manufacturer.NEXPERIA, "MMBT3904,215");
        add(random, specs, mmbt3904, SOT_23, Manufacturer.DIODES_INC, "MMBT3904-7-F");
        add(random, specs, mmbt3904, SOT_23, Manufacturer.MCC, "MMBT3904-TP");
        Device mmbt3906 = pnp("MMBT3906", "Transistor_BJT:MMBT3906", "40V", "200mA", "100 @ 10mA, 1V", "300mW");
        add(random, specs, mmbt3906, SOT_23, Manufacturer.ONSEMI, "MMBT3906LT1G");
        add(random, specs, mmbt3906, SOT_23, Manufacturer.NEXPERIA, "MMBT3906,215");
        add(random, specs, mmbt3906, SOT_23, Manufacturer.DIODES_INC, "MMBT3906-7-F");
        add(random, specs, mmbt3906, SOT_23, Manufacturer.MCC, "MMBT3906-TP");
        Device bc847 = npn("BC847", "Transistor_BJT:BC847", "45V", "100mA", "200 @ 2mA, 5V", "250mW");
        add(random, specs, bc847, SOT_23, Manufacturer.NEXPERIA, "BC847A,215", "BC847B,215", "BC847C,215");
        add(random, specs, bc847, SOT_23, Manufacturer.ONSEMI, "BC847BLT1G", "BC847CLT1G");
        add(random, specs, bc847, SOT_23, Manufacturer.DIODES_INC, "BC847B-7-F");
        Device bc857 = pnp("BC857", "Transistor_BJT:BC857", "45V", "100mA", "220 @ 2mA, 5V", "250mW");
        add(random, specs, bc857, SOT_23, Manufacturer.NEXPERIA, "BC857B,215", "BC857C,215");
        add(random, specs, bc857, SOT_23, Manufacturer.ONSEMI, "BC857BLT1G");
        for (String n : List.of("BC846", "BC848", "BC849", "BC850")) {
            add(random, specs, npn(n, "Transistor_BJT:" + n, n.equals("BC846") ? "65V" : "30V", "100mA",
                    "200 @ 2mA, 5V", "250mW"), SOT_23, Manufacturer.NEXPERIA, n + (n.equals("BC846") ? "B" : "C")
                    + ",215");
        }
        for (String n : List.of("BC856", "BC858")) {
            add(random, specs, pnp(n, "Transistor_BJT:" + n, n.equals("BC856") ? "65V" : "30V", "100mA",
                    "220 @ 2mA, 5V", "250mW"), SOT_23, Manufacturer.NEXPERIA, n + "B,215");
        }
        Device bc817 = npn("BC817", "Transistor_BJT:BC817", "45V", "500mA", "250 @ 100mA, 1V", "250mW");
        add(random, specs, bc817, SOT_23, Manufacturer.NEXPERIA, "BC817-25,215", "BC817-40,215");
        add(random, specs, bc817, SOT_23, Manufacturer.ONSEMI, "BC817-40LT1G");
        add(random, specs, bc817, SOT_23, Manufacturer.DIODES_INC, "BC817-40-7-F");
        Device bc807 = pnp("BC807", "Transistor_BJT:BC807", "45V", "500mA", "250 @ 100mA, 1V", "250mW");
        add(random, specs, bc807, SOT_23, Manufacturer.NEXPERIA, "BC807-25,215", "BC807-40,215");
        add(random, specs, bc807, SOT_23, Manufacturer.ONSEMI, "BC807-40LT1G");
        add(random, specs, npn("MMBTA42", "Transistor_BJT:MMBTA42", "300V", "500mA", "40 @ 30mA, 10V", "300mW"),
                SOT_23, Manufacturer.ONSEMI, "MMBTA42LT1G");
        add(random, specs, pnp("MMBTA92", "Transistor_BJT:MMBTA92", "300V", "500mA", "40 @ 30mA, 10V", "300mW"),
                SOT_23, Manufacturer.ONSEMI, "MMBTA92LT1G");
        add(random, specs, npn("MMBT5551", "Transistor_BJT:MMBT5551L", "160V", "600mA", "80 @ 10mA, 5V", "300mW"),
                SOT_23, Manufacturer.ONSEMI, "MMBT5551LT1G");
        Device mmbt2222a = npn("MMBT2222A", "Device:Q_NPN_BEC", "40V", "600mA", "100 @ 150mA, 10V", "300mW");
        add(random, specs, mmbt2222a, SOT_23, Manufacturer.ONSEMI, "MMBT2222ALT1G");
        add(random, specs, mmbt2222a, SOT_23, Manufacturer.NEXPERIA, "PMBT2222A,215");
        add(random, specs, mmbt2222a, SOT_23, Manufacturer.DIODES_INC, "MMBT2222A-7-F");
        add(random, specs, npn("BC847W", "Transistor_BJT:BC847W", "45V", "100mA", "200 @ 2mA, 5V", "200mW"),
                SOT_323, Manufacturer.NEXPERIA, "BC847BW,115", "BC847CW,115");
        add(random, specs, pnp("BC857W", "Transistor_BJT:BC857W", "45V", "100mA", "220 @ 2mA, 5V", "200mW"),
                SOT_323, Manufacturer.NEXPERIA, "BC857BW,115");
        add(random, specs, npn("BC817W", "Transistor_BJT:BC817W", "45V", "500mA", "250 @ 100mA, 1V", "200mW"),
                SOT_323, Manufacturer.NEXPERIA, "BC817-40W,115");
        add(random, specs, npn("MMBT3904W", "Device:Q_NPN_BEC", "40V", "200mA", "100 @ 10mA, 1V", "200mW"),
                SOT_323, Manufacturer.DIODES_INC, "MMBT3904W-7-F");
        Device bcp56 = npn("BCP56", "Transistor_BJT:BCP56", "80V", "1A", "63 @ 150mA, 2V", "1.3W");
        add(random, specs, bcp56, SOT_223, Manufacturer.NEXPERIA, "BCP56,115", "BCP56-16,115");
        add(random, specs, bcp56, SOT_223, Manufacturer.ONSEMI, "BCP56T1G");
        add(random, specs, pnp("BCP53", "Transistor_BJT:BCP53", "80V", "1A", "63 @ 150mA, 2V", "1.3W"), SOT_223,
                Manufacturer.NEXPERIA, "BCP53,115", "BCP53-16,115");
        add(random, specs, pnp("BCP51", "Transistor_BJT:BCP51", "45V", "1A", "63 @ 150mA, 2V", "1.3W"), SOT_223,
                Manufacturer.NEXPERIA, "BCP51,115");
        add(random, specs, npn("PZT2222A", "Transistor_BJT:PZT2222A", "40V", "1A", "100 @ 150mA, 10V", "1W"),
                SOT_223, Manufacturer.ONSEMI, "PZT2222AT1G");
        add(random, specs, npn("PZT3904", "Transistor_BJT:PZT3904", "40V", "200mA", "100 @ 10mA, 1V", "1W"),
                SOT_223, Manufacturer.NEXPERIA, "PZT3904,115");
        add(random, specs, pnp("PZT3906", "Transistor_BJT:PZT3906", "40V", "200mA", "100 @ 10mA, 1V", "1W"),
                SOT_223, Manufacturer.NEXPERIA, "PZT3906,115");
        add(random, specs, npn("PZTA42", "Transistor_BJT:PZTA42", "300V", "500mA", "40 @ 30mA, 10V", "1.5W"),
                SOT_223, Manufacturer.ONSEMI, "PZTA42T1G");
        add(random, specs, npn("BCX56", "Device:Q_NPN_BCE", "80V", "1A", "100 @ 150mA, 2V", "1.3W"), SOT_89,
                Manufacturer.NEXPERIA, "BCX56-16,115");
        add(random, specs, npn("BCX54", "Device:Q_NPN_BCE", "45V", "1A", "100 @ 150mA, 2V", "1.3W"), SOT_89,
                Manufacturer.NEXPERIA, "BCX54-16,115");
        add(random, specs, pnp("BCX53", "Device:Q_PNP_BCE", "80V", "1A", "100 @ 150mA, 2V", "1.3W"), SOT_89,
                Manufacturer.NEXPERIA, "BCX53-16,115");
        add(random, specs, npn("2N3904", "Transistor_BJT:2N3904", "40V", "200mA", "100 @ 10mA, 1V", "625mW"), TO_92,
                Manufacturer.ONSEMI, "2N3904BU", "2N3904TA", "2N3904TFR");
        add(random, specs, pnp("2N3906", "Transistor_BJT:2N3906", "40V", "200mA", "100 @ 10mA, 1V", "625mW"), TO_92,
                Manufacturer.ONSEMI, "2N3906BU", "2N3906TA");
        add(random, specs, npn("BC547", "Transistor_BJT:BC547", "45V", "100mA", "200 @ 2mA, 5V", "500mW"), TO_92,
                Manufacturer.ONSEMI, "BC547BTA", "BC547CTA");
        add(random, specs, pnp("BC557", "Transistor_BJT:BC557", "45V", "100mA", "220 @ 2mA, 5V", "500mW"), TO_92,
                Manufacturer.ONSEMI, "BC557BTA");
        add(random, specs, npn("BC337", "Transistor_BJT:BC337", "45V", "800mA", "100 @ 100mA, 1V", "625mW"), TO_92,
                Manufacturer.ONSEMI, "BC33725TA");
        add(random, specs, npn("PN2222A", "Transistor_BJT:PN2222A", "40V", "1A", "100 @ 150mA, 10V", "625mW"), TO_92,
                Manufacturer.ONSEMI, "PN2222ATA");
        Device tip120 = npn("TIP120", "Transistor_BJT:TIP120", "60V", "5A", "1000 @ 3A, 3V", "2W");
        add(random, specs, tip120, TO_220, Manufacturer.ONSEMI, "TIP120G");
        add(random, specs, tip120, TO_220, Manufacturer.ST, "TIP120");
        add(random, specs, npn("TIP122", "Transistor_BJT:TIP122", "100V", "5A", "1000 @ 3A, 3V", "2W"), TO_220,
                Manufacturer.ONSEMI, "TIP122G");
        add(random, specs, pnp("TIP127", "Transistor_BJT:TIP127", "100V", "5A", "1000 @ 3A, 3V", "2W"), TO_220,
                Manufacturer.ONSEMI, "TIP127G");
        add(random, specs, npn("TIP41C", "Transistor_BJT:TIP41C", "100V", "6A", "15 @ 3A, 4V", "2W"), TO_220,
                Manufacturer.ONSEMI, "TIP41CG");
        add(random, specs, pnp("TIP42C", "Transistor_BJT:TIP42C", "100V", "6A", "15 @ 3A, 4V", "2W"), TO_220,
                Manufacturer.ONSEMI, "TIP42CG");
        add(random, specs, npn("MJD44H11", "Device:Q_NPN_BCE", "80V", "8A", "40 @ 4A, 1V", "1.75W"), TO_252,
                Manufacturer.ONSEMI, "MJD44H11T4G");

        Device n2n7002 = nmos("2N7002", "Transistor_FET:2N7002", "60V", "115mA", "7.5Ohm @ 500mA, 10V", "225mW");
        add(random, specs, n2n7002, SOT_23, Manufacturer.ONSEMI, "2N7002LT1G");
        add(random, specs, n2n7002, SOT_23, Manufacturer.NEXPERIA, "2N7002,215");
        add(random, specs, n2n7002, SOT_23, Manufacturer.DIODES_INC, "2N7002-7-F");
        Device n2n7002k = nmos("2N7002K", "Transistor_FET:2N7002K", "60V", "380mA", "2Ohm @ 500mA, 10V", "370mW");
        add(random, specs, n2n7002k, SOT_23, Manufacturer.VISHAY_SILICONIX, "2N7002K-T1-E3");
        add(random, specs, n2n7002k, SOT_23, Manufacturer.DIODES_INC, "2N7002K-7");
        add(random, specs, nmos("2N7002BK", "Device:Q_NMOS_GSD", "60V", "350mA", "1.6Ohm @ 500mA, 10V", "350mW"),
                SOT_23, Manufacturer.NEXPERIA, "2N7002BK,215");
        Device bss138 = nmos("BSS138", "Transistor_FET:BSS138", "50V", "220mA", "3.5Ohm @ 220mA, 10V", "360mW");
        add(random, specs, bss138, SOT_23, Manufacturer.ONSEMI, "BSS138LT1G");
        add(random, specs, bss138, SOT_23, Manufacturer.DIODES_INC, "BSS138-7-F");
        Device bss84 = pmos("BSS84", "Transistor_FET:BSS84", "50V", "130mA", "10Ohm @ 100mA, 5V", "225mW");
        add(random, specs, bss84, SOT_23, Manufacturer.ONSEMI, "BSS84LT1G");
        add(random, specs, bss84, SOT_23, Manufacturer.NEXPERIA, "BSS84,215");
        add(random, specs, bss84, SOT_23, Manufacturer.DIODES_INC, "BSS84-7-F");
        Device bss123 = nmos("BSS123", "Transistor_FET:BSS123", "100V", "170mA", "6Ohm @ 170mA, 10V", "225mW");
        add(random, specs, bss123, SOT_23, Manufacturer.ONSEMI, "BSS123LT1G");
        add(random, specs, bss123, SOT_23, Manufacturer.DIODES_INC, "BSS123-7-F");
        add(random, specs, nmos("AO3400A", "Transistor_FET:AO3400A", "30V", "5.7A", "26.5mOhm @ 5.7A, 10V", "1.4W"),
                SOT_23, Manufacturer.ALPHA_OMEGA, "AO3400A");
        add(random, specs, pmos("AO3401A", "Transistor_FET:AO3401A", "30V", "4A", "44mOhm @ 4.3A, 10V", "1.4W"),
                SOT_23, Manufacturer.ALPHA_OMEGA, "AO3401A");
        String[][] diodesFets = {{"DMG2302U", "N", "20V", "2.8A"}, {"DMG3414U", "N", "20V", "4.2A"},
                {"DMG3402L", "N", "30V", "4A"}, {"DMG3418L", "N", "30V", "4A"}, {"DMN2041L", "N", "20V", "6.4A"},
                {"DMN2050L", "N", "20V", "5.9A"}, {"DMN3042L", "N", "30V", "5.8A"}, {"DMN3404L", "N", "30V", "5.8A"},
                {"DMN6075S", "N", "60V", "2.5A"}, {"DMN10H220L", "N", "100V", "1.4A"}, {"DMG2301L", "P", "20V", "3A"}};
        for (String[] f : diodesFets) {
            Device d = f[1].equals("N")
                    ? nmos(f[0], "Transistor_FET:" + f[0], f[2], f[3], "50mOhm @ 4A, 4.5V", "1.4W")
                    : pmos(f[0], "Transistor_FET:" + f[0], f[2], f[3], "120mOhm @ 2.8A, 4.5V", "1.4W");
            add(random, specs, d, SOT_23, Manufacturer.DIODES_INC, f[0] + "-7");
        }
        String[][] irFets = {{"IRLML6402", "P", "20V", "3.7A"}, {"IRLML6401", "P", "12V", "4.3A"},
                {"IRLML2060", "N", "60V", "1.2A"}, {"IRLML0030", "N", "30V", "5.3A"}};
        for (String[] f : irFets) {
            Device d = f[1].equals("N")
                    ? nmos(f[0], "Transistor_FET:" + f[0], f[2], f[3], "40mOhm @ 5A, 10V", "1.3W")
                    : pmos(f[0], "Transistor_FET:" + f[0], f[2], f[3], "65mOhm @ 3.7A, 4.5V", "1.3W");
            add(random, specs, d, SOT_23, Manufacturer.INFINEON, f[0] + "TRPBF");
        }
        add(random, specs, nmos("IRLML2502", "Device:Q_NMOS_GSD", "20V", "4.2A", "45mOhm @ 4.2A, 4.5V", "1.25W"),
                SOT_23, Manufacturer.INFINEON, "IRLML2502TRPBF");
        add(random, specs, nmos("SI2302CDS", "Device:Q_NMOS_GSD", "20V", "2.6A", "57mOhm @ 3.6A, 4.5V", "710mW"),
                SOT_23, Manufacturer.VISHAY_SILICONIX, "SI2302CDS-T1-GE3");
        add(random, specs, pmos("SI2301CDS", "Device:Q_PMOS_GSD", "20V", "3.1A", "112mOhm @ 2.8A, 4.5V", "860mW"),
                SOT_23, Manufacturer.VISHAY_SILICONIX, "SI2301CDS-T1-GE3");
        add(random, specs, nmos("BSS214NW", "Transistor_FET:BSS214NW", "20V", "1.5A", "140mOhm @ 1.5A, 4.5V",
                "500mW"), SOT_323, Manufacturer.INFINEON, "BSS214NWH6327XTSA1");
        add(random, specs, nmos("2N7002W", "Device:Q_NMOS_GSD", "60V", "115mA", "7.5Ohm @ 500mA, 10V", "200mW"),
                SOT_323, Manufacturer.DIODES_INC, "2N7002W-7-F");
        add(random, specs, nmos("BSP89", "Transistor_FET:BSP89", "240V", "350mA", "6Ohm @ 350mA, 10V", "1.8W"),
                SOT_223, Manufacturer.INFINEON, "BSP89H6327XTSA1");
        add(random, specs, nmos("2N7000", "Transistor_FET:2N7000", "60V", "200mA", "5Ohm @ 500mA, 10V", "400mW"),
                TO_92, Manufacturer.ONSEMI, "2N7000TA");
        add(random, specs, nmos("BS170", "Transistor_FET:BS170", "60V", "500mA", "5Ohm @ 200mA, 10V", "830mW"),
                TO_92, Manufacturer.ONSEMI, "BS170");
        String[][] to220 = {{"IRF540N", "N", "100V", "33A", "44mOhm @ 16A, 10V"},
                {"IRLZ44N", "N", "55V", "47A", "22mOhm @ 25A, 10V"}, {"IRF3205", "N", "55V", "110A", "8mOhm @ 62A, 10V"},
                {"IRF9540N", "P", "100V", "23A", "117mOhm @ 11A, 10V"},
                {"IRLB8721PBF", "N", "30V", "62A", "8.7mOhm @ 31A, 10V"}};
        for (String[] f : to220) {
            Device d = f[1].equals("N") ? nmos(f[0], "Transistor_FET:" + f[0], f[2], f[3], f[4], "94W")
                    : pmos(f[0], "Transistor_FET:" + f[0], f[2], f[3], f[4], "140W");
            add(random, specs, d, TO_220, Manufacturer.INFINEON, f[0].endsWith("PBF") ? f[0] : f[0] + "PBF");
        }
        add(random, specs, pmos("FQP27P06", "Transistor_FET:FQP27P06", "60V", "27A", "70mOhm @ 13.5A, 10V", "120W"),
                TO_220, Manufacturer.ONSEMI, "FQP27P06");
        add(random, specs, nmos("IRF740", "Transistor_FET:IRF740", "400V", "10A", "550mOhm @ 6A, 10V", "125W"),
                TO_220, Manufacturer.VISHAY_SILICONIX, "IRF740PBF");
        add(random, specs, nmos("IPD50R380CE", "Transistor_FET:IPD50R380CE", "500V", "9.9A", "380mOhm @ 3.2A, 10V",
                "76W"), TO_252, Manufacturer.INFINEON, "IPD50R380CEAUMA1");
        add(random, specs, nmos("AOD4184A", null, "40V", "50A", "7mOhm @ 20A, 10V", "50W"), TO_252,
                Manufacturer.ALPHA_OMEGA, "AOD4184A");
        add(random, specs, nmos("IRLR7843", null, "30V", "161A", "3.3mOhm @ 16A, 10V", "140W"), TO_252,
                Manufacturer.INFINEON, "IRLR7843TRPBF");
        add(random, specs, nmos("IRFS4115", "Transistor_FET:IRFS4115", "150V", "99A", "12.1mOhm @ 60A, 10V",
                "375W"), TO_263, Manufacturer.INFINEON, "IRFS4115TRLPBF");
        add(random, specs, nmos("IRFS4310Z", "Transistor_FET:IRFS4310Z", "100V", "127A", "6mOhm @ 75A, 10V",
                "250W"), TO_263, Manufacturer.INFINEON, "IRFS4310ZTRLPBF");
        add(random, specs, nmos("IRF3205S", null, "55V", "110A", "8mOhm @ 62A, 10V", "200W"), TO_263,
                Manufacturer.INFINEON, "IRF3205STRLPBF");
        return new PartAssembler(PROFILE, random).table(specs);
    }

    private static void add(Random random, List<PartSpec> specs, Device device, PackageSpec pkg,
                            Manufacturer manufacturer, String... mpns) {
        for (String mpn : mpns) {
            specs.add(part(random, device, pkg, manufacturer, mpn));
        }
    }

    private static PartSpec part(Random random, Device d, PackageSpec pkg, Manufacturer manufacturer, String mpn) {
        String generic = d.bipolar() ? (d.nType() ? "NPN" : "PNP") : (d.nType() ? "NMOS" : "PMOS");
        String altiumGeneric = d.bipolar() ? generic : (d.nType() ? "MOSFET-N" : "MOSFET-P");
        double r = random.nextDouble();
        String libraryRef = r < 0.45 ? generic : r < 0.7 ? altiumGeneric : d.name();
        String library = libraryRef.equals(altiumGeneric) && !d.bipolar() ? "Miscellaneous Devices" : "Transistors";
        String type = d.bipolar() ? generic : (d.nType() ? "N-Channel" : "P-Channel");
        String description = d.bipolar()
                ? "TRANS " + generic + " " + d.volts() + " " + d.amps() + " " + pkg.code()
                : "MOSFET " + type + " " + d.volts() + " " + d.amps() + " (Ta) " + d.power() + " " + pkg.code();
        return new PartSpec(libraryRef, library, pkg, description, d.name(), manufacturer, mpn,
                d.name().toLowerCase(Locale.ROOT),
                parameters(TYPE, type,
                        VCE, d.bipolar() ? d.volts() : null, IC, d.bipolar() ? d.amps() : null,
                        HFE, d.bipolar() ? d.gainOrRds() : null, VDS, d.bipolar() ? null : d.volts(),
                        ID, d.bipolar() ? null : d.amps() + " (Ta)", RDS, d.bipolar() ? null : d.gainOrRds(),
                        POWER, d.power()),
                new KicadExpectation(d.bipolar() ? PartFamily.TRANSISTOR_BJT : PartFamily.TRANSISTOR_MOSFET,
                        pkg.code(), pkg.pinCount(), d.kicadSymbol(), pkg.kicadFootprint()));
    }
}
