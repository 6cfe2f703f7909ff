package io.github.altium2kicad.testkit.company;

import io.github.altium2kicad.testkit.altium.FixtureFootprint;
import io.github.altium2kicad.testkit.altium.LandPattern;
import io.github.altium2kicad.testkit.altium.FixtureSymbol;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The parts of the company's main library (ACME Electronics, a fictitious company), one method per kind of table, in
 * the style a librarian keeps them: manufacturer part numbers as the makers spell them, DigiKey's {@code Package / Case}
 * texts, house footprint names with vendor prefixes, heights and colours, several generations of naming side by side.
 * Library files are registered with {@link LibraryFiles} as the rows are made; a row's path cell may spell the file
 * differently (absolute Windows path, {@code .SCHLIB}) from the file written.
 */
final class CompanyCatalog {

    static final String ROOT = "G:\\Libraries\\ACME\\";
    static final String PASSIVES = "Symbols\\Passives.SchLib";
    static final String SEMIS = "Symbols\\Discretes.SchLib";
    static final String ICS = "Symbols\\Integrated Circuits.SchLib";
    static final String CONNECTORS = "Symbols\\Connectors.SchLib";
    static final String MISC = "Symbols\\Electromechanical.SchLib";
    /** Referenced by rows, never written: a footprint library lost on a dead file server. */
    static final String MISSING_PCBLIB = "Footprints\\Legacy\\Connectors_Old.PcbLib";
    /** Referenced by rows, never written: a symbol library someone forgot to commit. */
    static final String MISSING_SCHLIB = "Symbols\\RF.SchLib";

    private static final String[] SIZES = {"0201", "0402", "0603", "0805", "1206", "1210", "2010", "2512"};
    private static final String[] METRIC = {"0603", "1005", "1608", "2012", "3216", "3225", "5025", "6332"};
    private static final double[] E24 = {1.0, 1.1, 1.2, 1.3, 1.5, 1.6, 1.8, 2.0, 2.2, 2.4, 2.7, 3.0, 3.3, 3.6, 3.9,
        4.3, 4.7, 5.1, 5.6, 6.2, 6.8, 7.5, 8.2, 9.1};

    private static final String[] PACKAGING = {"-TR", "-CT", "/R7", "-T1", "#PBF", "-ND"};

    private final Random random;
    private final LibraryFiles files;

    CompanyCatalog(long seed, LibraryFiles files) {
        this.random = new Random(seed);
        this.files = files;
        files.markMissing(MISSING_PCBLIB);
        files.markMissing(MISSING_SCHLIB);
    }

    /** Every table of the main library, in DbLib order. */
    List<CompanyTable> tables() {
        List<CompanyTable> tables = new ArrayList<>();
        tables.add(table("Resistors", "altium.Resistors", resistors(1300), "Resistance", "Tolerance", "Power (Watts)",
                "Temperature Coefficient", "Composition"));
        tables.add(table("Resistors - Through Hole", "Resistors - Through Hole", resistorsTht(150), "Resistance",
                "Tolerance", "Power (Watts)", "Composition"));
        tables.add(table("Resistor Networks", "Resistor Networks", resistorArrays(60), "Resistance", "Tolerance",
                "Number of Resistors", "Circuit Type"));
        for (String dielectric : List.of("X7R", "X5R", "NP0", "C0G")) {
            int count = switch (dielectric) {
                case "X7R" -> 650;
                case "X5R" -> 320;
                default -> 200;
            };
            tables.add(table("Capacitors - Ceramic " + dielectric, "altium.Capacitors - Ceramic " + dielectric,
                    ceramics(dielectric, count), "Capacitance", "Tolerance", "Voltage - Rated",
                    "Temperature Coefficient", "Applications"));
        }
        tables.add(table("Capacitors - Tantalum", "Capacitors - Tantalum", tantalums(150), "Capacitance", "Tolerance",
                "Voltage - Rated", "ESR (Equivalent Series Resistance)"));
        tables.add(table("Capacitors - Aluminium Electrolytic", "Capacitors - Aluminium Electrolytic",
                electrolytics(150), "Capacitance", "Tolerance", "Voltage - Rated", "Lifetime @ Temp.", "Ripple Current"));
        tables.add(table("Inductors", "Inductors", inductors(260), "Inductance", "Tolerance", "Current Rating (Amps)",
                "DC Resistance (DCR)", "Shielding"));
        tables.add(table("Ferrite Beads", "Ferrite Beads", ferrites(120), "Impedance @ Frequency",
                "Current Rating (Max)", "DC Resistance (DCR) (Max)"));
        tables.add(table("LEDs", "LEDs", leds(160), "Color", "Wavelength - Dominant", "Millicandela Rating",
                "Voltage - Forward (Vf) (Typ)"));
        tables.add(table("Diodes - Rectifiers", "Diodes - Rectifiers", diodes("RECT", 100), "Voltage - DC Reverse (Vr) (Max)",
                "Current - Average Rectified (Io)"));
        tables.add(table("Diodes - Schottky", "Diodes - Schottky", diodes("SCHOTTKY", 120),
                "Voltage - DC Reverse (Vr) (Max)", "Current - Average Rectified (Io)"));
        tables.add(table("Diodes - Zener", "Diodes - Zener", diodes("ZENER", 150), "Voltage - Zener (Nom) (Vz)",
                "Power - Max"));
        tables.add(table("Diodes - TVS", "Diodes - TVS", diodes("TVS", 100), "Voltage - Reverse Standoff (Typ)",
                "Power - Peak Pulse"));
        tables.add(table("Transistors - BJT", "Transistors - BJT", bjts(160), "Transistor Type",
                "Voltage - Collector Emitter Breakdown (Max)", "Current - Collector (Ic) (Max)"));
        tables.add(table("Transistors - MOSFET", "Transistors - MOSFET", mosfets(150), "FET Type",
                "Drain to Source Voltage (Vdss)", "Current - Continuous Drain (Id) @ 25°C", "Rds On (Max) @ Id, Vgs"));
        tables.add(table("ICs - Amplifiers", "ICs - Amplifiers", ics("AMP", 110), "Number of Circuits", "Slew Rate",
                "Gain Bandwidth Product"));
        tables.add(table("ICs - Power Management", "ICs - Power Management", ics("PMIC", 130), "Voltage - Output",
                "Current - Output"));
        tables.add(table("ICs - Microcontrollers", "ICs - Microcontrollers", ics("MCU", 70), "Core Processor",
                "Program Memory Size", "Speed"));
        tables.add(table("ICs - Memory", "ICs - Memory", ics("MEM", 70), "Memory Size", "Memory Interface"));
        tables.add(table("ICs - Interface", "ICs - Interface", ics("IF", 90), "Protocol", "Data Rate"));
        tables.add(table("Connectors - Headers", "Connectors - Headers", headers(220), "Number of Positions",
                "Pitch", "Contact Finish"));
        tables.add(table("Connectors - Wire to Board", "Connectors - Wire to Board", wireToBoard(110),
                "Number of Positions", "Pitch", "Series"));
        tables.add(table("Crystals", "Crystals", crystals(80), "Frequency", "Frequency Stability", "Load Capacitance"));
        tables.add(table("Oscillators", "Oscillators", oscillators(60), "Frequency", "Voltage - Supply", "Output"));
        tables.add(table("Fuses", "Fuses", fuses(80), "Current Rating (Amps)", "Voltage Rating - DC", "Response Time"));
        tables.add(table("Switches", "Switches", switches(60), "Circuit", "Contact Rating @ Voltage", "Actuator Type"));
        tables.add(table("Test Points – Prüfpunkte", "Test Points – Prüfpunkte", testPoints(24), "Color"));
        tables.add(table("RF Modules", "RF Modules", rfModules(30), "Frequency", "Protocol"));
        // added later by other librarians, in their own house styles (issue 16)
        tables.add(table("Passives - Legacy", "Passives - Legacy", legacyPassives(480), "Value Rating", "Tolerance",
                "Temperature Coefficient"));
        tables.add(table("Inductors - RF", "Inductors - RF", rfInductors(90), "Inductance", "Q @ Freq",
                "Current Rating (Amps)"));
        tables.add(table("Capacitors - Metric House", "Capacitors - Metric House", metricHouseCapacitors(24),
                "Capacitance", "Voltage - Rated"));
        return tables;
    }

    private CompanyTable table(String name, String fieldMapName, List<Map<String, String>> rows, String... family) {
        List<String> columns = new ArrayList<>(CompanyColumns.SHARED);
        columns.addAll(List.of(family));
        List<CompanyPart> parts = new ArrayList<>();
        Set<String> keys = new LinkedHashSet<>();
        for (Map<String, String> row : rows) {
            String key = row.get(CompanyColumns.PART_NUMBER);
            for (int variant = 0; !keys.add(key); variant++) {
                // the same maker's number again: a packaging variant (tape, cut tape, reel size), as makers list them
                String suffix = PACKAGING[variant % PACKAGING.length] + (variant >= PACKAGING.length ? variant : "");
                key = row.get(CompanyColumns.PART_NUMBER) + suffix;
                if (row.get(CompanyColumns.PART_NUMBER).equals(row.get(CompanyColumns.MPN))) {
                    row.put(CompanyColumns.MPN, key);
                }
            }
            row.put(CompanyColumns.PART_NUMBER, key);
            FixtureSymbol symbol = FixtureSymbol.valueOf(row.remove("_symbol"));
            FixtureFootprint footprint = FixtureFootprint.valueOf(row.remove("_footprint"));
            PartLabel label = PartLabel.take(row);
            fillShared(row);
            register(row, symbol, footprint);
            Map<String, String> cells = new LinkedHashMap<>();
            for (String column : columns) {
                cells.put(column, row.get(column));
            }
            parts.add(new CompanyPart(cells, symbol, footprint, label));
        }
        return new CompanyTable(name, name, fieldMapName, columns, parts);
    }

