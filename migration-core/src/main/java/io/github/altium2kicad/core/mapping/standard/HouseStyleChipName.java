package io.github.altium2kicad.core.mapping.standard;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the chip size out of house-style footprint names, where the size code sits among other words:
 * {@code YAGEO RES 0402_1005}, {@code CAP 1206_3216 - 0.8MM}, {@code IND 1008_2520 RF WW}, {@code LED 0805_2012 RED},
 * {@code FER 0603_1608}, {@code MURATA GRM31M 1206_3216}, {@code 0603_R}, {@code 0805_C}, a series code carrying the
 * size ({@code CSR1206}).
 *
 * <p>Every other word is classified: harmless words (makers, a series right after a maker, heights, colours,
 * {@code RF}, {@code WW}, {@code HV}, tolerances, dielectrics, {@code SMD}) are skipped; a word that changes the
 * footprint (array, network, {@code x2}/{@code 4X}, dual, side view, right angle, reverse mount, pin counts,
 * convex/concave terminals, hand soldering) makes the name {@link PackageReading#inconsistent() inconsistent}; any
 * other word leaves it {@link PackageReading#unrecognized(String) unrecognized} with that word named. A size code
 * inside a series code ({@code CSR1206}) or a lone 0402/0603 is read {@link PackageReading#byConvention() by
 * convention}: it needs a package text or the description to confirm it.
 */
final class HouseStyleChipName {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s_,;]+|(?<![0-9.])-|-(?![0-9])");
    private static final Pattern CODE = Pattern.compile("\\d{4,5}");
    private static final Pattern FAMILY_AND_CODE = Pattern.compile("(?<fam>R|RES|C|CAP|L|IND|FB|LED|D|CR|CC|CL)(?<code>\\d{4,5})");
    private static final Pattern SERIES_AND_CODE = Pattern.compile("(?<series>[A-Z]{2,5})(?<code>\\d{4})");
    private static final Pattern SERIES = Pattern.compile("[A-Z]{1,5}\\d{1,4}[A-Z]{0,3}\\d?");
    private static final Pattern HEIGHT = Pattern.compile("(?:H|T|HT)?\\d+(?:\\.\\d+)?MM|(?:H|T)\\d+(?:\\.\\d+)?");
    private static final Pattern TOLERANCE = Pattern.compile("\\d+(?:\\.\\d+)?%");
    private static final Pattern PIN_COUNT = Pattern.compile("\\d{1,2}(?:P|PIN|PINS|PAD|PADS|L|LEAD)|X\\d|\\d+X|\\d+R");

    private static final Set<String> FAMILY_WORDS = Set.of("R", "RES", "RESISTOR", "C", "CAP", "CAPACITOR", "L", "IND",
            "INDUCTOR", "LED", "D", "DIODE", "FB", "FER", "FERRITE", "BEAD", "CR", "CC", "CL");
    /** Makers' names as they open house footprint names ({@code YAGEO RES 0402_1005}). */
    static final Set<String> VENDORS = Set.of("YAGEO", "MURATA", "KEMET", "TDK", "VISHAY", "DALE", "PANASONIC",
            "SAMSUNG", "AVX", "KYOCERA", "BOURNS", "STACKPOLE", "ROHM", "KOA", "LITEON", "LITE", "ON", "WURTH", "WE",
            "TAIYO", "YUDEN", "SUNLORD", "UNIROYAL", "WALSIN", "FENGHUA", "OSRAM", "KINGBRIGHT", "SEMTECH", "COILCRAFT",
            "JOHANSON", "SUSUMU", "TE", "NICHICON", "EPCOS", "LAIRD", "STEWARD", "CHILISIN", "VIKING", "RALEC", "TAI",
            "HOKURIKU", "TOSHIBA", "NEXPERIA", "DIODES", "INC", "NXP", "INFINEON", "LITTELFUSE", "ONSEMI", "ABRACON", "EPSON", "NDK", "TXC", "JST",
            "MOLEX", "SAMTEC", "AMPHENOL", "HIROSE", "TI", "ADI", "ST", "MICROCHIP", "MAXIM", "RENESAS", "KEC", "MCC",
            "CENTRAL", "FAIRCHILD", "PROTEK");
    private static final Set<String> HARMLESS = Set.of("SMD", "SMT", "SM", "CHIP", "RF", "WW", "HV", "MLCC", "CER",
            "CERAMIC", "THICK", "THIN", "FILM", "METAL", "POWER", "PWR", "HIGH", "STD", "STANDARD", "GP", "GENERAL",
            "X7R", "X5R", "X6S", "X7S", "X8R", "NP0", "NPO", "C0G", "COG", "Y5V", "Z5U", "RED", "GREEN", "BLUE",
            "YELLOW", "WHITE", "ORANGE", "AMBER", "CLEAR", "WATER", "IR", "UV", "PINK", "PURPLE", "METRIC", "IMPERIAL",
            "MET", "IMP", "INCH", "MM", "PRECISION", "ANTISULFUR", "AEC", "Q200", "AUTO", "AUTOMOTIVE", "PULSE",
            "CURRENT", "SENSE", "SHUNT", "LOW", "ESR", "ESL", "MULTILAYER", "WIREWOUND", "NOM", "NOMINAL");
    private static final Set<String> FOOTPRINT_CHANGING = Set.of("ARRAY", "ARR", "NETWORK", "NET", "DUAL", "QUAD",
            "SIDE", "SIDEVIEW", "SIDELED", "RA", "RIGHT", "ANGLE", "ANGLED", "REVERSE", "REV", "RVS", "CONVEX",
            "CONCAVE", "HAND", "HS", "HANDSOLDER", "HANDSOLDERING", "WAVE", "REFLOW", "BIG", "SMALL", "LONG", "WIDE",
            "NARROW", "LARGE", "MINI", "MICRO", "PADS", "PAD", "PIN", "PINS", "NO", "3D", "TOP", "BOTTOM", "BOT",
            "RGB", "BICOLOR", "BI", "TRI", "4TERM", "KELVIN", "FEEDTHROUGH", "FEED", "THROUGH", "THT", "TH",
            "ARRAYS", "IPC",
            "DENSITY", "L", "M", "N", "NOMINALPAD");

    private HouseStyleChipName() {
    }

    /** The chip size the name gives, or unrecognized (with a note) for a name in no house style of chip passives. */
    static PackageReading read(String footprintRef) {
        String upper = footprintRef.toUpperCase(Locale.ROOT).strip();
        List<String> words = new ArrayList<>();
        for (String word : SEPARATORS.split(upper)) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        List<ChipSize> sizes = new ArrayList<>();
        boolean convention = true;
        boolean fromSeries = false;
        String family = null;
        List<String> unknown = new ArrayList<>();
        String changing = null;
        boolean afterVendor = false;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            boolean vendor = VENDORS.contains(word);
            Matcher m;
            if (CODE.matcher(word).matches()) {
                String next = i + 1 < words.size() ? words.get(i + 1) : null;
                Optional<ChipSize> pair = next == null ? Optional.empty() : pair(word, next);
                if (pair.isPresent()) {
                    sizes.add(pair.get());
                    convention = false;
                    i++;
                } else if (ChipSize.either(word).isPresent()) {
                    sizes.add(ChipSize.either(word).get());
                    convention &= ChipSize.ambiguous(word);
                } else {
                    unknown.add(word);
                }
            } else if (FAMILY_WORDS.contains(word) && !(word.equals("L") && family != null)) {
                family = family == null ? word : family;
            } else if ((m = FAMILY_AND_CODE.matcher(word)).matches() && ChipSize.either(m.group("code")).isPresent()) {
                family = family == null ? m.group("fam") : family;
                sizes.add(ChipSize.either(m.group("code")).get());
                convention &= ChipSize.ambiguous(m.group("code"));
            } else if ((m = SERIES_AND_CODE.matcher(word)).matches() && ChipSize.imperial(m.group("code")).isPresent()) {
                sizes.add(ChipSize.imperial(m.group("code")).get());
                fromSeries = true;
            } else if (vendor || HARMLESS.contains(word) || HEIGHT.matcher(word).matches()
                    || TOLERANCE.matcher(word).matches() || afterVendor && SERIES.matcher(word).matches()) {
                // a maker, its series, a height, a colour, a dielectric: the same footprint
                afterVendor = vendor || afterVendor && SERIES.matcher(word).matches();
                continue;
            } else if (FOOTPRINT_CHANGING.contains(word) || PIN_COUNT.matcher(word).matches()) {
                changing = changing == null ? word : changing;
            } else {
                unknown.add(word);
            }
            afterVendor = vendor;
        }
        if (sizes.isEmpty()) {
            return PackageReading.unrecognized();
        }
        ChipSize size = sizes.get(0);
        for (ChipSize other : sizes) {
            if (!other.equals(size)) {
                return PackageReading.inconsistent("the name gives two chip sizes, " + size + " and " + other);
            }
        }
        if (changing != null) {
            return PackageReading.inconsistent("the word '" + changing + "' marks another footprint than a plain "
                    + size.imperial() + " chip (array, dual, side view, hand soldering, pin count …)");
        }
        if (!unknown.isEmpty()) {
            return PackageReading.unrecognized("unknown word '" + unknown.get(0) + "' next to chip size "
                    + size.imperial());
        }
        Set<PartFamily> families = family == null ? Set.of() : familiesOf(family);
        String meaning = "house-style chip " + size + (fromSeries ? " (size read from a series code)" : "");
        PackageSpec spec = PackageSpec.chip(size);
        return fromSeries || convention ? PackageReading.byConvention(spec, families, meaning)
                : PackageReading.of(spec, families, meaning);
    }

    private static Optional<ChipSize> pair(String a, String b) {
        if (!CODE.matcher(b).matches()) {
            return Optional.empty();
        }
        Optional<ChipSize> imperial = ChipSize.imperial(a).filter(s -> s.hasMetricCode(b));
        return imperial.isPresent() ? imperial : ChipSize.metric(a).filter(s -> s.imperial().equals(b));
    }

    private static Set<PartFamily> familiesOf(String word) {
        return switch (word) {
            case "FER", "FERRITE", "BEAD", "FB" -> Set.of(PartFamily.FERRITE_BEAD);
            case "D", "DIODE" -> EnumSet.of(PartFamily.DIODE, PartFamily.LED);
            default -> PackageNameGrammar.chipFamilies(word);
        };
    }
}
