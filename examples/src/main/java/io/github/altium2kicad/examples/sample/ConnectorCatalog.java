package io.github.altium2kicad.examples.sample;

import static io.github.altium2kicad.examples.sample.PartSpec.parameters;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The {@code Connectors} table: 2.54 mm pin headers and sockets (1xN, 2xN), JST XH/PH/SH/GH, Phoenix terminal
 * blocks and a few odd connectors. A quarter of the footprint paths are absolute Windows paths.
 */
final class ConnectorCatalog {

    static final String TABLE = "Connectors";

    private static final String TYPE = "Connector Type";
    private static final String POSITIONS = "Number of Positions";
    private static final String ROWS = "Number of Rows";
    private static final String PITCH = "Pitch";
    private static final String FINISH = "Contact Finish";
    private static final String CURRENT = "Current Rating (Amps)";
    private static final String ORIENTATION = "Orientation";

    static final TableProfile PROFILE = TableProfile.of(TABLE, "CON",
                    List.of(TYPE, POSITIONS, ROWS, PITCH, FINISH, CURRENT, ORIENTATION))
            .withStyles(0.3, 0.5).withAbsolutePaths(0.25);

    private ConnectorCatalog() {
    }

    static SampleTable table(Random random) {
        List<PartSpec> specs = new ArrayList<>();
        for (int n = 1; n <= 40; n++) {
            specs.add(header(random, 1, n, Manufacturer.WURTH, String.format(Locale.ROOT, "613%03d11121", n),
                    "wr-phd-2.54"));
        }
        for (int n = 2; n <= 40; n++) {
            specs.add(header(random, 2, n, Manufacturer.WURTH, String.format(Locale.ROOT, "613%03d21121", 2 * n),
                    "wr-phd-2.54"));
        }
        for (int n = 2; n <= 20; n++) {
            specs.add(header(random, 1, n, Manufacturer.SAMTEC, String.format(Locale.ROOT, "TSW-1%02d-07-G-S", n),
                    "tsw"));
        }
        for (int n = 3; n <= 20; n++) {
            specs.add(header(random, 2, n, Manufacturer.SAMTEC, String.format(Locale.ROOT, "TSW-1%02d-07-G-D", n),
                    "tsw"));
        }
        for (int n = 2; n <= 20; n++) {
            specs.add(socket(random, 1, n, String.format(Locale.ROOT, "PPTC%02d1LFBN-RC", n)));
        }
        for (int n = 3; n <= 20; n++) {
            specs.add(socket(random, 2, n, String.format(Locale.ROOT, "PPTC%02d2LFBN-RC", n)));
        }
        for (int n = 2; n <= 12; n++) {
            specs.add(jst(random, "XH", n, "B" + n + "B-XH-A(LF)(SN)", String.format(Locale.ROOT,
                    "Connector_JST:JST_XH_B%dB-XH-A_1x%02d_P2.50mm_Vertical", n, n), "2.50mm", false, "3A"));
            specs.add(jst(random, "PH", n, "B" + n + "B-PH-K-S(LF)(SN)", String.format(Locale.ROOT,
                    "Connector_JST:JST_PH_B%dB-PH-K_1x%02d_P2.00mm_Vertical", n, n), "2.00mm", false, "2A"));
        }
        for (int n = 2; n <= 10; n++) {
            specs.add(jst(random, "PH", n, "S" + n + "B-PH-SM4-TB(LF)(SN)", String.format(Locale.ROOT,
                    "Connector_JST:JST_PH_S%dB-PH-SM4-TB_1x%02d-1MP_P2.00mm_Horizontal", n, n), "2.00mm", true, "2A"));
            specs.add(jst(random, "SH", n, String.format(Locale.ROOT, "SM%02dB-SRSS-TB(LF)(SN)", n),
                    String.format(Locale.ROOT, "Connector_JST:JST_SH_SM%02dB-SRSS-TB_1x%02d-1MP_P1.00mm_Horizontal",
                            n, n), "1.00mm", true, "1A"));
        }
        for (int n = 2; n <= 8; n++) {
            specs.add(jst(random, "GH", n, String.format(Locale.ROOT, "SM%02dB-GHS-TB(LF)(SN)", n),
                    String.format(Locale.ROOT, "Connector_JST:JST_GH_SM%02dB-GHS-TB_1x%02d-1MP_P1.25mm_Horizontal",
                            n, n), "1.25mm", true, "1A"));
        }
        String[] phoenix = {"1715721", "1715734", "1715747", "1715750", "1715763"};
        for (int n = 2; n <= 6; n++) {
            specs.add(terminalBlock(random, n, phoenix[n - 2]));
        }
        addOddConnectors(specs);
        return new PartAssembler(PROFILE, random).table(specs);
    }