    /** Registers the row's symbol and footprints in the files its canonical paths name, then spells the paths. */
    private void register(Map<String, String> row, FixtureSymbol symbol, FixtureFootprint footprint) {
        String description = row.get(CompanyColumns.DESCRIPTION);
        files.symbol(row.get(CompanyColumns.LIBRARY_PATH), row.remove("_symbolInFile"), description, symbol);
        LandPattern pads = footprint == FixtureFootprint.CHIP_2_PADS ? PartLabel.takeLandPattern(row) : null;
        row.remove("_landPattern");
        files.footprint(row.get(CompanyColumns.FOOTPRINT_PATH), row.remove("_footprintInFile"), "", footprint, pads);
        if (row.get(CompanyColumns.FOOTPRINT_REF_2) != null) {
            files.footprint(row.get(CompanyColumns.FOOTPRINT_PATH_2), row.get(CompanyColumns.FOOTPRINT_REF_2), "",
                    footprint, pads);
        }
        int spelling = random.nextInt(40);
        if (spelling == 0) {
            row.put(CompanyColumns.LIBRARY_PATH, row.get(CompanyColumns.LIBRARY_PATH).replace(".SchLib", ".SCHLIB"));
        } else if (spelling < 6) {
            row.put(CompanyColumns.LIBRARY_PATH, ROOT + row.get(CompanyColumns.LIBRARY_PATH));
            row.put(CompanyColumns.FOOTPRINT_PATH, ROOT + row.get(CompanyColumns.FOOTPRINT_PATH));
        } else if (spelling == 6) {
            row.put(CompanyColumns.FOOTPRINT_PATH, row.get(CompanyColumns.FOOTPRINT_PATH).replace(".PcbLib", ".pcblib"));
        }
    }

    private void fillShared(Map<String, String> row) {
        String mpn = row.get(CompanyColumns.MPN);
        row.putIfAbsent("Supplier 1", "Digi-Key");
        row.putIfAbsent("Supplier Part Number 1", mpn == null ? null : digikey(mpn));
        if (random.nextInt(3) == 0) {
            row.put("Supplier 2", "Mouser");
            row.put("Supplier Part Number 2", mpn == null ? null : random.nextInt(900) + 100 + "-" + mpn);
        }
        row.putIfAbsent("Operating Temperature", random.nextBoolean() ? "-55°C ~ 155°C" : "-40°C ~ 125°C (TA)");
        row.putIfAbsent("RoHS Status", random.nextInt(20) == 0 ? "Not Compliant" : "ROHS3 Compliant");
        row.putIfAbsent("Lifecycle Status", random.nextInt(25) == 0 ? "Obsolete" : random.nextInt(12) == 0
                ? "Not For New Designs" : "Active");
        row.putIfAbsent("ComponentLink1Description", "Datasheet");
        row.putIfAbsent("HelpURL", random.nextInt(8) == 0 ? "\\\\fs01\\eng\\datasheets\\" + mpn + ".pdf" : null);
        row.putIfAbsent("Created By", new String[] {"jsmith", "M.Keller", "lwang", "a.petrova", "tnakamura"}[random.nextInt(5)]);
        row.putIfAbsent("Created Date", String.format(Locale.ROOT, "20%02d-%02d-%02d", 14 + random.nextInt(11),
                1 + random.nextInt(12), 1 + random.nextInt(28)));
        row.putIfAbsent("Approved By", random.nextInt(6) == 0 ? "" : "QA");
        row.putIfAbsent("Stock Location", random.nextInt(4) == 0 ? null : "B" + (1 + random.nextInt(40)) + "-" + (char) ('A' + random.nextInt(6)));
        double price = 0.002 + random.nextDouble() * (row.get(CompanyColumns.LIBRARY_PATH).contains("Integrated") ? 12 : 0.4);
        row.putIfAbsent("Unit Price 1", String.format(Locale.ROOT, "%.3f", price * 8));
        row.putIfAbsent("Unit Price 1000", String.format(Locale.ROOT, "%.4f", price));
    }

    private String digikey(String mpn) {
        String dk = mpn.replace("\\", "").replace(":", "");
        return switch (random.nextInt(3)) {
            case 0 -> dk + "CT-ND";
            case 1 -> dk + "TR-ND";
            default -> dk + "-ND";
        };
    }

    // ---- passives -------------------------------------------------------------------------------------------

