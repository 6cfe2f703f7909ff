package io.github.altium2kicad.core.mapping.standard;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides a part's {@link PartFamily} from its texts: Library Ref, Description and category columns (strong),
 * the table name (medium), the designator prefix and the footprint name (weak: they allow several families,
 * {@code D} is a diode or an LED). Words naming something the rule does not map (thermistor, array, RGB,
 * oscillator, shrouded, …) turn the family into {@link PartFamily#OTHER}, and texts that name different
 * families are reported as a conflict. Stateless and thread-safe.
 */
public final class PartClassifier {

    private static final Map<PartFamily, Keywords> FAMILY_WORDS = new EnumMap<>(PartFamily.class);
    private static final Map<String, Keywords> GLOBAL_OTHER = new LinkedHashMap<>();
    private static final Map<PartFamily, Keywords> SCOPED_OTHER = new EnumMap<>(PartFamily.class);

    static {
        FAMILY_WORDS.put(PartFamily.RESISTOR, words("RES", "RESISTOR", "RESISTORS", "THICK FILM", "THIN FILM",
                "0 OHM", "ZERO OHM"));
        FAMILY_WORDS.put(PartFamily.CAPACITOR, words("CAP", "CAPS", "CAPACITOR", "CAPACITORS", "MLCC"));
        FAMILY_WORDS.put(PartFamily.CAPACITOR_POLARIZED, words("TANT", "TANTALUM", "POSCAP", "OSCON", "CAP POL",
                "CAPPOL", "C POL"));
        FAMILY_WORDS.put(PartFamily.INDUCTOR, words("IND", "INDUCTOR", "INDUCTORS", "FIXED IND"));
        FAMILY_WORDS.put(PartFamily.FERRITE_BEAD, words("FERRITE", "BEAD", "BEADS", "FB", "FERRITEBEAD"));
        FAMILY_WORDS.put(PartFamily.LED, words("LED", "LEDS", "LIGHT EMITTING", "LIGHT-EMITTING"));
        FAMILY_WORDS.put(PartFamily.DIODE, words("DIODE", "DIODES", "RECTIFIER", "RECTIFIERS", "ZENER", "SCHOTTKY",
                "TVS", "TRANSIL", "TRANSZORB", "DIO", "SBD"));
        FAMILY_WORDS.put(PartFamily.CRYSTAL, words("CRYSTAL", "CRYSTALS", "XTAL", "XTALS", "QUARTZ", "XTL"));
        FAMILY_WORDS.put(PartFamily.CONNECTOR, words("CONN", "CONNECTOR", "CONNECTORS", "HEADER", "HEADERS", "HDR",
                "PINHEADER", "PIN HEADER", "RCPT", "RECEPTACLE", "SOCKET", "PINSOCKET", "PIN STRIP", "BREAKAWAY"));
        FAMILY_WORDS.put(PartFamily.TRANSISTOR, words("TRANSISTOR", "TRANSISTORS", "TRANS", "MOSFET", "MOSFETS",
                "FET", "BJT", "NPN", "PNP", "N CH", "P CH", "N CHANNEL", "P CHANNEL", "NCH", "PCH", "IGBT", "JFET",
                "DARLINGTON", "NMOS", "PMOS", "MOSFET N", "MOSFET P"));
        FAMILY_WORDS.put(PartFamily.IC, words("IC", "ICS", "REGULATOR", "REG", "LDO", "OPAMP", "OP AMP", "AMPLIFIER",
                "COMPARATOR", "MCU", "MICROCONTROLLER", "MICROPROCESSOR", "EEPROM", "FLASH", "SRAM", "DRAM", "MEMORY",
                "DRIVER", "ADC", "DAC", "LOGIC", "GATE", "BUFFER", "INVERTER", "TRANSCEIVER", "INTERFACE", "SENSOR",
                "TIMER", "CONVERTER", "CONTROLLER", "SUPERVISOR", "MUX", "MULTIPLEXER", "PMIC", "FPGA", "CPLD",
                "CODEC", "EXPANDER", "DECODER", "FLIP FLOP", "LATCH", "SHIFT REGISTER", "PLL", "VOLTAGE REFERENCE"));

        GLOBAL_OTHER.put("thermistor", words("THERMISTOR", "NTC", "PTC", "PTCR", "POSISTOR", "THERMAL"));
        GLOBAL_OTHER.put("varistor", words("VARISTOR", "MOV", "VDR"));
        GLOBAL_OTHER.put("variable or adjustable part", words("POT", "POTENTIOMETER", "TRIMMER", "TRIMPOT", "TRIM",
                "RHEOSTAT", "VARIABLE", "VAR", "ADJ", "ADJUSTABLE"));
        GLOBAL_OTHER.put("fuse", words("FUSE", "FUSES", "POLYFUSE", "RESETTABLE", "POLYSWITCH", "EFUSE"));
        GLOBAL_OTHER.put("oscillator or resonator", words("OSC", "OSCILLATOR", "OSCILLATORS", "XO", "TCXO", "VCXO",
                "OCXO", "VCO", "MEMS", "RESONATOR", "CERALOCK", "SAW", "CLOCK"));
        GLOBAL_OTHER.put("array or network", words("ARRAY", "ARRAYS", "NETWORK", "BUSSED", "RES PACK", "RPACK",
                "QUAD", "OCTAL"));
        GLOBAL_OTHER.put("four-terminal part", words("KELVIN", "4 TERMINAL", "FOUR TERMINAL"));
        GLOBAL_OTHER.put("common-mode choke or transformer", words("COMMON MODE", "CMC", "CHOKE", "COUPLED",
                "TRANSFORMER", "XFMR", "BALUN", "IRON"));
        GLOBAL_OTHER.put("supercapacitor", words("SUPERCAP", "SUPERCAPACITOR", "ULTRACAP", "EDLC", "DOUBLE LAYER"));
        GLOBAL_OTHER.put("feed-through or filter", words("FEED", "FEEDTHROUGH", "FEED THRU", "FEED THROUGH",
                "3 TERMINAL", "THREE TERMINAL", "PI FILTER", "LC FILTER", "RC FILTER"));
        GLOBAL_OTHER.put("bridge", words("BRIDGE"));
        GLOBAL_OTHER.put("opto part", words("PHOTO", "PHOTODIODE", "PHOTOTRANSISTOR", "OPTO", "OPTOCOUPLER",
                "OPTOISOLATOR", "IR RECEIVER", "LDR", "LASER"));
        GLOBAL_OTHER.put("electromechanical part", words("SWITCH", "RELAY", "BATTERY", "BUZZER", "SPEAKER",
                "MICROPHONE", "ANTENNA", "TEST POINT", "TESTPOINT", "FIDUCIAL", "MOUNTING HOLE", "HEATSINK",
                "SPARK GAP", "GDT", "GAS DISCHARGE"));

        SCOPED_OTHER.put(PartFamily.LED, words("RGB", "RGBW", "BICOLOR", "BI COLOR", "TRICOLOR", "TRI COLOR",
                "MULTICOLOR", "MULTI COLOR", "ADDRESSABLE", "DISPLAY", "SEGMENT", "SEG", "BARGRAPH", "BAR GRAPH",
                "MATRIX", "LIGHT PIPE", "LIGHTPIPE", "STRIP", "HOLDER", "SPACER", "REVERSE", "RIGHT ANGLE",
                "SIDE VIEW", "SIDEVIEW", "SIDE", "DUAL", "TRIPLE", "WS2812", "SK6812", "APA102", "PLCC", "PLCC2",
                "PLCC4", "3 PIN", "3 LEAD", "4 PIN", "4 LEAD", "COMMON ANODE", "COMMON CATHODE"));
        SCOPED_OTHER.put(PartFamily.DIODE, words("VARACTOR", "VARICAP", "TUNNEL", "STEP RECOVERY", "SRD",
                "CURRENT REGULATOR", "CRD", "CURRENT LIMITING", "ESD", "STEERING", "PIN DIODE", "SIDAC", "DIAC",
                "SCR", "TRIAC", "THYRISTOR", "DUAL", "COMMON CATHODE", "COMMON ANODE", "TRIPLE", "SERIES PAIR",
                "SERIES CONNECT", "2 ELEMENT", "2 INDEPENDENT"));
        SCOPED_OTHER.put(PartFamily.CONNECTOR, words("SHROUDED", "BOX", "BOXED", "IDC", "EJECTOR", "LATCH",
                "LATCHING", "LOCKING", "FRICTION LOCK", "KEYED", "POLARIZED", "RIGHT ANGLE", "R A", "RA", "HORIZONTAL",
                "SMD", "SMT", "SURFACE MOUNT", "USB", "RJ45", "HDMI", "D SUB", "DSUB", "TERMINAL", "SCREW", "JST",
                "MOLEX", "HIROSE", "WIRE TO BOARD", "FPC", "FFC", "CARD", "EDGE", "PRESS FIT", "SHUNT", "SWISS",
                "MACHINED", "IC SOCKET", "DIP SOCKET", "ZIF", "AUDIO", "JACK", "BARREL", "COAX", "SMA", "SMB", "BNC",
                "U FL", "PLUG", "TOP BOTTOM", "COUNTER CLOCKWISE"));
        SCOPED_OTHER.put(PartFamily.FERRITE_BEAD, words("CORE", "SLEEVE", "CLAMP", "CABLE", "SPLIT", "TOROID",
                "RING", "SNAP"));
    }

    private static final Keywords NON_POLAR = words("CER", "CERAMIC", "MLCC", "X7R", "X5R", "X7S", "X6S", "X8R",
            "C0G", "COG", "NP0", "NPO", "Y5V", "Z5U", "U2J", "NP", "NON POLAR", "NONPOLAR", "NON POLARIZED");
    private static final Keywords POLAR_MODIFIER = words("POLARIZED", "POLARISED", "POL", "ELECTROLYTIC", "ELEC",
            "ALUM", "ALUMINUM", "ALUMINIUM", "POLYMER", "TANT", "TANTALUM", "CP");
    private static final Keywords ZENER = words("ZENER", "ZD", "DZ");
    private static final Keywords SCHOTTKY = words("SCHOTTKY", "SBD");
    private static final Keywords TVS = words("TVS", "TRANSIENT", "SUPPRESSOR", "TRANSIL", "TRANSZORB");
    private static final Keywords BIDIRECTIONAL = words("BIDIRECTIONAL", "BI DIRECTIONAL", "BIDIR", "BI DIR");
    private static final Keywords UNIDIRECTIONAL = words("UNIDIRECTIONAL", "UNI DIRECTIONAL", "UNIDIR", "UNI DIR");
    private static final Keywords STANDARD_DIODE = words("GEN PURP", "GENERAL PURPOSE", "STANDARD RECOVERY",
            "FAST RECOVERY", "ULTRAFAST", "ULTRA FAST", "SUPERFAST", "SUPER FAST");
    private static final List<Keywords> DIODE_WORDS = List.of(ZENER, SCHOTTKY, TVS, STANDARD_DIODE, BIDIRECTIONAL,
            UNIDIRECTIONAL);
    private static final Keywords FEMALE = words("RCPT", "RECEPTACLE", "SOCKET", "FEMALE", "PINSOCKET");
    private static final Keywords MALE = words("HEADER", "HDR", "MALE", "PINHEADER", "PIN HEADER");
    private static final Keywords VERTICAL = words("VERT", "VERTICAL", "STRAIGHT");
    /** The word lists whose presence {@link TextFacts} records as one bit each. */
    private static final List<Keywords> FLAG_WORDS = List.of(ZENER, SCHOTTKY, TVS, STANDARD_DIODE, BIDIRECTIONAL,
            UNIDIRECTIONAL, FEMALE, MALE, VERTICAL);
    /** Every word list above, searched in one pass per text. */
    private static final KeywordIndex KEYWORDS = keywordIndex();
    private static final Pattern POSITIONS = Pattern.compile("\\b(\\d{1,2}) ?(?:POS|POSITIONS?|PINS?|WAY)\\b");
    private static final Pattern ROWS = Pattern.compile("\\b(?:(\\d) ?ROWS?|(SINGLE|DUAL|DOUBLE) ROW)\\b");
    private static final Pattern PITCH = Pattern.compile("\\b(2\\.54|2\\.00|2\\.0|2|1\\.27|1\\.00|1\\.0) ?MM\\b"
            + "|(?<![\\d.])(0?\\.1(?:00)?)(?: ?(?:IN|INCH)\\b|\"|(?=\\s|$))|\\b(100|50|79) ?MIL\\b");
    private static final Pattern CONNECTOR_GRID = Pattern.compile("\\b(?:CONN|HEADER|HDR|PINHEADER) ?\\d{1,2} ?X ?\\d{1,2}");
    private static final Pattern LIBREF_GRID = Pattern.compile("\\b(?:CONN|HEADER|HDR)[ ]?(\\d{1,2}) ?X ?(\\d{1,2})(?: ?([A-Z]+))?\\b");
    private static final Pattern LIBREF_HEADER = Pattern.compile("^HEADER (\\d{1,2})$");
    private static final Pattern VALUE_TOKEN = Pattern.compile(
            "\\d+(?:[.,]\\d+)?(?:[PNUMK\u039C]?F|[PNUMK\u039C]?H|R\\d*|K\\d*|M\\d*|OHMS?|[KM]?OHMS?|V|W|%)?|\\d+[RKM]\\d+");
    private static final Set<String> LIBREF_MODIFIERS = Set.of("SMALL", "US", "EU", "IEC", "SMD", "CHIP", "GENERIC",
            "STD", "DEFAULT", "STANDARD", "NP", "NONPOL");
    private static final Map<String, PartFamily> LIBREF_LETTERS = Map.of("R", PartFamily.RESISTOR,
            "C", PartFamily.CAPACITOR, "CP", PartFamily.CAPACITOR_POLARIZED, "L", PartFamily.INDUCTOR,
            "D", PartFamily.DIODE, "Y", PartFamily.CRYSTAL, "Q", PartFamily.TRANSISTOR, "U", PartFamily.IC,
            "FB", PartFamily.FERRITE_BEAD, "LED", PartFamily.LED);
    private static final Pattern DESIGNATOR = Pattern.compile("^\\s*([A-Za-z]+)");
    private static final Pattern TOKEN_SEPARATORS = Pattern.compile("[ .]+");
    private static final Memo<String, TextFacts> FACTS = new Memo<>(100_000, TextFacts::of);

    private static final Set<PartFamily> PASSIVES = EnumSet.of(PartFamily.RESISTOR, PartFamily.CAPACITOR,
            PartFamily.CAPACITOR_POLARIZED, PartFamily.INDUCTOR, PartFamily.FERRITE_BEAD, PartFamily.LED,
            PartFamily.DIODE, PartFamily.CRYSTAL, PartFamily.CONNECTOR);

    /** Classifies a part; {@code footprintHint} is what the footprint name allows (empty: says nothing). */
    public Classification classify(PartTexts texts, Set<PartFamily> footprintHint, String footprintName) {
        List<String> evidence = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Scan scan = new Scan();
        Reading libraryRef = scan.strong("Library Ref", texts.libraryRef(), true, evidence);
        Reading description = scan.strong("Description", texts.description(), false, evidence);
        Reading category = scan.strong("Category", texts.category(), false, evidence);
        Reading table = scan.table(texts.table(), evidence);

        Reading strong = Reading.union(List.of(libraryRef, description, category));
        PartFamily family = reduce(strong, problems);
        if (family != null && problems.isEmpty()) {
            checkDescriptionNotMoreGeneral(family, description, problems);
        }
        Set<PartFamily> tableFamilies = tableFamilies(table);
        boolean certain = family != null && family != PartFamily.OTHER;
        if (family != null && problems.isEmpty() && tableFamilies.size() == 1) {
            PartFamily refined = refine(family, tableFamilies.iterator().next(), strong.nonPolar);
            if (refined != family) {
                evidence.add("the table makes the " + family.label() + " a " + refined.label());
                family = refined;
            }
        }
        if (family == null && problems.isEmpty()) {
            if (tableFamilies.size() == 1) {
                family = tableFamilies.iterator().next();
            } else if (!table.others.isEmpty()) {
                family = PartFamily.OTHER;
            }
        } else if (family != null && !tableFamilies.isEmpty() && !compatible(family, tableFamilies)) {
            problems.add("the table " + texts.table().trim() + " is for " + labels(tableFamilies) + ", the texts say "
                    + family.label());
        }

        Set<PartFamily> designatorFamilies = designatorFamilies(texts.designator());
        if (!designatorFamilies.isEmpty()) {
            evidence.add("Designator=" + texts.designator().trim() + " → " + labels(designatorFamilies));
        }
        if (!footprintHint.isEmpty() && footprintName != null) {
            evidence.add("Footprint Ref=" + footprintName + " is named for " + labels(footprintHint));
        }
        if (family == null && problems.isEmpty()) {
            Set<PartFamily> weak = EnumSet.allOf(PartFamily.class);
            int sources = 0;
            for (Set<PartFamily> source : List.of(designatorFamilies, footprintHint)) {
                if (!source.isEmpty()) {
                    weak.retainAll(source);
                    sources++;
                }
            }
            if (sources > 0 && weak.size() == 1) {
                family = weak.iterator().next();
            }
        } else if (family != null) {
            if (!designatorFamilies.isEmpty() && !compatible(family, designatorFamilies)) {
                problems.add("Designator " + texts.designator().trim() + " is for " + labels(designatorFamilies)
                        + ", the texts say " + family.label());
            }
            if (!footprintHint.isEmpty() && !compatible(family, footprintHint)) {
                problems.add("Footprint Ref " + footprintName + " is named for " + labels(footprintHint)
                        + ", the texts say " + family.label());
            }
            if (!certain) {
                certain = countSpecific(family, tableFamilies, designatorFamilies, footprintHint) >= 2;
            }
        }

        String otherReason = null;
        if (family != null && family != PartFamily.OTHER && problems.isEmpty()) {
            String hit = SCOPED_OTHER.containsKey(family) ? scan.firstScopedHit(family) : null;
            if (hit != null) {
                otherReason = family.label() + " of a kind not mapped (" + hit.toLowerCase(Locale.ROOT) + ")";
                family = PartFamily.OTHER;
            }
        }
        if (family == PartFamily.OTHER && otherReason == null) {
            Set<String> reasons = strong.others.isEmpty() ? table.others : strong.others;
            otherReason = reasons.isEmpty() ? "not mapped" : String.join(", ", reasons);
        }

        DiodeKind diodeKind = null;
        if (family == PartFamily.DIODE && problems.isEmpty()) {
            diodeKind = diodeKind(scan, problems);
            if (diodeKind == null && problems.isEmpty()) {
                otherReason = "TVS diode of unknown or single direction (KiCad 6 has only a bidirectional TVS symbol)";
                family = PartFamily.OTHER;
            }
        }
        PackageSpec connectorFacts = null;
        if (family == PartFamily.CONNECTOR) {
            String numbering = libraryRefNumbering(texts.libraryRef());
            if (numbering != null) {
                otherReason = "connector symbol with " + numbering + " pin numbering";
                family = PartFamily.OTHER;
            } else {
                connectorFacts = connectorFacts(scan, texts.libraryRef(), problems);
            }
        }
        return new Classification(family, diodeKind, certain && problems.isEmpty(), connectorFacts, otherReason,
                evidence, problems);
    }

    /** The one family the strong texts name, OTHER if they name something unmapped, null if nothing. */
    private static PartFamily reduce(Reading strong, List<String> problems) {
        Set<PartFamily> named = strong.families;
        if (named.isEmpty() && strong.others.isEmpty()) {
            return null;
        }
        if (named.contains(PartFamily.IC)) {
            return PartFamily.IC;
        }
        if (named.contains(PartFamily.TRANSISTOR)) {
            return PartFamily.TRANSISTOR;
        }
        if (!strong.others.isEmpty()) {
            return PartFamily.OTHER;
        }
        Set<PartFamily> families = specific(named, strong.polarModifier);
        if (families.contains(PartFamily.CAPACITOR_POLARIZED) && strong.nonPolar) {
            problems.add("the texts call the capacitor both polarized and non-polarized (ceramic)");
            return null;
        }
        if (families.size() > 1) {
            problems.add("the texts name different kinds of part: " + labels(families));
            return null;
        }
        return families.iterator().next();
    }

    /**
     * A distributor description names the kind of part precisely: if it says only "inductor" or "diode" while
     * the symbol says ferrite bead or LED, the two disagree (a symbol saying "inductor" for a bead is common,
     * the reverse is not).
     */
    private static void checkDescriptionNotMoreGeneral(PartFamily family, Reading description, List<String> problems) {
        Set<PartFamily> said = specific(description.families, description.polarModifier);
        if (family == PartFamily.FERRITE_BEAD && said.equals(Set.of(PartFamily.INDUCTOR))
                || family == PartFamily.LED && said.equals(Set.of(PartFamily.DIODE))) {
            problems.add("the Description says " + said.iterator().next().label() + ", other texts say "
                    + family.label());
        }
    }

    /** Drops the general family where a more specific one is named: tantalum capacitor, ferrite bead, LED. */
    private static Set<PartFamily> specific(Set<PartFamily> named, boolean polarModifier) {
        Set<PartFamily> families = named.isEmpty() ? EnumSet.noneOf(PartFamily.class) : EnumSet.copyOf(named);
        if (families.contains(PartFamily.CAPACITOR) && polarModifier) {
            families.add(PartFamily.CAPACITOR_POLARIZED);
        }
        if (families.contains(PartFamily.CAPACITOR_POLARIZED)) {
            families.remove(PartFamily.CAPACITOR);
        }
        if (families.contains(PartFamily.FERRITE_BEAD)) {
            families.remove(PartFamily.INDUCTOR);
        }
        if (families.contains(PartFamily.LED)) {
            families.remove(PartFamily.DIODE);
        }
        return families;
    }

    /** A table name may list several families ("Diodes & LEDs"); only the polarized refinement applies within it. */
    private static Set<PartFamily> tableFamilies(Reading table) {
        Set<PartFamily> families = table.families.isEmpty() ? EnumSet.noneOf(PartFamily.class)
                : EnumSet.copyOf(table.families);
        if (families.contains(PartFamily.CAPACITOR) && table.polarModifier && !table.nonPolar) {
            families.remove(PartFamily.CAPACITOR);
            families.add(PartFamily.CAPACITOR_POLARIZED);
        }
        return families;
    }

    /** The strong texts' family made more specific by the table's, e.g. a capacitor in a tantalum table. */
    private static PartFamily refine(PartFamily family, PartFamily table, boolean nonPolar) {
        if (family == PartFamily.CAPACITOR && table == PartFamily.CAPACITOR_POLARIZED && !nonPolar
                || family == PartFamily.INDUCTOR && table == PartFamily.FERRITE_BEAD
                || family == PartFamily.DIODE && table == PartFamily.LED) {
            return table;
        }
        return family;
    }

    private static DiodeKind diodeKind(Scan scan, List<String> problems) {
        Set<String> kinds = new LinkedHashSet<>();
        if (scan.anyWithTable(ZENER)) {
            kinds.add("Zener");
        }
        if (scan.anyWithTable(SCHOTTKY)) {
            kinds.add("Schottky");
        }
        if (scan.anyWithTable(TVS)) {
            kinds.add("TVS");
        }
        if (scan.anyWithTable(STANDARD_DIODE)) {
            kinds.add("general-purpose");
        }
        if (kinds.size() > 1) {
            problems.add("the texts call the diode " + String.join(" and ", kinds));
            return null;
        }
        if (kinds.contains("Zener")) {
            return DiodeKind.ZENER;
        }
        if (kinds.contains("Schottky")) {
            return DiodeKind.SCHOTTKY;
        }
        if (kinds.contains("TVS")) {
            return scan.anyWithTable(BIDIRECTIONAL) && !scan.anyWithTable(UNIDIRECTIONAL) ? DiodeKind.TVS_BIDIRECTIONAL : null;
        }
        return DiodeKind.STANDARD;
    }

    private static PackageSpec connectorFacts(Scan scan, String libraryRef, List<String> problems) {
        PackageSpec facts = PackageSpec.of(PackageKind.PIN_HEADER);
        boolean female = scan.any(FEMALE);
        boolean male = scan.any(MALE);
        if (female) {
            facts = facts.withFlag(PackageFlag.FEMALE);
        } else if (male) {
            facts = facts.withFlag(PackageFlag.MALE);
        }
        if (scan.any(VERTICAL)) {
            facts = facts.withFlag(PackageFlag.VERTICAL);
        }
        for (String text : scan.texts) {
            Matcher positions = find(POSITIONS, text, "POS", "PIN", "WAY");
            if (positions != null) {
                facts = mergeFact(facts, facts.withPins(Integer.parseInt(positions.group(1))), problems);
            }
            Matcher rows = find(ROWS, text, "ROW");
            if (rows != null) {
                int count = rows.group(1) != null ? Integer.parseInt(rows.group(1))
                        : rows.group(2).equals("SINGLE") ? 1 : 2;
                facts = mergeFact(facts, facts.withRows(count), problems);
            }
            Matcher pitch = find(PITCH, text, "MM", ".1", "MIL");
            if (pitch != null) {
                double value = pitch.group(1) != null ? Double.parseDouble(pitch.group(1))
                        : pitch.group(2) != null ? 2.54
                        : Math.round(Integer.parseInt(pitch.group(3)) * 0.0254 * 100) / 100.0;
                facts = mergeFact(facts, facts.withPitch(value), problems);
            }
        }
        if (libraryRef != null) {
            String ref = normalize(libraryRef);
            Matcher grid = LIBREF_GRID.matcher(ref);
            Matcher header = LIBREF_HEADER.matcher(ref);
            if (grid.find()) {
                int a = Integer.parseInt(grid.group(1));
                int b = Integer.parseInt(grid.group(2));
                facts = mergeFact(facts, facts.withPins(a * b).withRows(Math.min(a, b)), problems);
            } else if (header.find()) {
                facts = mergeFact(facts, facts.withPins(Integer.parseInt(header.group(1))).withRows(1), problems);
            }
        }
        return facts;
    }

    /** The first match of {@code pattern} in {@code text}, or null; it cannot match without one of {@code needed}. */
    private static Matcher find(Pattern pattern, String text, String... needed) {
        for (String word : needed) {
            if (text.contains(word)) {
                Matcher m = pattern.matcher(text);
                return m.find() ? m : null;
            }
        }
        return null;
    }

    /** A symbol name such as {@code Header 5X2A} or {@code Conn_02x05_Top_Bottom}: not odd/even numbering. */
    private static String libraryRefNumbering(String libraryRef) {
        if (libraryRef == null) {
            return null;
        }
        Matcher grid = LIBREF_GRID.matcher(normalize(libraryRef));
        if (!grid.find() || grid.group(3) == null) {
            return null;
        }
        String suffix = grid.group(3);
        int rows = Math.min(Integer.parseInt(grid.group(1)), Integer.parseInt(grid.group(2)));
        return rows < 2 || Set.of("ODD", "MALE", "FEMALE", "PIN", "PINS", "P").contains(suffix)
                ? null : "'" + suffix.toLowerCase(Locale.ROOT) + "'";
    }

    private static PackageSpec mergeFact(PackageSpec facts, PackageSpec refined, List<String> problems) {
        Optional<String> conflict = facts.conflictWith(refined);
        if (conflict.isPresent()) {
            problems.add("the texts disagree about the connector: " + conflict.get());
            return facts;
        }
        return facts.merge(refined);
    }

    private static Set<PartFamily> designatorFamilies(String designator) {
        if (designator == null) {
            return Set.of();
        }
        Matcher m = DESIGNATOR.matcher(designator);
        if (!m.find()) {
            return Set.of();
        }
        return switch (m.group(1).toUpperCase(Locale.ROOT)) {
            case "R" -> Set.of(PartFamily.RESISTOR);
            case "C" -> EnumSet.of(PartFamily.CAPACITOR, PartFamily.CAPACITOR_POLARIZED);
            case "CP" -> Set.of(PartFamily.CAPACITOR_POLARIZED);
            case "L" -> EnumSet.of(PartFamily.INDUCTOR, PartFamily.FERRITE_BEAD);
            case "FB", "FL", "E" -> Set.of(PartFamily.FERRITE_BEAD);
            case "D", "CR", "V" -> EnumSet.of(PartFamily.DIODE, PartFamily.LED);
            case "Z", "ZD" -> Set.of(PartFamily.DIODE);
            case "LED", "DS", "LD" -> Set.of(PartFamily.LED);
            case "Y", "XTAL", "XT" -> Set.of(PartFamily.CRYSTAL);
            case "X" -> EnumSet.of(PartFamily.CRYSTAL, PartFamily.CONNECTOR);
            case "J", "P", "CN", "CON", "JP", "HDR" -> Set.of(PartFamily.CONNECTOR);
            case "Q", "T", "TR" -> Set.of(PartFamily.TRANSISTOR);
            case "U", "IC" -> Set.of(PartFamily.IC);
            case "F", "FU", "RN", "RA", "RP", "RR", "RT", "TH", "NTC", "PTC", "RV", "VR", "POT", "SW", "S", "K", "BT",
                    "TP", "MOV" -> Set.of(PartFamily.OTHER);
            default -> Set.of();
        };
    }

    private static boolean compatible(PartFamily family, Set<PartFamily> allowed) {
        if (family == PartFamily.OTHER || family == PartFamily.IC || family == PartFamily.TRANSISTOR) {
            return true;
        }
        return allowed.contains(family)
                || family == PartFamily.CAPACITOR_POLARIZED && allowed.contains(PartFamily.CAPACITOR)
                || family == PartFamily.FERRITE_BEAD && allowed.contains(PartFamily.INDUCTOR)
                || family == PartFamily.LED && allowed.contains(PartFamily.DIODE);
    }

    private static int countSpecific(PartFamily family, Set<PartFamily> medium, Set<PartFamily> designator,
                                     Set<PartFamily> footprint) {
        int count = 0;
        for (Set<PartFamily> source : List.of(medium, designator, footprint)) {
            if (source.size() == 1 && source.contains(family)) {
                count++;
            }
        }
        return count;
    }

    private static String labels(Set<PartFamily> families) {
        List<String> out = new ArrayList<>();
        for (PartFamily family : families) {
            out.add(family.label());
        }
        return String.join(" or ", out);
    }

    static String normalize(String text) {
        return text.toUpperCase(Locale.ROOT).replace('_', ' ').replace('-', ' ').replace('/', ' ')
                .replace(',', ' ').replace('(', ' ').replace(')', ' ').trim();
    }

    private static KeywordIndex keywordIndex() {
        List<Keywords> lists = new ArrayList<>(FAMILY_WORDS.values());
        lists.addAll(GLOBAL_OTHER.values());
        lists.addAll(SCOPED_OTHER.values());
        lists.addAll(FLAG_WORDS);
        lists.addAll(List.of(NON_POLAR, POLAR_MODIFIER));
        return new KeywordIndex(lists);
    }

    private static Keywords words(String... words) {
        return new Keywords(words);
    }

    /** What one text said: families, unmapped kinds, capacitor polarity words. */
    private static final class Reading {
        final Set<PartFamily> families = EnumSet.noneOf(PartFamily.class);
        final Set<String> others = new LinkedHashSet<>();
        boolean nonPolar;
        boolean polarModifier;

        static Reading union(List<Reading> readings) {
            Reading out = new Reading();
            for (Reading r : readings) {
                out.families.addAll(r.families);
                out.others.addAll(r.others);
                out.nonPolar |= r.nonPolar;
                out.polarModifier |= r.polarModifier;
            }
            return out;
        }
    }

    /**
     * The keyword hits of one text, normalized ({@link #normalize}): its families ({@code letterFamily}: what it
     * names as a Library Ref of one letter and modifiers, {@code R}, {@code C 0603}), unmapped kinds, polarity words,
     * the first word of each family's {@link #SCOPED_OTHER} kinds, and which {@link #FLAG_WORDS} it contains (bit i
     * of {@code flags} for the i-th). Memoized per raw text ({@link #FACTS}); immutable.
     */
    private record TextFacts(String text, Set<PartFamily> families, PartFamily letterFamily, boolean nonPolar,
                             boolean polarModifier, Set<String> others, Map<PartFamily, String> scopedHits,
                             int flags) {

        static TextFacts of(String raw) {
            String text = normalize(raw);
            KeywordIndex.Hits hits = KEYWORDS.search(KeywordText.of(text));
            Map<PartFamily, String> scopedHits = new EnumMap<>(PartFamily.class);
            SCOPED_OTHER.forEach((family, words) -> {
                String hit = hits.first(words);
                if (hit != null) {
                    scopedHits.put(family, hit);
                }
            });
            int flags = 0;
            for (int i = 0; i < FLAG_WORDS.size(); i++) {
                if (hits.has(FLAG_WORDS.get(i))) {
                    flags |= 1 << i;
                }
            }
            return new TextFacts(text, Collections.unmodifiableSet(Scan.familiesIn(text, hits)),
                    Scan.letterFamily(text), hits.has(NON_POLAR), hits.has(POLAR_MODIFIER),
                    Collections.unmodifiableSet(Scan.othersIn(hits)),
                    scopedHits.isEmpty() ? Map.of() : Collections.unmodifiableMap(scopedHits), flags);
        }

        /** Whether the text contains one of {@code words}, one of the {@link #FLAG_WORDS}. */
        boolean has(Keywords words) {
            return (flags & 1 << FLAG_WORDS.indexOf(words)) != 0;
        }
    }

    /**
     * The keyword hits of one part's texts. {@link #texts} keeps the strong texts for the detail checks (kinds not
     * mapped, connector facts); the table name, which often groups kinds ("Headers &amp; Terminal Blocks"), only
     * joins them for the diode kind ({@link #withTable}).
     */
    private static final class Scan {
        final List<String> texts = new ArrayList<>(4);
        final List<TextFacts> strongFacts = new ArrayList<>(4);
        final List<TextFacts> withTable = new ArrayList<>(4);

        Reading strong(String column, String raw, boolean libraryRef, List<String> evidence) {
            return read(column, raw, libraryRef, true, evidence);
        }

        Reading table(String raw, List<String> evidence) {
            return read("table", raw, false, false, evidence);
        }

        private Reading read(String column, String raw, boolean libraryRef, boolean strong, List<String> evidence) {
            Reading reading = new Reading();
            if (raw == null || raw.isBlank()) {
                return reading;
            }
            TextFacts facts = FACTS.apply(raw);
            if (strong) {
                texts.add(facts.text());
                strongFacts.add(facts);
            }
            withTable.add(facts);
            reading.families.addAll(facts.families());
            if (libraryRef && facts.letterFamily() != null) {
                reading.families.add(facts.letterFamily());
            }
            reading.nonPolar = facts.nonPolar();
            reading.polarModifier = facts.polarModifier();
            reading.others.addAll(facts.others());
            describe(column, raw, reading, evidence);
            return reading;
        }

        /** Whether a strong text contains one of {@code words}, one of the {@link #FLAG_WORDS}. */
        boolean any(Keywords words) {
            return any(strongFacts, words);
        }

        /** Whether a strong text or the table name contains one of {@code words}, one of the {@link #FLAG_WORDS}. */
        boolean anyWithTable(Keywords words) {
            return any(withTable, words);
        }

        private static boolean any(List<TextFacts> facts, Keywords words) {
            for (TextFacts f : facts) {
                if (f.has(words)) {
                    return true;
                }
            }
            return false;
        }

        /** The first word of {@code family}'s unmapped kinds ({@link #SCOPED_OTHER}) in the strong texts, or null. */
        String firstScopedHit(PartFamily family) {
            for (TextFacts facts : strongFacts) {
                String hit = facts.scopedHits().get(family);
                if (hit != null) {
                    return hit;
                }
            }
            return null;
        }

        private static Set<PartFamily> familiesIn(String text, KeywordIndex.Hits hits) {
            Set<PartFamily> found = EnumSet.noneOf(PartFamily.class);
            for (Map.Entry<PartFamily, Keywords> e : FAMILY_WORDS.entrySet()) {
                if (hits.has(e.getValue())) {
                    found.add(e.getKey());
                }
            }
            if (found.contains(PartFamily.CAPACITOR_POLARIZED)) {
                found.remove(PartFamily.CAPACITOR);
            }
            if (mayNameGrid(text) && CONNECTOR_GRID.matcher(text).find()) {
                found.add(PartFamily.CONNECTOR);
            }
            return found;
        }

        /** Whether {@code text} has one of the words {@link #CONNECTOR_GRID} needs (saves a regex search). */
        private static boolean mayNameGrid(String text) {
            return text.contains("CONN") || text.contains("HEADER") || text.contains("HDR");
        }

        private static Set<String> othersIn(KeywordIndex.Hits hits) {
            Set<String> found = new LinkedHashSet<>();
            for (Map.Entry<String, Keywords> e : GLOBAL_OTHER.entrySet()) {
                String hit = hits.first(e.getValue());
                if (hit != null) {
                    found.add(e.getKey() + " (" + hit.toLowerCase(Locale.ROOT) + ")");
                }
            }
            return found;
        }

        private static PartFamily letterFamily(String text) {
            int end = 0;
            while (end < text.length() && text.charAt(end) != ' ' && text.charAt(end) != '.') {
                end++;
            }
            if (end > 0 && !LIBREF_LETTERS.containsKey(text.substring(0, end))) {
                return null; // the first token, as split() would cut it: saves the split of most texts
            }
            String[] tokens = TOKEN_SEPARATORS.split(text);
            if (tokens.length == 0) {
                return null; // only separators, e.g. "." or ". ."
            }
            PartFamily family = LIBREF_LETTERS.get(tokens[0]);
            if (family == null) {
                return null;
            }
            for (int i = 1; i < tokens.length; i++) {
                String token = tokens[i];
                if (!LIBREF_MODIFIERS.contains(token) && !VALUE_TOKEN.matcher(token).matches()
                        && !(family == PartFamily.CAPACITOR && POLAR_MODIFIER.matchesWhole(token))) {
                    return null;
                }
            }
            return family;
        }

        private static void describe(String column, String raw, Reading reading, List<String> evidence) {
            if (reading.families.isEmpty() && reading.others.isEmpty()) {
                return;
            }
            List<String> what = new ArrayList<>();
            for (PartFamily family : specific(reading.families, reading.polarModifier)) {
                what.add(family.label());
            }
            what.addAll(reading.others);
            evidence.add(column + "=" + raw.trim() + " → " + String.join(", ", what));
        }
    }
}