    private static String twoDigits(int n) {
        return String.format(Locale.ROOT, "%02d", n);
    }

    private static String genericSymbol(int rows, int n) {
        return rows == 1 ? "Connector_Generic:Conn_01x" + twoDigits(n)
                : "Connector_Generic:Conn_02x" + twoDigits(n) + "_Odd_Even";
    }

    private static PartSpec header(Random random, int rows, int n, Manufacturer manufacturer, String mpn,
                                   String series) {
        int positions = rows * n;
        String grid = rows + "x" + twoDigits(n);
        PackageSpec pkg = new PackageSpec(grid + " P2.54mm", "Header", PackageSpec.THT, positions,
                "HDRV" + positions + "W64P254_" + rows + "X" + n + "_" + (n * 254) + "X" + (rows * 254) + "X838P",
                "HDR" + rows + "X" + n, "CONN HDR " + grid + " P2.54 V", "Connectors",
                "Connector_PinHeader_2.54mm:PinHeader_" + grid + "_P2.54mm_Vertical");
        double r = random.nextDouble();
        String libraryRef;
        if (r < 0.3) {
            libraryRef = "CONN_" + grid.toUpperCase(Locale.ROOT);
        } else if (rows == 1) {
            libraryRef = "Header " + n;
        } else {
            libraryRef = r < 0.65 ? "Header " + n + "X2" : "Header 2x" + n;
        }
        String library = libraryRef.startsWith("Header") ? "Miscellaneous Connectors" : "Connectors";
        return new PartSpec(libraryRef, library, pkg,
                "Pin header, " + grid + ", 2.54mm pitch, vertical, gold, through hole", grid + " 2.54mm",
                manufacturer, mpn, series,
                parameters(TYPE, "Header", POSITIONS, String.valueOf(positions), ROWS, String.valueOf(rows),
                        PITCH, "0.100\" (2.54mm)", FINISH, "Gold", CURRENT, "3A", ORIENTATION, "Vertical"),
                new KicadExpectation(PartFamily.CONNECTOR_HEADER, pkg.code(), positions, genericSymbol(rows, n),
                        pkg.kicadFootprint()));
    }

    private static PartSpec socket(Random random, int rows, int n, String mpn) {
        int positions = rows * n;
        String grid = rows + "x" + twoDigits(n);
        PackageSpec pkg = new PackageSpec(grid + " P2.54mm socket", "Receptacle", PackageSpec.THT, positions,
                "HDRV" + positions + "W64P254_" + rows + "X" + n + "_" + (n * 254) + "X" + (rows * 254) + "X850S",
                "SKT" + rows + "X" + n, "CONN SKT " + grid + " P2.54 V", "Connectors",
                "Connector_PinSocket_2.54mm:PinSocket_" + grid + "_P2.54mm_Vertical");
        String libraryRef = random.nextDouble() < 0.6 ? "Socket " + grid : "CONN_" + grid.toUpperCase(Locale.ROOT);
        return new PartSpec(libraryRef, "Connectors", pkg,
                "Female header, " + grid + ", 2.54mm pitch, vertical, through hole", grid + " 2.54mm F",
                Manufacturer.SULLINS, mpn, "pptc",
                parameters(TYPE, "Receptacle", POSITIONS, String.valueOf(positions), ROWS, String.valueOf(rows),
                        PITCH, "0.100\" (2.54mm)", FINISH, "Tin", CURRENT, "3A", ORIENTATION, "Vertical"),
                new KicadExpectation(PartFamily.CONNECTOR_SOCKET, pkg.code(), positions, genericSymbol(rows, n),
                        pkg.kicadFootprint()));
    }