    private List<Map<String, String>> resistors(int count) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 0; rows.size() < count; i++) {
            int s = 1 + weighted(new int[] {0, 30, 35, 18, 10, 3, 2, 2}) - 1;
            double value = E24[random.nextInt(E24.length)] * Math.pow(10, random.nextInt(7));
            String tol = random.nextInt(4) == 0 ? "5%" : "1%";
            String text = ohms(value);
            Map<String, String> r = new LinkedHashMap<>();
            String maker;
            String mpn;
            switch (random.nextInt(4)) {
                case 0 -> {
                    maker = "Yageo";
                    mpn = "RC" + SIZES[s] + (tol.equals("1%") ? "F" : "J") + "R-07" + rkm(value) + "L";
                }
                case 1 -> {
                    maker = "Vishay Dale";
                    mpn = "CRCW" + SIZES[s] + vishay(value) + (tol.equals("1%") ? "FK" : "JN") + "EA";
                }
                case 2 -> {
                    maker = "Panasonic Electronic Components";
                    mpn = "ERJ-" + new String[] {"1G", "2R", "3E", "6E", "8E", "14", "12", "1T"}[s] + "KF" + code4(value) + "V";
                }
                default -> {
                    maker = "Stackpole Electronics Inc";
                    mpn = "RMCF" + SIZES[s] + (tol.equals("1%") ? "FT" : "JT") + rkm(value);
                }
            }
            String pn = String.format(Locale.ROOT, "100-%05d", 10000 + i);
            r.put(CompanyColumns.PART_NUMBER, pn);
            String size = SIZES[s];
            String metric = METRIC[s];
            String[] footprint = switch (i % 5) {
                case 0 -> new String[] {"YAGEO RES " + size + "_" + metric, "Footprints\\Resistors.PcbLib"};
                case 1 -> new String[] {"RES " + size + "_" + metric, "Footprints\\Resistors.PcbLib"};
                case 2 -> new String[] {size + "_R", "Footprints\\Chip_Passives.PcbLib"};
                case 3 -> new String[] {"R" + size, "Footprints\\Legacy\\Chip_Resistor.PcbLib"};
                default -> new String[] {"RESC" + metric + "X" + (35 + s * 10) + "N", "Footprints\\IPC\\RESC.PcbLib"};
            };
            boolean otherCase = i % 37 == 5;
            r.put(CompanyColumns.LIBRARY_REF, otherCase ? "Res" : "RES");
            r.put("_symbolInFile", "RES");
            r.put(CompanyColumns.LIBRARY_PATH, PASSIVES);
            r.put(CompanyColumns.FOOTPRINT_REF, otherCase ? footprint[0].toLowerCase(Locale.ROOT) : footprint[0]);
            r.put("_footprintInFile", footprint[0]);
            r.put(CompanyColumns.FOOTPRINT_PATH, footprint[1]);
            if (i % 7 == 0) {
                r.put(CompanyColumns.FOOTPRINT_REF_2, "RES " + size + "_" + metric + " HAND SOLDER");
                r.put(CompanyColumns.FOOTPRINT_PATH_2, "Footprints\\Resistors.PcbLib");
            }
            r.put(CompanyColumns.DESCRIPTION, "RES SMD " + text.replace("Ω", "") + " OHM " + tol + " "
                    + new String[] {"1/20W", "1/16W", "1/10W", "1/8W", "1/4W", "1/2W", "3/4W", "1W"}[s] + " " + size);
            r.put(CompanyColumns.COMMENT, "=Value");
            r.put(CompanyColumns.VALUE, text);
            r.put(CompanyColumns.MANUFACTURER, maker);
            r.put(CompanyColumns.MPN, mpn);
            r.put(CompanyColumns.PACKAGE, size + " (" + metric + " Metric)");
            r.put("Mounting Type", "Surface Mount");
            r.put("Height - Seated (Max)", String.format(Locale.ROOT, "0.%03d\" (%.2fmm)", 10 + s * 3, 0.25 + s * 0.08));
            r.put("ComponentLink1URL", maker.startsWith("Yageo")
                    ? "https://www.yageo.com/upload/media/product/productsearch/datasheet/rchip/PYu-RC_Group_51_RoHS_L_12.pdf"
                    : "https://www.vishay.com/docs/20035/dcrcwe3.pdf");
            r.put("Resistance", text);
            r.put("Tolerance", "±" + tol);
            r.put("Power (Watts)", new String[] {"0.05W, 1/20W", "0.063W, 1/16W", "0.1W, 1/10W", "0.125W, 1/8W",
                "0.25W, 1/4W", "0.5W, 1/2W", "0.75W, 3/4W", "1W"}[s]);
            r.put("Temperature Coefficient", random.nextBoolean() ? "±100ppm/°C" : "±200ppm/°C");
            r.put("Composition", "Thick Film");
            PartLabel.chip(r, "resistor", size, metric);
            r.put("_symbol", FixtureSymbol.RESISTOR_2_PINS.name());
            r.put("_footprint", FixtureFootprint.CHIP_2_PADS.name());
            rows.add(r);
        }
        return rows;
    }

    private List<Map<String, String>> resistorsTht(int count) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double value = E24[random.nextInt(E24.length)] * Math.pow(10, random.nextInt(6));
            String watts = new String[] {"1/4W", "1/2W", "1W", "2W"}[i % 4];
            String mpn = "MFR-" + new String[] {"25", "50", "100", "200"}[i % 4] + "FBF52-" + ohms(value).replace("Ω", "");
            Map<String, String> r = base(String.format(Locale.ROOT, "101-%05d", 20000 + i), "Resistor - Axial",
                    PASSIVES, "AXIAL-0.4 " + watts.replace("/", "_") + " 10.16MM", "Footprints\\THT.PcbLib",
                    "RES THT " + ohms(value) + " 1% " + watts + " AXIAL", "=Value", ohms(value), "Yageo", mpn,
                    "Axial", "Through Hole", "https://www.yageo.com/upload/media/product/productsearch/datasheet/lr/Yageo_LR_MFR_1.pdf",
                    FixtureSymbol.RESISTOR_2_PINS, FixtureFootprint.CHIP_2_PADS);
            r.put("Resistance", ohms(value));
            r.put("Tolerance", "±1%");
            r.put("Power (Watts)", watts);
            r.put("Composition", "Metal Film");
            rows.add(r);
        }
        return rows;
    }

    private List<Map<String, String>> resistorArrays(int count) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double value = E24[random.nextInt(E24.length)] * Math.pow(10, 1 + random.nextInt(5));
            boolean convex = i % 2 == 0;
            String mpn = (convex ? "YC164-FR-07" : "CAY16-") + ohms(value).replace("Ω", "") + (convex ? "L" : "J4LF");
            Map<String, String> r = base(mpn, "RES ARRAY 4/8 ISOLATED", PASSIVES,
                    convex ? "YAGEO YC164 1206_3216 CONVEX" : "BOURNS CAY16 1206 CONCAVE", "Footprints\\Resistors.PcbLib",
                    "RES ARRAY 4 RES " + ohms(value) + " 1206", "=Part Number", ohms(value),
                    convex ? "Yageo" : "Bourns Inc.", mpn, "1206 (3216 Metric), Convex, Long Side Terminals",
                    "Surface Mount", "https://www.bourns.com/docs/Product-Datasheets/CAYxx.pdf",
                    FixtureSymbol.PIN_PROPERTIES_8_PINS, FixtureFootprint.TWELVE_PADS);
            r.put("Resistance", ohms(value));
            r.put("Tolerance", "±1%");
            r.put("Number of Resistors", "4");
            r.put("Circuit Type", "Isolated");
            PartLabel.noStandard(r, "resistor array");
            rows.add(r);
        }
        return rows;
    }

    private List<Map<String, String>> ceramics(String dielectric, int count) {
        List<Map<String, String>> rows = new ArrayList<>();
        boolean classOne = dielectric.equals("NP0") || dielectric.equals("C0G");
        for (int i = 0; rows.size() < count; i++) {
            int s = 1 + random.nextInt(5);
            int exponent = classOne ? random.nextInt(4) : 2 + random.nextInt(5); // pF decades
            double pf = E24[random.nextInt(6) * 4] * Math.pow(10, exponent);
            String volts = new String[] {"6.3V", "10V", "16V", "25V", "50V", "100V"}[random.nextInt(6)];
            String value = farads(pf);
            String maker;
            String mpn;
            String code = code3(pf);
            String footprint;
            String fpLib;
            switch (i % 4) {
                case 0 -> {
                    maker = "Murata Electronics";
                    String series = new String[] {"15", "18", "21", "31", "32"}[s - 1];
                    String height = new String[] {"5", "8", "B", "M", "E"}[s - 1];
                    mpn = "GRM" + series + height + (classOne ? "5C" : dielectric.equals("X7R") ? "R7" : "R6")
                            + voltsCode(volts) + code + "KA01D";
                    footprint = "MURATA GRM" + series + height + " " + SIZES[s] + "_" + METRIC[s];
                    fpLib = "Footprints\\Murata.PcbLib";
                }
                case 1 -> {
                    maker = "Samsung Electro-Mechanics";
                    mpn = "CL" + new String[] {"05", "10", "21", "31", "32"}[s - 1] + (classOne ? "C" : dielectric.equals("X7R") ? "B" : "A")
                            + code + "KB" + "8NNNC";
                    // the part's height, as the librarian added it: thin and thick parts of one size side by side
                    footprint = "CAP " + SIZES[s] + "_" + METRIC[s] + " - "
                            + new String[] {"0.5", "0.8", "0.95", "1.25", "1.6"}[(i / 4) % 5] + "MM";
                    fpLib = "Footprints\\Capacitors.PcbLib";
                }
                case 2 -> {
                    maker = "KEMET";
                    mpn = "C" + SIZES[s] + "C" + code + "K" + voltsDigit(volts) + (classOne ? "GAC" : "RAC") + "TU";
                    footprint = "C" + SIZES[s];
                    fpLib = "Footprints\\Chip_Passives.PcbLib";
                }
                default -> {
                    maker = "KYOCERA AVX";
                    mpn = SIZES[s] + voltsDigit(volts) + (classOne ? "A" : "C") + code + "KAT2A";
                    if (i % 40 == 3) {
                        mpn = mpn + "\\2.5K"; // the reel quantity, as AVX's catalogue writes it
                    }
                    footprint = "CAPC" + METRIC[s] + "X" + (55 + s * 10) + "N";
                    fpLib = "Footprints\\IPC\\CAPC.PcbLib";
                }
            }
            Map<String, String> r = base(i % 4 == 3 ? mpn : String.format(Locale.ROOT, "200-%s-%05d", dielectric, i),
                    classOne ? "CAP NP" : "CAP", PASSIVES, footprint, fpLib,
                    "CAP CER " + value + " " + volts + " " + dielectric + " " + SIZES[s], "=Value", value, maker, mpn,
                    SIZES[s] + " (" + METRIC[s] + " Metric)", "Surface Mount, MLCC",
                    "https://search.murata.co.jp/Ceramy/image/img/A01X/G101/ENG/" + mpn.replace("\\", "") + "-01.pdf",
                    FixtureSymbol.RESISTOR_2_PINS, FixtureFootprint.CHIP_2_PADS);
            r.put("Height - Seated (Max)", String.format(Locale.ROOT, "%.2fmm", 0.5 + s * 0.2));
            r.put("Capacitance", value);
            r.put("Tolerance", "±10%");
            r.put("Voltage - Rated", volts);
            r.put("Temperature Coefficient", dielectric);
            r.put("Applications", "General Purpose");
            PartLabel.chip(r, "capacitor", SIZES[s], METRIC[s]);
            rows.add(r);
        }
        return rows;
    }

    private List<Map<String, String>> tantalums(int count) {
        List<Map<String, String>> rows = new ArrayList<>();
        String[] cases = {"A", "B", "C", "D"};
        String[] eia = {"1206 (3216 Metric)", "1411 (3528 Metric)", "2312 (6032 Metric)", "2917 (7343 Metric)"}; // DigiKey's
        for (int i = 0; i < count; i++) {
            int c = i % 4;
            double uf = E24[random.nextInt(6) * 4] * Math.pow(10, random.nextInt(3));
            String mpn = "T491" + cases[c] + code3(uf * 1e6) + "K0" + (10 + random.nextInt(4) * 6) + "AT";
            Map<String, String> r = base(mpn, "CAP POL", PASSIVES, "KEMET TANT " + cases[c] + "_" + eia[c].substring(6, 10)
                    + " POLARIZED", "Footprints\\Capacitors.PcbLib", "CAP TANT " + farads(uf * 1e6) + " 10% " + cases[c],
                    "=Part Number", farads(uf * 1e6), "KEMET", mpn, eia[c], "Surface Mount",
                    "https://content.kemet.com/datasheets/KEM_T2005_T491.pdf",
                    FixtureSymbol.RESISTOR_2_PINS, FixtureFootprint.CHIP_2_PADS);
            r.put("Capacitance", farads(uf * 1e6));
            r.put("Tolerance", "±10%");
            r.put("Voltage - Rated", (10 + (i % 3) * 6) + "V");
            r.put("ESR (Equivalent Series Resistance)", (1 + random.nextInt(8)) + " Ohm");
            PartLabel.tantalum(r, cases[c].charAt(0));
            rows.add(r);
        }
        return rows;
    }

    private List<Map<String, String>> electrolytics(int count) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int d = new int[] {4, 5, 6, 8, 10}[i % 5];
            double uf = E24[random.nextInt(6) * 4] * Math.pow(10, 1 + random.nextInt(3));
            String mpn = "EEE-FK1" + new String[] {"A", "C", "E", "V", "H"}[i % 5] + code3(uf * 1e6) + "P";
            Map<String, String> r = base(mpn, "CAP POL", PASSIVES, "PANASONIC CAP ELEC " + d + "X" + (d + 1.4) + "MM",
                    "Footprints\\Capacitors.PcbLib", "CAP ALUM " + farads(uf * 1e6) + " 20% SMD", "=Value",
                    farads(uf * 1e6), "Panasonic Electronic Components", mpn, "Radial, Can - SMD", "Surface Mount",
                    "https://industrial.panasonic.com/cdbs/www-data/pdf/RDE0000/ABA0000C1181.pdf",
                    FixtureSymbol.RESISTOR_2_PINS, FixtureFootprint.CHIP_2_PADS);
            r.put("Capacitance", farads(uf * 1e6));
            r.put("Tolerance", "±20%");
            r.put("Voltage - Rated", new String[] {"10V", "16V", "25V", "35V", "50V"}[i % 5]);
            r.put("Lifetime @ Temp.", "2000 Hrs @ 105°C");
            r.put("Ripple Current", (100 + random.nextInt(800)) + "mA @ 100kHz");
            rows.add(r);
        }
        return rows;
    }

    private List<Map<String, String>> inductors(int count) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double uh = E24[random.nextInt(6) * 4] * Math.pow(10, random.nextInt(3));
            boolean power = i % 2 == 0;
            String mpn = power ? "SRR" + new String[] {"1260", "1050", "0805", "6028"}[i % 4] + "-" + code3(uh * 10) + "M"
                    : "LQM21PN" + code3(uh * 10).replace("0", "R").substring(0, 3) + "MC0D";
            String fp = power ? "BOURNS SRR" + new String[] {"1260", "1050", "0805", "6028"}[i % 4] + " 12.5X12.5MM H6MM"
                    : "MURATA LQM21P 0805_2012";
            Map<String, String> r = base(mpn, "IND", PASSIVES, fp, power ? "Footprints\\Inductors.PcbLib"
                    : "Footprints\\Murata.PcbLib", "FIXED IND " + henries(uh) + (power ? " SHIELDED SMD" : " 0805"),
                    "=Value", henries(uh), power ? "Bourns Inc." : "Murata Electronics", mpn,
                    power ? "Nonstandard" : "0805 (2012 Metric)", "Surface Mount",
                    "https://www.bourns.com/docs/Product-Datasheets/SRR1260.pdf",
                    FixtureSymbol.RESISTOR_2_PINS, FixtureFootprint.CHIP_2_PADS);
            r.put("Inductance", henries(uh));
            r.put("Tolerance", "±20%");
            r.put("Current Rating (Amps)", String.format(Locale.ROOT, "%.1fA", 0.5 + random.nextInt(80) / 10.0));
            r.put("DC Resistance (DCR)", (5 + random.nextInt(400)) + " mOhm Max");
            r.put("Shielding", power ? "Shielded" : "Unshielded");
            if (!power) {
                PartLabel.chip(r, "inductor", "0805", "2012");
            }
            rows.add(r);
        }
        return rows;
    }

    private List<Map<String, String>> ferrites(int count) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int s = 1 + i % 4;
            int ohms = new int[] {30, 60, 120, 220, 330, 600, 1000}[random.nextInt(7)];
            String mpn = "BLM" + new String[] {"15", "18", "21", "31"}[s - 1] + "PG" + code3(ohms * 1.0) + "SN1D";
            Map<String, String> r = base(mpn, "FERRITE BEAD", PASSIVES, "FB " + SIZES[s] + "_" + METRIC[s],
                    "Footprints\\Chip_Passives.PcbLib", "FERRITE BEAD " + ohms + " OHM " + SIZES[s] + " 1LN", "=Value",
                    ohms + "Ω @ 100MHz", "Murata Electronics", mpn, SIZES[s] + " (" + METRIC[s] + " Metric)",
                    "Surface Mount", "https://www.murata.com/en-us/products/productdata/8796740599838/ENFA0004.pdf",
                    FixtureSymbol.RESISTOR_2_PINS, FixtureFootprint.CHIP_2_PADS);
            r.put("Impedance @ Frequency", ohms + " Ohms @ 100 MHz");
            r.put("Current Rating (Max)", (200 + random.nextInt(30) * 100) + "mA");
            r.put("DC Resistance (DCR) (Max)", (10 + random.nextInt(400)) + " mOhm");
            PartLabel.chip(r, "ferrite bead", SIZES[s], METRIC[s]);
            rows.add(r);
        }
        return rows;
    }

    /**
     * The passives of an older library merged in: short house codes ({@code 0603_R}, {@code 0805_C}, a bare
     * {@code 0402}), family words other librarians use ({@code FER}), current-sense series codes ({@code CSR1206}),
     * maker + series names ({@code SAMSUNG CL05 0402_1005}, {@code MURATA GRM15 0402}), KiCad-style names, X7R and
     * NP0 siblings described as {@code CAP SM 0402 X7R 10PF} whose {@code Package} column says only {@code 0402},
     * and the parts such names also cover that no plain chip footprint fits (arrays, side-view and reverse-mount
     * LEDs, 2-element capacitor arrays).
     */
    private List<Map<String, String>> legacyPassives(int count) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int s = 1 + (i / 16) % 4; // 0402 … 1206, each style in every size
            String size = SIZES[s];
            String metric = METRIC[s];
            String digikey = size + " (" + metric + " Metric)";
            String key = String.format(Locale.ROOT, "LEG-%05d", i);
            double value = E24[random.nextInt(E24.length)] * Math.pow(10, random.nextInt(6));
            int style = i % 17;
            Map<String, String> r;
            switch (style) {
                case 0 -> {
                    r = base(key, "RES", PASSIVES, size + "_R", "Footprints\\Legacy\\Legacy_Passives.PcbLib",
                            "RES SMD " + ohms(value) + " 1% " + size, "=Value", ohms(value), "Yageo",
                            "RC" + size + "FR-07" + rkm(value) + "L", digikey, "Surface Mount",
                            "https://www.yageo.com/upload/media/product/productsearch/datasheet/rchip/PYu-RC_Group_51_RoHS_L_12.pdf",
                            FixtureSymbol.RESISTOR_2_PINS, FixtureFootprint.CHIP_2_PADS);
                    PartLabel.chip(r, "resistor", size, metric);
                }
                case 1 -> {
                    double pf = E24[random.nextInt(6) * 4] * Math.pow(10, 2 + random.nextInt(4));
                    r = base(key, "CAP", PASSIVES, size + "_C", "Footprints\\Legacy\\Legacy_Passives.PcbLib",
                            "CAP CER " + farads(pf) + " 50V X7R " + size, "=Value", farads(pf), "KEMET",
                            "C" + size + "C" + code3(pf) + "K5RACTU", digikey, "Surface Mount, MLCC",
                            "https://content.kemet.com/datasheets/KEM_C1002_X7R_SMD.pdf",
                            FixtureSymbol.RESISTOR_2_PINS, FixtureFootprint.CHIP_2_PADS);
                    PartLabel.chip(r, "capacitor", size, metric);
                }
                case 2, 3 -> {
                    // siblings: the same 0402 footprint and a bare Package column, NP0 and X7R
                    boolean np0 = style == 2;
                    double pf = np0 ? E24[random.nextInt(6) * 4] * Math.pow(10, random.nextInt(3))
                            : E24[random.nextInt(6) * 4] * Math.pow(10, 1 + random.nextInt(5));
                    String dielectric = np0 ? "NP0" : "X7R";
                    r = base(key, "CAP", PASSIVES, "0402", "Footprints\\Legacy\\Legacy_Passives.PcbLib",
                            "CAP SM 0402 " + dielectric + " " + farads(pf).replace("µ", "U").toUpperCase(Locale.ROOT),
                            "=Value", farads(pf), "Murata Electronics", "GRM155" + (np0 ? "5C" : "R7") + "1H"
                            + code3(pf) + "JA01D", "0402", "Surface Mount, MLCC",
                            "https://search.murata.co.jp/Ceramy/image/img/A01X/G101/ENG/GRM1555C1H101JA01-01.pdf",
                            FixtureSymbol.RESISTOR_2_PINS, FixtureFootprint.CHIP_2_PADS);
                    r.put("Temperature Coefficient", dielectric);
                    PartLabel.chip(r, "capacitor", "0402", "1005");
                }
                case 4 -> {
                    int ohms = new int[] {60, 120, 220, 600, 1000}[random.nextInt(5)];
                    r = base(key, "FERRITE", PASSIVES, "FER " + size + "_" + metric,
                            "Footprints\\Legacy\\Legacy_Passives.PcbLib", "FERRITE BEAD " + ohms + " OHM " + size,
                            "=Value", ohms + "Ω @ 100MHz", "TDK Corporation", "MPZ" + metric + "S" + code3(ohms) + "AT000",
                            digikey, "Surface Mount", "https://product.tdk.com/system/files/dam/doc/product/emc/emc/beads/catalog/beads_commercial_power_mpz1608_en.pdf",
                            FixtureSymbol.RESISTOR_2_PINS, FixtureFootprint.CHIP_2_PADS);
                    PartLabel.chip(r, "ferrite bead", size, metric);
                }
                case 5 -> {
                    double milli = new double[] {1, 2, 5, 10, 20, 50}[random.nextInt(6)];
                    r = base(key, "RES SHUNT", PASSIVES, "CSR1206", "Footprints\\Legacy\\Current_Sense.PcbLib",
                            "RES " + trim(milli) + " MOHM 1% 1W 1206", "=Value", trim(milli) + "mΩ",
                            "Stackpole Electronics Inc", "CSR1206FK" + (milli < 10 ? "R00" + trim(milli) : "R0" + trim(milli)),
                            "1206 (3216 Metric)", "Surface Mount",
                            "https://www.seielect.com/catalog/sei-csr_csrn.pdf",
                            FixtureSymbol.RESISTOR_2_PINS, FixtureFootprint.CHIP_2_PADS);
                    PartLabel.chip(r, "resistor", "1206", "3216");
                }
                case 6 -> {
                    double pf = E24[random.nextInt(6) * 4] * Math.pow(10, 2 + random.nextInt(4));
                    String series = new String[] {"CL05", "CL10", "CL21", "CL31"}[s - 1];
                    r = base(key, "CAP", PASSIVES, "SAMSUNG " + series + " " + size + "_" + metric,
                            "Footprints\\Samsung.PcbLib", "CAP CER " + farads(pf) + " 25V X5R " + size, "=Value",
                            farads(pf), "Samsung Electro-Mechanics", series + "A" + code3(pf) + "KA5NNNC", digikey,
                            "Surface Mount, MLCC", "https://weblib.samsungsem.com/mlcc/mlcc-ec-data-sheet.do?partNumber=" + series,
                            FixtureSymbol.RESISTOR_2_PINS, FixtureFootprint.CHIP_2_PADS);
                    PartLabel.chip(r, "capacitor", size, metric);
                }
                case 7 -> {
                    double pf = E24[random.nextInt(6) * 4] * Math.pow(10, random.nextInt(3));
                    r = base(key, "CAP NP", PASSIVES, "MURATA GRM15 0402", "Footprints\\Murata.PcbLib",
                            "CAP CER " + farads(pf) + " 50V C0G 0402", "=Value", farads(pf), "Murata Electronics",
                            "GRM1555C1H" + code3(pf) + "JA01D", "0402 (1005 Metric)", "Surface Mount, MLCC",
                            "https://search.murata.co.jp/Ceramy/image/img/A01X/G101/ENG/GRM1555C1H101JA01-01.pdf",
                            FixtureSymbol.RESISTOR_2_PINS, FixtureFootprint.CHIP_2_PADS);
                    PartLabel.chip(r, "capacitor", "0402", "1005");
                }
                case 8 -> {
                    r = base(key, "RES", PASSIVES, "R_" + size + "_" + metric + "Metric", "Footprints\\KiCad_Imported.PcbLib",
                            "RES SMD " + ohms(value) + " 5% " + size, "=Value", ohms(value), "Panasonic Electronic Components",
                            "ERJ-" + new String[] {"2G", "3G", "6G", "8G"}[s - 1] + "EYJ" + code3(value) + "V", digikey,
                            "Surface Mount", "https://industrial.panasonic.com/cdbs/www-data/pdf/RDA0000/AOA0000C301.pdf",
                            FixtureSymbol.RESISTOR_2_PINS, FixtureFootprint.CHIP_2_PADS);
                    PartLabel.chip(r, "resistor", size, metric);
                }
                case 9 -> {
                    r = base(key, "RES", PASSIVES, "RES-" + size + "-" + metric, "Footprints\\Legacy\\Legacy_Passives.PcbLib",
                            "RES THICK FILM " + ohms(value) + " 1% " + size, "=Value", ohms(value), "KOA Speer Electronics",
                            "RK73H" + new String[] {"1E", "1J", "2A", "2B"}[s - 1] + "TTD" + code4(value) + "F", digikey,
                            "Surface Mount", "https://www.koaspeer.com/pdfs/RK73H.pdf",
                            FixtureSymbol.RESISTOR_2_PINS, FixtureFootprint.CHIP_2_PADS);
                    PartLabel.chip(r, "resistor", size, metric);
                }
                case 10 -> {
                    String colour = new String[] {"RED", "GREEN", "YELLOW", "BLUE"}[s - 1];
                    r = base(key, "LED", SEMIS, "LED " + size + "_" + metric + " " + colour + " H0.8MM",
                            "Footprints\\LEDs.PcbLib", "LED " + colour + " DIFFUSED " + size + " SMD", "=Part Number",
                            colour, "Kingbright", "APT" + metric + colour.charAt(0) + "C", digikey, "Surface Mount",
                            "https://www.kingbrightusa.com/images/catalog/SPEC/APT1608SGC.pdf",
                            FixtureSymbol.TWO_PINS_LONG_TEXT, FixtureFootprint.CHIP_2_PADS);
                    r.put("_symbolInFile", "LED");
                    PartLabel.chip(r, "LED", size, metric);
                }
                case 11 -> {
                    r = base(key, "RES ARRAY", PASSIVES, "RES ARRAY " + "0603_1608 4X", "Footprints\\Resistors.PcbLib",
                            "RES ARRAY 4 RES " + ohms(value) + " 5% 1206", "=Value", ohms(value), "Yageo",
                            "YC164-JR-07" + rkm(value) + "L", "1206 (3216 Metric), Convex, Long Side Terminals",
                            "Surface Mount", "https://www.yageo.com/upload/media/product/productsearch/datasheet/rchip/PYu-YC_TC_51_RoHS_L_7.pdf",
                            FixtureSymbol.PIN_PROPERTIES_8_PINS, FixtureFootprint.TWELVE_PADS);
                    PartLabel.noStandard(r, "resistor array");
                }
                case 12 -> {
                    r = base(key, "LED", SEMIS, "LED 0603_1608 SIDE VIEW", "Footprints\\LEDs.PcbLib",
                            "LED GREEN SIDE VIEW 0603 SMD", "=Part Number", "Green", "Lite-On Inc.", "LTST-S110KGKT",
                            "0603 (1608 Metric), Right Angle", "Surface Mount, Right Angle",
                            "https://optoelectronics.liteon.com/upload/download/DS22-2000-036/LTST-S110KGKT.pdf",
                            FixtureSymbol.TWO_PINS_LONG_TEXT, FixtureFootprint.CHIP_2_PADS);
                    r.put("_symbolInFile", "LED");
                    PartLabel.noStandard(r, "side-view LED");
                }
                case 13 -> {
                    r = base(key, "LED", SEMIS, "LED 1206_3216 REVERSE", "Footprints\\LEDs.PcbLib",
                            "LED RED REVERSE MOUNT 1206 SMD", "=Part Number", "Red", "Lite-On Inc.", "LTST-C230KRKT",
                            "1206 (3216 Metric)", "Surface Mount, Reverse Mount",
                            "https://optoelectronics.liteon.com/upload/download/DS22-2000-223/LTST-C230KRKT.pdf",
                            FixtureSymbol.TWO_PINS_LONG_TEXT, FixtureFootprint.CHIP_2_PADS);
                    r.put("_symbolInFile", "LED");
                    PartLabel.noStandard(r, "reverse-mount LED");
                }
                case 14 -> {
                    double pf = E24[random.nextInt(6) * 4] * Math.pow(10, 2 + random.nextInt(3));
                    r = base(key, "CAP ARRAY", PASSIVES, "CAP 0805_2012 X2", "Footprints\\Capacitors.PcbLib",
                            "CAP ARRAY 2 CAP " + farads(pf) + " 50V X7R 0508", "=Value", farads(pf), "Murata Electronics",
                            "GNM212R71H" + code3(pf) + "KA01D", "0805 (2012 Metric), 2 PC Pad", "Surface Mount, MLCC",
                            "https://search.murata.co.jp/Ceramy/image/img/A01X/G101/ENG/GNM212R71H103KA01-01.pdf",
                            FixtureSymbol.RECTANGLE_4_PINS, FixtureFootprint.FOUR_PADS);
                    PartLabel.noStandard(r, "capacitor array");
                }
                case 15 -> {
                    // a 2-element array under a plain chip name: only its 4 pads in the .PcbLib tell
                    double pf = E24[random.nextInt(6) * 4] * Math.pow(10, 2 + random.nextInt(3));
                    r = base(key, "CAP", PASSIVES, "C0805", "Footprints\\Legacy\\Cap_Arrays.PcbLib",
                            "CAP CER " + farads(pf) + " 50V X7R 0805", "=Value", farads(pf), "Murata Electronics",
                            "GNM212R71H" + code3(pf) + "KA01D", "0805 (2012 Metric)", "Surface Mount, MLCC",
                            "https://search.murata.co.jp/Ceramy/image/img/A01X/G101/ENG/GNM212R71H103KA01-01.pdf",
                            FixtureSymbol.RECTANGLE_4_PINS, FixtureFootprint.FOUR_PADS);
                    PartLabel.noStandard(r, "capacitor array");
                }
                default -> {
                    r = base(key, "RES", PASSIVES, "VISHAY DALE RES " + size + "_" + metric, "Footprints\\Vishay.PcbLib",
                            "RES SMD " + ohms(value) + " 1% " + size + " AEC-Q200", "=Value", ohms(value), "Vishay Dale",
                            "CRCW" + size + vishay(value) + "FKEA", digikey, "Surface Mount",
                            "https://www.vishay.com/docs/20035/dcrcwe3.pdf",
                            FixtureSymbol.RESISTOR_2_PINS, FixtureFootprint.CHIP_2_PADS);
                    PartLabel.chip(r, "resistor", size, metric);
                }
            }
            r.putIfAbsent("Value Rating", r.get(CompanyColumns.VALUE));
            r.putIfAbsent("Tolerance", "±5%");
            rows.add(r);
        }
        return rows;
    }

    /** Wire-wound RF chip inductors named {@code IND 1008_2520 RF WW} (Coilcraft 1008CS, 0805CS, 0603CS). */
    private List<Map<String, String>> rfInductors(int count) {
        List<Map<String, String>> rows = new ArrayList<>();
        String[][] sizes = {{"0603", "1608", "0603CS"}, {"0805", "2012", "0805CS"}, {"1008", "2520", "1008CS"}};
        for (int i = 0; i < count; i++) {
            String[] size = sizes[i % 3];
            double nh = E24[random.nextInt(E24.length)] * Math.pow(10, random.nextInt(3));
            String mpn = size[2] + "-" + code3(nh) + (i % 2 == 0 ? "XJR" : "XGL");
            Map<String, String> r = base(mpn, "IND", PASSIVES, "IND " + size[0] + "_" + size[1] + " RF WW",
                    "Footprints\\Inductors.PcbLib", "FIXED IND " + trim(nh) + "NH WIREWOUND " + size[0] + " RF", "=Value",
                    trim(nh) + "nH", "Coilcraft", mpn, size[0] + " (" + size[1] + " Metric)", "Surface Mount",
                    "https://www.coilcraft.com/getmedia/" + size[2] + ".pdf",
                    FixtureSymbol.RESISTOR_2_PINS, FixtureFootprint.CHIP_2_PADS);
            r.put("Inductance", trim(nh) + "nH");
            r.put("Q @ Freq", (30 + random.nextInt(40)) + " @ 500MHz");
            r.put("Current Rating (Amps)", String.format(Locale.ROOT, "%.2fA", 0.3 + random.nextInt(10) / 10.0));
            PartLabel.chip(r, "inductor", size[0], size[1]);
            rows.add(r);
        }
        return rows;
    }

    /**
     * A table from a librarian who named chips by their metric code: {@code C0603} here is metric 0603, an imperial
     * 0201, as its {@code Package / Case} says. The mapper must not read it as imperial 0603.
     */
    private List<Map<String, String>> metricHouseCapacitors(int count) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double pf = E24[random.nextInt(6) * 4] * Math.pow(10, 1 + random.nextInt(3));
            String mpn = "GRM0335C1E" + code3(pf) + "JA01D" + suffix(i);
            Map<String, String> r = base(mpn, "CAP", PASSIVES, "C0603", "Footprints\\Metric\\Chip_Metric.PcbLib",
                    "CAP CER " + farads(pf) + " 25V C0G 0201", "=Value", farads(pf), "Murata Electronics", mpn,
                    "0201 (0603 Metric)", "Surface Mount, MLCC",
                    "https://search.murata.co.jp/Ceramy/image/img/A01X/G101/ENG/GRM0335C1E101JA01-01.pdf",
                    FixtureSymbol.RESISTOR_2_PINS, FixtureFootprint.CHIP_2_PADS);
            r.put("Capacitance", farads(pf));
            r.put("Voltage - Rated", "25V");
            PartLabel.chip(r, "capacitor", "0201", "0603");
            rows.add(r);
        }
        return rows;
    }

    // ---- semiconductors -------------------------------------------------------------------------------------

    private List<Map<String, String>> leds(int count) {
        List<Map<String, String>> rows = new ArrayList<>();
        String[] colours = {"RED", "GREEN", "BLUE", "YELLOW", "WHITE", "ORANGE", "AMBER"};
        int[] nm = {625, 570, 470, 590, 0, 605, 595};
        for (int i = 0; i < count; i++) {
            int c = i % colours.length;
            int s = 1 + (i / colours.length) % 4;
            String mpn = new String[] {"LTST-C19", "LTST-C17", "LTST-C17", "LTST-C23"}[s - 1]
                    + new String[] {"1KRKT", "1KGKT", "1TBKT", "1KSKT", "1TWT", "1KFKT", "1KSKT"}[c] + (i > 70 ? "-" + i : "");
            Map<String, String> r = base(mpn, i % 10 == 0 ? "LED" : "Led", SEMIS, "LED " + SIZES[s] + "_" + METRIC[s] + " " + colours[c],
                    "Footprints\\LEDs.PcbLib", "LED " + colours[c] + " CLEAR " + SIZES[s] + " SMD", "=Part Number",
                    colours[c].charAt(0) + colours[c].substring(1).toLowerCase(Locale.ROOT), "Lite-On Inc.", mpn,
                    SIZES[s] + " (" + METRIC[s] + " Metric)", "Surface Mount",
                    "https://optoelectronics.liteon.com/upload/download/DS22-2000-109/LTST-C191KRKT.pdf",
                    FixtureSymbol.TWO_PINS_LONG_TEXT, FixtureFootprint.CHIP_2_PADS);
            r.put("_symbolInFile", "LED");
            r.put("Color", colours[c].charAt(0) + colours[c].substring(1).toLowerCase(Locale.ROOT));
            r.put("Wavelength - Dominant", nm[c] == 0 ? null : nm[c] + "nm");
            r.put("Millicandela Rating", (20 + random.nextInt(400)) + "mcd");
            r.put("Voltage - Forward (Vf) (Typ)", c == 2 || c == 4 ? "3.2V" : "2V");
            PartLabel.chip(r, "LED", SIZES[s], METRIC[s]);
            rows.add(r);
        }
        return rows;
    }

    private List<Map<String, String>> diodes(String kind, int count) {
        List<Map<String, String>> rows = new ArrayList<>();
        String[][] packages = {{"SOD-123", "SOD-123F"}, {"SOD-323", "SC-76, SOD-323"}, {"SMA", "DO-214AC, SMA"},
            {"SMB", "DO-214AA, SMB"}, {"SOD-523", "SC-79, SOD-523"}};
        for (int i = 0; i < count; i++) {
            String[] p = packages[i % packages.length];
            String mpn;
            String maker;
            String symbol;
            String param;
            switch (kind) {
                case "RECT" -> {
                    mpn = new String[] {"1N4148W-7-F", "S1M-13-F", "US1J-E3/61T", "ES2D-E3/52T", "RS1K-13-F"}[i % 5] + suffix(i);
                    maker = "Diodes Incorporated";
                    symbol = "DIODE";
                    param = new String[] {"100V", "1000V", "600V", "200V", "800V"}[i % 5];
                }
                case "SCHOTTKY" -> {
                    mpn = new String[] {"BAT54WS-7-F", "B340A-13-F", "SS14", "PMEG3020EJ,115", "RB751S40T1G"}[i % 5] + suffix(i);
                    maker = i % 5 == 3 ? "Nexperia USA Inc." : "Diodes Incorporated";
                    symbol = "DIODE SCHOTTKY";
                    param = new String[] {"30V", "40V", "40V", "30V", "40V"}[i % 5];
                }
                case "ZENER" -> {
                    double v = E24[i % E24.length] * (i % 2 == 0 ? 1 : 10);
                    mpn = "BZT52C" + String.format(Locale.ROOT, "%.1f", v).replace(".0", "").replace('.', 'V') + "-7-F" + suffix(i);
                    maker = "Diodes Incorporated";
                    symbol = "DIODE ZENER";
                    param = String.format(Locale.ROOT, "%.1fV", v);
                }
                default -> {
                    mpn = new String[] {"SMAJ5.0A", "SMBJ15CA", "PESD5V0S1BL,315", "ESD9B5.0ST5G", "SMF12A"}[i % 5] + suffix(i);
                    maker = i % 5 == 3 ? "onsemi" : "Littelfuse Inc.";
                    symbol = i % 2 == 0 ? "TVS UNI" : "TVS BI";
                    param = new String[] {"5V", "15V", "5V", "5V", "12V"}[i % 5];
                }
            }
            Map<String, String> r = base(mpn, symbol, SEMIS, p[0] + (i % 3 == 0 ? "" : " " + maker.split(" ")[0].toUpperCase(Locale.ROOT)),
                    "Footprints\\Diodes.PcbLib", kind + " DIODE " + param + " " + p[0], "=Part Number", mpn, maker, mpn,
                    p[1], "Surface Mount", "https://www.diodes.com/assets/Datasheets/ds30086.pdf",
                    FixtureSymbol.TWO_PINS_LONG_TEXT, FixtureFootprint.CHIP_2_PADS);
            r.put(kind.equals("ZENER") ? "Voltage - Zener (Nom) (Vz)" : kind.equals("TVS")
                    ? "Voltage - Reverse Standoff (Typ)" : "Voltage - DC Reverse (Vr) (Max)", param);
            r.put(kind.equals("ZENER") ? "Power - Max" : kind.equals("TVS") ? "Power - Peak Pulse"
                    : "Current - Average Rectified (Io)", kind.equals("ZENER") ? "500mW" : "1A");
            rows.add(r);
        }
        return rows;
    }

    private List<Map<String, String>> bjts(int count) {
        List<Map<String, String>> rows = new ArrayList<>();
        String[][] parts = {{"MMBT3904LT1G", "NPN", "SOT-23-3", "onsemi"}, {"MMBT3906LT1G", "PNP", "SOT-23-3", "onsemi"},
            {"BC847C,215", "NPN", "SOT-23-3", "Nexperia USA Inc."}, {"BC857B,215", "PNP", "SOT-23-3", "Nexperia USA Inc."},
            {"DTC114EET1G", "ON SEMI NPN SINGLE PREBIASED SC-75 DTC", "SC-75, SOT-416", "onsemi"},
            {"DTA114EET1G", "ON SEMI PNP SINGLE PREBIASED SC-75 DTA", "SC-75, SOT-416", "onsemi"},
            {"PUMH11,115", "NEXPERIA NPN/NPN DOUBLE PREBIASED RET", "6-TSSOP, SC-88, SOT-363", "Nexperia USA Inc."},
            {"MMBT2222A-7-F", "NPN", "SOT-23-3", "Diodes Incorporated"}};
        for (int i = 0; i < count; i++) {
            String[] p = parts[i % parts.length];
            String mpn = p[0].replace("G", i >= parts.length ? "G-" + i : "G");
            boolean dual = p[2].startsWith("6-");
            String fp = dual ? "SOT-363/SC-88 6 LEADS" : p[2].startsWith("SC-75") ? "SOT-416/SC-75" : "SOT-23-3 "
                    + new String[] {"ONSEMI", "NEXPERIA", "DIODES INC"}[i % 3];
            Map<String, String> r = base(mpn, p[1], SEMIS, fp, "Footprints\\SOT.PcbLib",
                    "TRANS " + (p[1].contains("PNP") ? "PNP" : "NPN") + " 40V 0.2A " + p[2], "=Part Number", mpn, p[3],
                    mpn, p[2], "Surface Mount", "https://www.onsemi.com/pdf/datasheet/mmbt3904lt1-d.pdf",
                    dual ? FixtureSymbol.MULTIPART_6_PINS : FixtureSymbol.RECTANGLE_4_PINS,
                    dual ? FixtureFootprint.TWELVE_PADS : FixtureFootprint.FOUR_PADS);
            r.put("Transistor Type", p[1].contains("PNP") ? "PNP" : "NPN" + (dual ? " - Pre-Biased (Dual)" : ""));
            r.put("Voltage - Collector Emitter Breakdown (Max)", "40V");
            r.put("Current - Collector (Ic) (Max)", "200mA");
            rows.add(r);
        }
        return rows;
    }

    private List<Map<String, String>> mosfets(int count) {
        List<Map<String, String>> rows = new ArrayList<>();
        String[][] parts = {{"2N7002K-7", "NMOS", "SOT-23-3"}, {"BSS138LT1G", "NMOS", "SOT-23-3"},
            {"AO3401A", "PMOS", "SOT-23-3"}, {"SI2302CDS-T1-GE3", "NMOS", "SOT-23-3"},
            {"IRLML6402TRPBF", "PMOS", "SOT-23-3"}, {"CSD17578Q3A", "NMOS POWER 8-VSON", "8-PowerVDFN"},
            {"BSC010N04LS", "NMOS POWER 8-VSON", "8-PowerTDFN"}};
        for (int i = 0; i < count; i++) {
            String[] p = parts[i % parts.length];
            String mpn = p[0] + (i >= parts.length ? "-" + (char) ('A' + i / parts.length % 26) + i : "");
            boolean power = p[2].startsWith("8-");
            Map<String, String> r = base(mpn, p[1], SEMIS, power ? "SON 3.3X3.3MM 8-VSON-CLIP" : "SOT-23-3",
                    "Footprints\\SOT.PcbLib", "MOSFET " + (p[1].startsWith("P") ? "P-CH" : "N-CH") + " 30V " + p[2],
                    "=Part Number", mpn, "Vishay Siliconix", mpn, p[2], "Surface Mount",
                    "https://www.vishay.com/docs/63653/si2302cds.pdf", power ? FixtureSymbol.PIN_PROPERTIES_8_PINS
                            : FixtureSymbol.RECTANGLE_4_PINS, power ? FixtureFootprint.TWELVE_PADS : FixtureFootprint.FOUR_PADS);
            r.put("FET Type", p[1].startsWith("P") ? "P-Channel" : "N-Channel");
            r.put("Drain to Source Voltage (Vdss)", "30V");
            r.put("Current - Continuous Drain (Id) @ 25°C", (1 + random.nextInt(60)) + "A (Ta)");
            r.put("Rds On (Max) @ Id, Vgs", (5 + random.nextInt(200)) + "mOhm @ 1A, 4.5V");
            rows.add(r);
        }
        return rows;
    }

    private List<Map<String, String>> ics(String kind, int count) {
        record Ic(String mpn, String symbol, String footprint, String pkg, String maker, int pins) {
        }
        List<Ic> catalogue = switch (kind) {
            case "AMP" -> List.of(new Ic("LM358DR", "LM358/LM2904 DUAL OPAMP", "SOIC-8_3.9X4.9MM_P1.27MM", "8-SOIC (0.154\", 3.90mm Width)", "Texas Instruments", 8),
                    new Ic("OPA2333AIDGKR", "OPAMP DUAL RRIO", "TI DGK0008A VSSOP-8", "8-TSSOP, 8-MSOP (0.118\", 3.00mm Width)", "Texas Instruments", 8),
                    new Ic("TLV9001IDBVR", "OPAMP SINGLE 5-PIN", "SOT-23-5/SC-74A", "SC-74A, SOT-753", "Texas Instruments", 5),
                    new Ic("AD8605ARTZ-REEL7", "OPAMP SINGLE 5-PIN", "SOT-23-5/SC-74A", "SC-74A, SOT-753", "Analog Devices Inc.", 5));
            case "PMIC" -> List.of(new Ic("LM1117IMPX-3.3/NOPB", "LDO 3-PIN TAB", "SOT-223-3_TABPIN2", "TO-261-4, TO-261AA", "Texas Instruments", 4),
                    new Ic("AP2112K-3.3TRG1", "LDO 5-PIN EN", "SOT-23-5/SC-74A", "SC-74A, SOT-753", "Diodes Incorporated", 5),
                    new Ic("TPS62130RGTR", "BUCK CONVERTER 3A 16-VQFN", "QFN-16-1EP_3X3MM_P0.5MM_EP1.68X1.68MM", "16-VFQFN Exposed Pad", "Texas Instruments", 17),
                    new Ic("LT8609SEV#PBF", "LT8609S BUCK 2A 42V", "LQFN-20_4X3MM_LINEAR", "20-WFQFN Exposed Pad", "Analog Devices Inc.", 21));
            case "MCU" -> List.of(new Ic("STM32F103C8T6", "STM32F103C8Tx", "LQFP-48_7X7MM_P0.5MM", "48-LQFP", "STMicroelectronics", 48),
                    new Ic("STM32G431KBT6", "MCU ARM CORTEX-M4 LQFP-32 STM32G4", "LQFP-32_7X7MM_P0.8MM", "32-LQFP", "STMicroelectronics", 32),
                    new Ic("ATMEGA328P-AU", "ATMEGA328P-AU", "TQFP-32_7X7MM_P0.8MM", "32-TQFP", "Microchip Technology", 32),
                    new Ic("ESP32-S3-WROOM-1-N8R8", "ESP32-S3-WROOM-1", "ESPRESSIF ESP32-S3-WROOM-1 MODULE", "Module", "Espressif Systems", 41));
            case "MEM" -> List.of(new Ic("MT40A1G16TB-062E:F", "DDR4 SDRAM X16 96-BALL FBGA", "FBGA-96_7.5X13.5MM_P0.8MM", "96-TFBGA", "Micron Technology Inc.", 96),
                    new Ic("W25Q128JVSIQ", "SPI FLASH 8-PIN", "SOIC-8_5.3X5.3MM_P1.27MM", "8-SOIC (0.209\", 5.30mm Width)", "Winbond Electronics", 8),
                    new Ic("24LC256-I/SN", "EEPROM I2C 8-PIN", "SOIC-8_3.9X4.9MM_P1.27MM", "8-SOIC (0.154\", 3.90mm Width)", "Microchip Technology", 8),
                    new Ic("IS62WV51216EBLL-45TLI", "SRAM 8MBIT 44-TSOP", "TSOP-II-44_10.16X18.41MM_P0.8MM", "44-TSOP (0.400\", 10.16mm Width)", "ISSI, Integrated Silicon Solution Inc", 44));
            default -> List.of(new Ic("MAX3232ECDR", "RS-232 TRANSCEIVER 16-PIN", "SOIC-16_3.9X9.9MM_P1.27MM", "16-SOIC (0.154\", 3.90mm Width)", "Texas Instruments", 16),
                    new Ic("TCAN1042HGVDRQ1", "CAN TRANSCEIVER 8-PIN", "SOIC-8_3.9X4.9MM_P1.27MM", "8-SOIC (0.154\", 3.90mm Width)", "Texas Instruments", 8),
                    new Ic("FT232RL-REEL", "USB/UART BRIDGE FT232R", "SSOP-28_5.3X10.2MM_P0.65MM", "28-SSOP (0.209\", 5.30mm Width)", "FTDI, Future Technology Devices International Ltd", 28),
                    new Ic("SN65HVD72DR", "RS-485 TRANSCEIVER 8-PIN", "SOIC-8_3.9X4.9MM_P1.27MM", "8-SOIC (0.154\", 3.90mm Width)", "Texas Instruments", 8));
        };
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Ic ic = catalogue.get(i % catalogue.size());
            String mpn = i < catalogue.size() ? ic.mpn() : ic.mpn() + "-" + (char) ('A' + i % 26) + (i / 26);
            boolean missingSymbolFile = kind.equals("IF") && i % 30 == 7;
            Map<String, String> r = base(mpn, ic.symbol(), missingSymbolFile ? MISSING_SCHLIB : ICS, ic.footprint(),
                    "Footprints\\IC Packages.PcbLib", "IC " + kind + " " + ic.pkg(), "=Part Number", mpn, ic.maker(),
                    mpn, ic.pkg(), "Surface Mount", "https://www.ti.com/lit/ds/symlink/" + ic.mpn().toLowerCase(Locale.ROOT) + ".pdf",
                    symbolFor(ic.pins()), footprintFor(ic.pins()));
            if (kind.equals("AMP") && i % 25 == 11) {
                r.put(CompanyColumns.LIBRARY_REF, "ON SEMI LM339"); // the file holds "ON LM339": a name in no file
                r.put("_symbolInFile", "ON LM339");
            }
            rows.add(r);
        }
        return rows;
    }

    // ---- connectors, frequency, electromechanical ------------------------------------------------------------

    private List<Map<String, String>> headers(int count) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int rowsOf = 1 + i % 2;
            int positions = rowsOf * (2 + (i / 2) % 20);
            boolean legacy = i % 9 == 4;
            String mpn = (rowsOf == 1 ? "61300" : "61301") + String.format(Locale.ROOT, "%02d", positions / rowsOf)
                    + (rowsOf == 1 ? "1121" : "21121") + (i >= 80 ? "-" + i : "");
            Map<String, String> r = base(mpn, "HEADER " + rowsOf + "X" + positions / rowsOf, CONNECTORS,
                    "HDR " + rowsOf + "X" + positions / rowsOf + " 2.54MM " + (i % 3 == 0 ? "VERTICAL" : "RIGHT ANGLE"),
                    legacy ? MISSING_PCBLIB : "Footprints\\Connectors.PcbLib",
                    "CONN HEADER VERT " + positions + "POS 2.54MM", "=Part Number", mpn, "Würth Elektronik", mpn,
                    "Header", "Through Hole", "https://www.we-online.com/components/products/datasheet/" + mpn + ".pdf",
                    symbolFor(positions), footprintFor(positions));
            r.put("Number of Positions", Integer.toString(positions));
            r.put("Pitch", "0.100\" (2.54mm)");
            r.put("Contact Finish", "Gold");
            rows.add(r);
        }
        return rows;
    }

    private List<Map<String, String>> wireToBoard(int count) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int positions = 2 + i % 11;
            String series = new String[] {"PH", "XH", "GH", "ZH", "SH"}[i % 5];
            String mpn = "S" + positions + "B-" + series + "-" + (i % 2 == 0 ? "K" : "SM4-TB") + "(LF)(SN)" + (i >= 55 ? "-" + i : "");
            Map<String, String> r = base(mpn, "CONN " + positions + "POS", CONNECTORS,
                    "JST " + series + " " + positions + "P " + (i % 2 == 0 ? "SIDE ENTRY" : "TOP ENTRY SMD"),
                    "Footprints\\Connectors_JST.PcbLib", "CONN HEADER " + positions + "POS " + series, "=Part Number",
                    mpn, "JST Sales America Inc.", mpn, "Header, Shrouded", i % 2 == 0 ? "Through Hole" : "Surface Mount",
                    "https://www.jst-mfg.com/product/pdf/eng/e" + series + ".pdf",
                    symbolFor(positions), footprintFor(positions));
            r.put("Number of Positions", Integer.toString(positions));
            r.put("Pitch", "0.079\" (2.00mm)");
            r.put("Series", series);
            rows.add(r);
        }
        return rows;
    }

    private List<Map<String, String>> crystals(int count) {
        List<Map<String, String>> rows = new ArrayList<>();
        String[] mhz = {"8", "12", "16", "20", "24", "25", "26", "32", "40", "48"};
        for (int i = 0; i < count; i++) {
            String f = mhz[i % mhz.length];
            boolean small = i % 2 == 0;
            String mpn = (small ? "ABM8-" : "ECS-" + f + "0-18-33-JGN-TR") + (small ? f + ".000MHZ-B2-T" : "") + (i >= 20 ? "-" + i : "");
            Map<String, String> r = base(mpn, "CRYSTAL 4-PIN GND", MISC, small ? "XTAL 3.2X2.5MM 4-SMD ABRACON" : "XTAL 5.0X3.2MM 4-SMD",
                    "Footprints\\Crystals.PcbLib", "CRYSTAL " + f + ".0000MHZ 18PF SMD", "=Value", f + "MHz",
                    small ? "Abracon LLC" : "ECS Inc.", mpn, "4-SMD, No Lead", "Surface Mount",
                    "https://abracon.com/Resonators/ABM8.pdf", FixtureSymbol.RECTANGLE_4_PINS, FixtureFootprint.FOUR_PADS);
            r.put("Frequency", f + " MHz");
            r.put("Frequency Stability", "±20ppm");
            r.put("Load Capacitance", "18pF");
            rows.add(r);
        }
        return rows;
    }

    private List<Map<String, String>> oscillators(int count) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String f = new String[] {"25", "32.768k", "48", "50", "100"}[i % 5];
            String mpn = "SIT1602BI-12-33E-" + f.replace("k", "K") + ".000000" + (i >= 5 ? "-" + i : "");
            Map<String, String> r = base(mpn, "OSCILLATOR 4-PIN", MISC, "OSC 2.5X2.0MM 4-SMD SITIME",
                    "Footprints\\Crystals.PcbLib", "MEMS OSC XO " + f + "MHZ LVCMOS", "=Part Number", mpn, "SiTime", mpn,
                    "4-SMD, No Lead", "Surface Mount", "https://www.sitime.com/datasheet/SiT1602",
                    FixtureSymbol.RECTANGLE_4_PINS, FixtureFootprint.FOUR_PADS);
            r.put("Frequency", f + " MHz");
            r.put("Voltage - Supply", "3.3V");
            r.put("Output", "LVCMOS");
            rows.add(r);
        }
        return rows;
    }

    private List<Map<String, String>> fuses(int count) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String amps = new String[] {"0.5", "1", "1.5", "2", "3", "5"}[i % 6];
            String mpn = "0466" + String.format(Locale.ROOT, "%03d", (int) (Double.parseDouble(amps) * 100)) + ".NR" + (i >= 6 ? "-" + i : "");
            Map<String, String> r = base(mpn, "FUSE", PASSIVES, "LITTELFUSE FUSE 1206_3216 466 SERIES",
                    "Footprints\\Chip_Passives.PcbLib", "FUSE BRD MNT " + amps + "A 63VDC 1206", "=Value", amps + "A",
                    "Littelfuse Inc.", mpn, "1206 (3216 Metric)", "Surface Mount",
                    "https://www.littelfuse.com/~/media/electronics/datasheets/fuses/littelfuse_fuse_466_datasheet.pdf",
                    FixtureSymbol.RESISTOR_2_PINS, FixtureFootprint.CHIP_2_PADS);
            r.put("Current Rating (Amps)", amps + "A");
            r.put("Voltage Rating - DC", "63V");
            r.put("Response Time", "Fast Blow");
            rows.add(r);
        }
        return rows;
    }

    private List<Map<String, String>> switches(int count) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String mpn = new String[] {"PTS645SM43SMTR92 LFS", "B3U-1000P", "TL3342F160QG/TR", "EVQ-P7A01P"}[i % 4] + (i >= 4 ? "-" + i : "");
            Map<String, String> r = base(mpn, "SW PUSH 4-PIN", MISC, new String[] {"SW TACT 6X6MM SMD C&K", "SW TACT 3X2.5MM OMRON B3U",
                "SW TACT 5.2X5.2MM", "SW TACT 3.5X2.9MM PANASONIC"}[i % 4], "Footprints\\Switches.PcbLib",
                    "SWITCH TACTILE SPST-NO 0.05A 12V", "=Part Number", mpn, "C&K", mpn, "SMD", "Surface Mount",
                    "https://www.ckswitches.com/media/1471/pts645.pdf", FixtureSymbol.RECTANGLE_4_PINS, FixtureFootprint.FOUR_PADS);
            r.put("Circuit", "SPST-NO");
            r.put("Contact Rating @ Voltage", "0.05A @ 12VDC");
            r.put("Actuator Type", "Round");
            rows.add(r);
        }
        return rows;
    }

    private List<Map<String, String>> testPoints(int count) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String colour = new String[] {"Red", "Black", "White", "Yellow"}[i % 4];
            String mpn = "50" + (10 + i % 4) + (i >= 4 ? "-" + i : "");
            Map<String, String> r = base(mpn, "TEST POINT", MISC, "TP " + (i % 2 == 0 ? "1.0MM" : "1.5MM") + " ROUND PAD",
                    "Footprints\\Test Points.PcbLib", "PC TEST POINT " + colour.toUpperCase(Locale.ROOT), "=Value", "TP",
                    "Keystone Electronics", mpn, "Test Point", "Through Hole", "https://www.keyelco.com/userAssets/file/M65p43.pdf",
                    FixtureSymbol.RESISTOR_2_PINS, FixtureFootprint.SINGLE_PAD);
            r.put("Color", colour);
            rows.add(r);
        }
        return rows;
    }

    private List<Map<String, String>> rfModules(int count) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String mpn = new String[] {"NINA-B306-01B", "RFM95W-868S2", "CC1101RGPR"}[i % 3] + (i >= 3 ? "-" + i : "");
            Map<String, String> r = base(mpn, "RF MODULE " + (i % 3), MISSING_SCHLIB, "RF MODULE LGA " + (i % 3),
                    "Footprints\\RF.PcbLib", "RF TXRX MODULE", "=Part Number", mpn, "u-blox", mpn, "Module",
                    "Surface Mount", "https://www.u-blox.com/docs/UBX-17056481", FixtureSymbol.POSITION_27_PINS,
                    FixtureFootprint.QFP_42_PADS);
            r.put("Frequency", "2.4GHz");
            r.put("Protocol", "Bluetooth v5.0");
            rows.add(r);
        }
        return rows;
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    private static Map<String, String> base(String key, String symbol, String symbolFile, String footprint,
                                            String footprintFile, String description, String comment, String value,
                                            String maker, String mpn, String pkg, String mounting, String datasheet,
                                            FixtureSymbol symbolSource, FixtureFootprint footprintSource) {
        Map<String, String> r = new LinkedHashMap<>();
        r.put(CompanyColumns.PART_NUMBER, key);
        r.put(CompanyColumns.LIBRARY_REF, symbol);
        r.put("_symbolInFile", symbol);
        r.put(CompanyColumns.LIBRARY_PATH, symbolFile);
        r.put(CompanyColumns.FOOTPRINT_REF, footprint);
        r.put("_footprintInFile", footprint);
        r.put(CompanyColumns.FOOTPRINT_PATH, footprintFile);
        r.put(CompanyColumns.DESCRIPTION, description);
        r.put(CompanyColumns.COMMENT, comment);
        r.put(CompanyColumns.VALUE, value);
        r.put(CompanyColumns.MANUFACTURER, maker);
        r.put(CompanyColumns.MPN, mpn);
        r.put(CompanyColumns.PACKAGE, pkg);
        r.put("Mounting Type", mounting);
        r.put("ComponentLink1URL", datasheet);
        r.put("_symbol", symbolSource.name());
        r.put("_footprint", footprintSource.name());
        return r;
    }

    static FixtureSymbol symbolFor(int pins) {
        if (pins <= 2) {
            return FixtureSymbol.RESISTOR_2_PINS;
        }
        if (pins <= 4) {
            return FixtureSymbol.RECTANGLE_4_PINS;
        }
        if (pins <= 6) {
            return FixtureSymbol.MULTIPART_6_PINS;
        }
        if (pins <= 8) {
            return FixtureSymbol.PIN_PROPERTIES_8_PINS;
        }
        if (pins <= 10) {
            return FixtureSymbol.PIN_OVERRIDES_10_PINS;
        }
        return pins <= 17 ? FixtureSymbol.COMBINED_17_PINS : FixtureSymbol.POSITION_27_PINS;
    }

    static FixtureFootprint footprintFor(int pins) {
        if (pins <= 1) {
            return FixtureFootprint.SINGLE_PAD;
        }
        if (pins == 2) {
            return FixtureFootprint.CHIP_2_PADS;
        }
        if (pins <= 4) {
            return FixtureFootprint.FOUR_PADS;
        }
        return pins <= 12 ? FixtureFootprint.TWELVE_PADS : FixtureFootprint.QFP_42_PADS;
    }

    private int weighted(int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int pick = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            pick -= weights[i];
            if (pick < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private static String suffix(int i) {
        return i < 5 ? "" : "-" + i;
    }

    static String ohms(double value) {
        if (value >= 1e6) {
            return trim(value / 1e6) + "M";
        }
        if (value >= 1e3) {
            return trim(value / 1e3) + "K";
        }
        return trim(value) + "Ω";
    }

    /** Resistance in RKM code ({@code 4K7}, {@code 10K}, {@code 100R}, {@code 1M5}). */
    static String rkm(double value) {
        String text = ohms(value);
        char unit = text.endsWith("Ω") ? 'R' : text.charAt(text.length() - 1);
        String number = text.substring(0, text.length() - 1);
        return number.contains(".") ? number.replace('.', unit) : number + unit;
    }

    private static String vishay(double value) {
        String code = rkm(value);
        return code.length() >= 4 ? code.substring(0, 4) : (code + "000").substring(0, 4);
    }

    private static String code4(double value) {
        int exp = (int) Math.floor(Math.log10(value)) - 2;
        long mant = Math.round(value / Math.pow(10, exp));
        return exp < 0 ? mant / 10 + "R" + mant % 10 : mant + Integer.toString(exp);
    }

    private static String code3(double value) {
        int exp = Math.max(0, (int) Math.floor(Math.log10(value)) - 1);
        long mant = Math.round(value / Math.pow(10, exp));
        return String.format(Locale.ROOT, "%02d%d", mant, exp);
    }

    private static String farads(double pf) {
        if (pf >= 1e6) {
            return trim(pf / 1e6) + "µF";
        }
        if (pf >= 1e3) {
            return trim(pf / 1e3) + "nF";
        }
        return trim(pf) + "pF";
    }

    private static String henries(double uh) {
        return uh < 1 ? trim(uh * 1000) + "nH" : trim(uh) + "µH";
    }

    private static String voltsCode(String volts) {
        return switch (volts) {
            case "6.3V" -> "0J";
            case "10V" -> "1A";
            case "16V" -> "1C";
            case "25V" -> "1E";
            case "50V" -> "1H";
            default -> "2A";
        };
    }

    private static String voltsDigit(String volts) {
        return switch (volts) {
            case "6.3V" -> "9";
            case "10V" -> "8";
            case "16V" -> "4";
            case "25V" -> "3";
            case "50V" -> "5";
            default -> "1";
        };
    }

    private static String trim(double v) {
        String s = String.format(Locale.ROOT, "%.2f", v);
        s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        return s;
    }
}