    private static PartSpec jst(Random random, String series, int n, String mpn, String kicadFootprint,
                                String pitch, boolean smd, String amps) {
        String base = mpn.replace("(LF)(SN)", "");
        PackageSpec pkg = new PackageSpec("JST " + series + " 1x" + twoDigits(n) + (smd ? " SMD" : ""),
                smd ? "Header, Shrouded, Right Angle" : "Header, Shrouded", smd ? PackageSpec.SMD : PackageSpec.THT, n,
                "JST_" + base, "JST-" + series + "-" + n + (smd ? "-SMD" : ""),
                "CONN JST " + series + " " + n + "P " + (smd ? "H SMD" : "V"), "Connectors_JST", kicadFootprint);
        String libraryRef = random.nextDouble() < 0.5 ? "CONN_1X" + twoDigits(n) : "JST " + series + " " + n + "P";
        String symbol = smd ? "Connector_Generic_MountingPin:Conn_01x" + twoDigits(n) + "_MountingPin"
                : "Connector_Generic:Conn_01x" + twoDigits(n);
        return new PartSpec(libraryRef, "Connectors", pkg,
                "CONN HEADER " + (smd ? "SMD R/A " : "VERT ") + n + "POS " + pitch.toUpperCase(Locale.ROOT)
                        + " JST " + series, "JST " + series + " " + n + "P", Manufacturer.JST, mpn,
                "e" + series.toLowerCase(Locale.ROOT),
                parameters(TYPE, "Header", POSITIONS, String.valueOf(n), ROWS, "1", PITCH, pitch, FINISH, "Tin",
                        CURRENT, amps, ORIENTATION, smd ? "Right Angle" : "Vertical"),
                new KicadExpectation(PartFamily.CONNECTOR_JST, pkg.code(), n, symbol, kicadFootprint));
    }

    private static PartSpec terminalBlock(Random random, int n, String mpn) {
        PackageSpec pkg = new PackageSpec("MKDS 1,5/" + n + "-5,08", "Terminal Block", PackageSpec.THT, n,
                "TERM_MKDS1.5-" + n + "-5.08", "TB" + n + "-5.08", "CONN TERM " + n + "P 5.08", "Connectors",
                "TerminalBlock_Phoenix:TerminalBlock_Phoenix_MKDS-1,5-" + n + "-5.08_1x" + twoDigits(n)
                        + "_P5.08mm_Horizontal");
        String libraryRef = random.nextDouble() < 0.5 ? "Terminal " + n : "CONN_1X" + twoDigits(n);
        return new PartSpec(libraryRef, "Connectors", pkg,
                "Printed-circuit board terminal, MKDS 1,5/" + n + "-5,08, " + n + " positions, 5.08 mm, screw",
                "MKDS 1,5/" + n, Manufacturer.PHOENIX, mpn, "mkds-1-5",
                parameters(TYPE, "Wire to Board", POSITIONS, String.valueOf(n), ROWS, "1", PITCH, "0.200\" (5.08mm)",
                        FINISH, "Tin", CURRENT, "17.5A", ORIENTATION, "90° (Right Angle)"),
                new KicadExpectation(PartFamily.CONNECTOR_TERMINAL_BLOCK, pkg.code(), n,
                        "Connector:Screw_Terminal_01x" + twoDigits(n), pkg.kicadFootprint()));
    }

    private static void addOddConnectors(List<PartSpec> specs) {
        specs.add(other("USB_C_Receptacle", "USB4105", "USB Type-C", 16, PackageSpec.SMD, Manufacturer.GCT,
                "USB4105-GF-A", "USB-C (USB TYPE-C) USB 2.0 Receptacle Connector 24 (16+8 Dummy) Position",
                null, "Connector_USB:USB_C_Receptacle_GCT_USB4105-xx-A_16P_TopMnt_Horizontal", "usb4105"));
        specs.add(other("USB_Micro_B", "USB Micro-B 105017", "USB - micro B", 5, PackageSpec.SMD, Manufacturer.MOLEX,
                "1050170001", "Micro-USB 2.0 B receptacle, right angle, SMT, bottom mount",
                "Connector:USB_B_Micro", "Connector_USB:USB_Micro-B_Molex-105017-0001", "105017"));
        specs.add(other("SMA", "SMA 901-144", "SMA", 2, PackageSpec.THT, Manufacturer.AMPHENOL, "901-144-8RFX",
                "SMA Connector Jack, Female Socket 50 Ohm Through Hole Solder", "Connector:Conn_Coaxial",
                "Connector_Coaxial:SMA_Amphenol_901-144_Vertical", "901-144"));
        specs.add(other("FFC 24P", "FH12-24S", "FFC, FPC", 24, PackageSpec.SMD, Manufacturer.HIROSE,
                "FH12-24S-0.5SH(55)", "24 Position FFC, FPC Connector Contacts, Bottom 0.020\" (0.50mm) SMD R/A",
                "Connector_Generic_MountingPin:Conn_01x24_MountingPin",
                "Connector_FFC-FPC:Hirose_FH12-24S-0.5SH_1x24-1MP_P0.50mm_Horizontal", "fh12"));
        specs.add(other("CONN_1X04", "PicoBlade 4P V", "Header", 4, PackageSpec.THT, Manufacturer.MOLEX,
                "0530470410", "PicoBlade header, 4 circuits, 1.25mm pitch, vertical", "Connector_Generic:Conn_01x04",
                "Connector_Molex:Molex_PicoBlade_53047-0410_1x04_P1.25mm_Vertical", "53047"));
        specs.add(other("CONN_1X04", "Micro-Fit 4P RA", "Header", 4, PackageSpec.THT, Manufacturer.MOLEX,
                "0436500400", "Micro-Fit 3.0 header, single row, right angle, 4 circuits", "Connector_Generic:Conn_01x04",
                "Connector_Molex:Molex_Micro-Fit_3.0_43650-0400_1x04_P3.00mm_Horizontal", "43650"));
        specs.add(other("RJ45_MagJack", "RJ45 7499010121A", "Modular Jack", 12, PackageSpec.THT, Manufacturer.WURTH,
                "7499010121A", "WE-RJ45 LAN transformer jack 10/100 Base-T, tab down, with LEDs", null, null,
                "we-rj45lan"));
        specs.add(other("Barrel_Jack", "PJ-002A", "Power Barrel Connector Jack", 3, PackageSpec.THT, Manufacturer.CUI,
                "PJ-002A", "Power Barrel Connector Jack 2.00mm ID (0.079\"), 6.30mm OD (0.248\") Through Hole",
                null, null, "pj-002a"));
        specs.add(other("B2B 30P", "DF40C-30DP", "Board to Board", 30, PackageSpec.SMD, Manufacturer.HIROSE,
                "DF40C-30DP-0.4V(51)", "30 Position Connector Header, Outer Shroud Contacts Surface Mount 0.4mm",
                null, null, "df40"));
    }

    private static PartSpec other(String libraryRef, String packageName, String type, int pins, String mounting,
                                  Manufacturer manufacturer, String mpn, String description, String kicadSymbol,
                                  String kicadFootprint, String series) {
        PackageSpec pkg = new PackageSpec(packageName, type, mounting, pins, "CONN_" + mpn.replaceAll("[^A-Za-z0-9]",
                "_"), packageName.toUpperCase(Locale.ROOT).replace(' ', '_'), "CONN " + packageName,
                "Connectors", kicadFootprint);
        return new PartSpec(libraryRef, "Connectors", pkg, description, packageName, manufacturer, mpn, series,
                parameters(TYPE, type, POSITIONS, String.valueOf(pins), ROWS, null, PITCH, null, FINISH, "Gold",
                        CURRENT, null, ORIENTATION, null),
                new KicadExpectation(PartFamily.CONNECTOR_OTHER, packageName, pins, kicadSymbol, kicadFootprint));
    }
}
