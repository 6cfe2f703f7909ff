package io.github.altium2kicad.core.mapping.standard;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The package names that are not IPC-7351 names, as {@link NameTokens#canonical() canonical token strings}:
 * Altium's ({@code R0603}, {@code SOT-23}, {@code SO-8}, {@code HDR2X5}), house styles ({@code RES 0603_1608},
 * {@code CAP TANT CASE B}, {@code XTAL_3225-4P}), KiCad's ({@code R_0603_1608Metric}, {@code D_SOD-123}) and
 * the segments of DigiKey's package texts ({@code 8-SOIC (0.154", 3.90mm Width)}, {@code DO-214AC}).
 *
 * <p>Every pattern must match the whole name: a name with a word the grammar does not know (a hand-soldering
 * variant it cannot name, {@code _RA}, {@code _3Pin}) is unrecognized, never read as the nearest package.
 */
final class PackageNameGrammar {

    private static final String NUM = "\\d+(?:\\.\\d+)?";

    private static final Pattern CHIP = Pattern.compile(
            "(?:(?<fam>R|RES|RESISTOR|CR|C|CAP|CAPACITOR|CC|L|IND|INDUCTOR|CL|LED|D|DIODE|FB|BEAD|FERRITE) )?"
                    + "(?:(?:SMD|CHIP|SM) )?(?<a>\\d{4,5})(?: (?<b>\\d{4,5}))?(?: (?<sys>METRIC|MET|IMPERIAL|IMP|INCH))?"
                    + "(?: (?:SMD|CHIP))?(?: PAD " + NUM + " X " + NUM + " MM)?"
                    + "(?: (?<hs>HAND|HS|HANDSOLDER|HANDSOLDERING|HAND SOLDER|HAND SOLDERING))?");
    private static final Pattern TANTALUM_SIZE = Pattern.compile(
            "(?:(?:CP|CAP|C|TANT|TANTALUM|TAN|POL|EIA|SMD|CASE|SIZE|CT) )*"
                    + "(?<met>1608|2012|3216|3528|6032|7343|7360|7361|7260|7132) (?<h>\\d{2})"
                    + "(?: (?:KEMET|AVX|VISHAY))?(?: (?<letter>[A-Z]))?(?: PAD " + NUM + " X " + NUM + " MM)?"
                    + "(?: (?<hs>HAND|HS|HANDSOLDER|HANDSOLDERING))?");
    private static final Pattern TANTALUM_LETTER = Pattern.compile(
            "(?<words>(?:(?:CP|CAP|C|TANT|TANTALUM|TAN|POL|SMD|SIZE|CASE|CT|EIA) )+)(?<letter>[A-Z])"
                    + "(?: (?<met>\\d{4})(?: (?<h>\\d{2}))?)?");
    private static final Pattern SOD = Pattern.compile(
            "(?:(?:D|DIODE|DIO) )?SOD (?<n>123|323|523|923|80|110|128)(?: (?<f>F|FL|C))?");
    private static final Pattern MELF = Pattern.compile(
            "(?:(?:D|DIODE|DIO) )?(?<m>MINIMELF|MINI MELF|MICROMELF|MICRO MELF|MELF|LL 34|LL 41|DO 213 AA|DO 213 AB|DO 213 AC)");
    private static final Pattern DO214 = Pattern.compile(
            "(?:(?:D|DIODE|DIO) )?(?:(?<s1>SMA|SMB|SMC)|DO 214 (?<s2>AC|AA|AB))(?: (?<s3>SMA|SMB|SMC))?");
    private static final Pattern SOT = Pattern.compile(
            "(?<sot>SOT 23(?: (?<p23>3|5|6|8))?(?: L)?|SOT (?<p2x>25|26)|TSOT 23 (?<pt>5|6|8)(?: L)?"
                    + "|SOT 323|SC 70(?: 3)?|SC 70 SOT 323|SOT 353|SC 70 5|SC 88 A|SOT 363|SC 70 6|SC 88"
                    + "|SOT 223(?: 4)?|SOT 89(?: (?<p89>3|5))?|SC 59|SOT 346|SOT 523|SOT 563|SOT 553|SOT 543"
                    + "|TO 236(?: 3| AB)?|SOT 753)");
    private static final Pattern TO = Pattern.compile(
            "(?:TO 92(?: 3)?|TO 226(?: AA| 3)?)"
                    + "|(?<to220>TO 220(?: (?<v220>3|2|5|AB|AC))?(?: (?:V|VERT|VERTICAL))?)"
                    + "|(?<to252>(?:TO 252|DPAK)(?: AA| 2)?)"
                    + "|(?<to263>(?:TO 263|D 2 PAK|DDPAK)(?: AB| 2)?)");
    private static final Pattern SO = Pattern.compile(
            "(?:(?<n1>\\d{1,2}) )?(?<fam>SOIC|SO|SOP|SSOP|TSSOP|MSOP|QSOP|VSSOP|HTSSOP|SOW|SOL|SOICW|SOICN)"
                    + "(?: (?<n2>\\d{1,2}))?(?<rest>(?: .*)?)");
    private static final Pattern SO_REST = Pattern.compile(
            "\\G(?: (?<narrow>N|NB|NARROW)| (?<wide>W|WB|WIDE)"
                    + "| (?<ep>1 EP|EXPOSED PAD|THERMAL PAD|POWERPAD|PP|EP(?: " + NUM + " X " + NUM + "(?: MM)?)?)"
                    + "| (?<bw>" + NUM + ") X (?<bl>" + NUM + ")(?: MM)?| P (?<p>" + NUM + ")(?: MM)?"
                    + "| (?:0\\.\\d+ )?(?<w>" + NUM + ") MM WIDTH| (?<p2>" + NUM + ") MM PITCH| MM)");
    private static final Pattern DIP = Pattern.compile(
            "(?:(?<n1>\\d{1,2}) )?(?:DIP|PDIP|DIL|CDIP)(?: (?<n2>\\d{1,2}))?(?<rest>(?: .*)?)");
    private static final Pattern DIP_REST = Pattern.compile(
            "\\G(?: W? ?(?<mm>7\\.62|15\\.24|10\\.16)(?: MM)?| (?<in>0\\.300|0\\.3|300|0\\.600|0\\.6|600|0\\.400|0\\.4|400)(?: MIL)?"
                    + "| (?<narrow>N|NARROW)| (?<wide>W|WIDE)| MM)");
    private static final Pattern QFN = Pattern.compile(
            "(?:(?<n1>\\d{1,3}) )?(?<fam>QFN|VQFN|WQFN|UQFN|VFQFN|WFQFN|UFQFN|HVQFN|TQFN|DFN|VDFN|WDFN|UDFN|TDFN|MLF|MLP|LFCSP|SON|VSON|WSON|USON)"
                    + "(?: (?<n2>\\d{1,3}))?(?<rest>(?: .*)?)");
    private static final Pattern QFP = Pattern.compile(
            "(?:(?<n1>\\d{2,3}) )?(?<fam>LQFP|TQFP|QFP|PQFP|HTQFP)(?: (?<n2>\\d{2,3}))?(?<rest>(?: .*)?)");
    private static final Pattern LEADLESS_REST = Pattern.compile(
            "\\G(?: (?<ep>1 EP|EXPOSED PAD|THERMAL PAD|EP(?: " + NUM + " X " + NUM + "(?: MM)?)?)| (?<noep>NO EP)"
                    + "| (?<bw>" + NUM + ") X (?<bl>" + NUM + ")(?: MM)?| P (?<p>" + NUM + ")(?: MM)?"
                    + "| (?<p2>" + NUM + ") MM PITCH| MM)");
    private static final Pattern HEADER = Pattern.compile(
            "(?<words>(?:(?:HDR|HEADER|PINHEADER|PIN HEADER|PINHD|CONN|CON|CONNECTOR|PIN|PINS|PINSOCKET|PIN SOCKET"
                    + "|SOCKET|SKT|FHDR|RCPT|RECEPTACLE|MALE|FEMALE|STRIP|PINSTRIP|PIN STRIP|SIL) )+)"
                    + "(?:(?<pp>2\\.54|2\\.00|2\\.0|1\\.27) (?:MM )?)?(?<a>\\d{1,2}) X (?<b>\\d{1,2})(?<rest>(?: .*)?)");
    private static final Pattern HEADER_REST = Pattern.compile(
            "\\G(?: P? ?(?<p>2\\.54|2\\.00|2\\.0|1\\.27|254|200|127|2(?= MM))(?: MM)?| (?<mil>100|50|79) MIL| 0\\.1(?: IN| INCH)?"
                    + "| (?<v>VERTICAL|VERT|V|STRAIGHT|ST)| (?<h>HORIZONTAL|HORZ|H|RA|R A|RIGHT ANGLE|ANGLED)"
                    + "| (?<smd>SMD|SMT|SM)| (?<m>MALE|M|PLUG)| (?<f>FEMALE|F|RCPT|RECEPTACLE|SOCKET)"
                    + "| (?<sh>SHROUDED|BOX|BOXED)| (?:TH|THT)| MM)");
    private static final Pattern CRYSTAL_SIZE = Pattern.compile(
            "(?:(?:XTAL|CRYSTAL|XTL|QUARTZ|CRY) )+(?:(?:SMD|SMT) )?(?<size>2016|2520|3225|5032|7050)"
                    + "(?: (?<pins>2|4)(?: (?:PIN|PINS|PAD|PADS|P|PD|L))?)?(?: (?:SMD|SMT))?"
                    + "(?: (?<w>" + NUM + ") X (?<l>" + NUM + ")(?: MM)?)?");
    private static final Pattern CRYSTAL_DIMS = Pattern.compile(
            "(?:(?:XTAL|CRYSTAL|XTL|QUARTZ|CRY) )+(?:(?:SMD|SMT) )?(?<w>" + NUM + ") X (?<l>" + NUM + ")(?: MM)?"
                    + "(?: (?<pins>2|4) (?:PIN|PINS|PAD|PADS|P|PD))?");
    private static final Pattern HC49 = Pattern.compile(
            "(?:(?:XTAL|CRYSTAL|XTL|QUARTZ) )*(?:(?<smd1>SMD) )?HC 49(?<rest>(?: (?:U|US|S|4 H|SMD|SD|SM|SMT|THT|VERTICAL|V))*)");
    private static final Pattern LED_THT = Pattern.compile(
            "(?:LED|LEDS) (?:(?:D|THT|TH|RADIAL|ROUND) )*(?<d>3|3\\.0|5|5\\.0) MM(?: (?:RADIAL|ROUND|THT|TH))*"
                    + "|(?<d2>3|3\\.0|5|5\\.0) MM (?:(?:RADIAL|ROUND|THT|TH) )*(?:LED|LEDS)(?: (?:RADIAL|ROUND|THT|TH))*"
                    + "|(?:LED )?T 1(?: (?<frac>3/4))?(?: LED)?");
    private static final Pattern GENERIC_SMD = Pattern.compile("(?<n>\\d{1,2}) SMD");

    private static final Map<String, Integer> SOT_PINS = Map.ofEntries(
            Map.entry("SOT-23", 3), Map.entry("SOT-23-5", 5), Map.entry("SOT-23-6", 6), Map.entry("SOT-23-8", 8),
            Map.entry("TSOT-23-5", 5), Map.entry("TSOT-23-6", 6), Map.entry("TSOT-23-8", 8),
            Map.entry("SOT-323", 3), Map.entry("SOT-353", 5), Map.entry("SOT-363", 6), Map.entry("SOT-223", 4),
            Map.entry("SOT-89-3", 3), Map.entry("SOT-89-5", 5), Map.entry("SC-59", 3), Map.entry("SOT-523", 3),
            Map.entry("SOT-563", 6), Map.entry("SOT-553", 5), Map.entry("SOT-543", 4));

    private static final Map<String, double[]> CRYSTAL_SIZES = Map.of("2016", new double[] {2.0, 1.6},
            "2520", new double[] {2.5, 2.0}, "3225", new double[] {3.2, 2.5}, "5032", new double[] {5.0, 3.2},
            "7050", new double[] {7.0, 5.0});

    private PackageNameGrammar() {
    }

    /** Reads a canonical token string; unrecognized unless a pattern matches all of it. */
    static PackageReading read(String canonical) {
        if (canonical.isEmpty()) {
            return PackageReading.unrecognized();
        }
        Matcher m;
        if ((m = CHIP.matcher(canonical)).matches()) {
            return chip(m);
        }
        if ((m = TANTALUM_SIZE.matcher(canonical)).matches()) {
            return tantalumSize(m);
        }
        if ((m = TANTALUM_LETTER.matcher(canonical)).matches()) {
            return tantalumLetter(m);
        }
        if ((m = SOD.matcher(canonical)).matches()) {
            return sod(m);
        }
        if ((m = MELF.matcher(canonical)).matches()) {
            return melf(m);
        }
        if ((m = DO214.matcher(canonical)).matches()) {
            return do214(m);
        }
        if ((m = SOT.matcher(canonical)).matches()) {
            return sot(m);
        }
        if ((m = TO.matcher(canonical)).matches()) {
            return to(m);
        }
        if ((m = SO.matcher(canonical)).matches()) {
            return so(m);
        }
        if ((m = DIP.matcher(canonical)).matches()) {
            return dip(m);
        }
        if ((m = QFN.matcher(canonical)).matches()) {
            return leadless(m, PackageKind.QFN);
        }
        if ((m = QFP.matcher(canonical)).matches()) {
            return leadless(m, PackageKind.QFP);
        }
        if ((m = HEADER.matcher(canonical)).matches()) {
            return header(m);
        }
        if ((m = CRYSTAL_SIZE.matcher(canonical)).matches()) {
            return crystalSize(m);
        }
        if ((m = CRYSTAL_DIMS.matcher(canonical)).matches()) {
            return crystalDims(m);
        }
        if ((m = HC49.matcher(canonical)).matches()) {
            return hc49(m);
        }
        if ((m = LED_THT.matcher(canonical)).matches()) {
            return ledTht(m);
        }
        if ((m = GENERIC_SMD.matcher(canonical)).matches()) {
            int pins = Integer.parseInt(m.group("n"));
            return PackageReading.of(PackageSpec.of(PackageKind.GENERIC_SMD).withPins(pins), Set.of(),
                    pins + "-terminal SMD");
        }
        return PackageReading.unrecognized();
    }

    private static PackageReading chip(Matcher m) {
        String a = m.group("a");
        String b = m.group("b");
        String system = m.group("sys");
        ChipSize size;
        String how;
        if (b != null) {
            ChipSize asImperial = ChipSize.imperial(a).filter(s -> s.hasMetricCode(b)).orElse(null);
            ChipSize asMetric = ChipSize.metric(a).filter(s -> s.imperial().equals(b)).orElse(null);
            size = asImperial != null ? asImperial : asMetric;
            if (size == null) {
                if (ChipSize.either(a).isEmpty() && ChipSize.either(b).isEmpty()) {
                    return PackageReading.unrecognized();
                }
                return PackageReading.inconsistent("chip codes " + a + " and " + b + " are different sizes");
            }
            how = "imperial and metric codes";
        } else if (system != null && system.startsWith("MET")) {
            size = ChipSize.metric(a).orElse(null);
            how = "metric code";
        } else if (system != null) {
            size = ChipSize.imperial(a).orElse(null);
            how = "imperial code";
        } else {
            size = ChipSize.either(a).orElse(null);
            how = ChipSize.ambiguous(a) ? "code read as imperial, as in Altium's names" : "code";
        }
        if (size == null) {
            return PackageReading.unrecognized();
        }
        PackageSpec spec = PackageSpec.chip(size);
        if (m.group("hs") != null) {
            spec = spec.withFlag(PackageFlag.HAND_SOLDER);
        }
        boolean convention = b == null && system == null && ChipSize.ambiguous(a);
        return convention ? PackageReading.byConvention(spec, chipFamilies(m.group("fam")), "chip " + size + " (" + how + ")")
                : PackageReading.of(spec, chipFamilies(m.group("fam")), "chip " + size + " (" + how + ")");
    }

    private static PackageReading tantalumSize(Matcher m) {
        String metric = m.group("met");
        double height = Integer.parseInt(m.group("h")) / 10.0;
        PackageSpec spec = PackageSpec.of(PackageKind.MOLDED_POLARIZED).withCode(metric).withPins(2).withHeight(height);
        String letter = m.group("letter");
        if (letter != null) {
            TantalumCase known = TantalumCase.of(letter.charAt(0)).orElse(null);
            if (known != null && spec.conflictWith(known.spec()).isPresent()) {
                return PackageReading.inconsistent("tantalum case " + letter + " is EIA " + known.metric() + "-"
                        + Math.round(known.height() * 10) + ", not " + metric + "-" + m.group("h"));
            }
        }
        if (m.group("hs") != null) {
            spec = spec.withFlag(PackageFlag.HAND_SOLDER);
        }
        return PackageReading.of(spec, Set.of(PartFamily.CAPACITOR_POLARIZED), "EIA " + metric + "-" + m.group("h"));
    }

    private static PackageReading tantalumLetter(Matcher m) {
        String words = " " + m.group("words");
        if (!words.matches(".* (TANT|TANTALUM|TAN|CP|CASE|CT) .*")) {
            return PackageReading.unrecognized();
        }
        char letter = m.group("letter").charAt(0);
        TantalumCase known = TantalumCase.of(letter).orElse(null);
        if (known == null) {
            return PackageReading.inconsistent("tantalum case " + letter + " means different sizes at different makers");
        }
        PackageSpec spec = known.spec();
        if (m.group("met") != null) {
            PackageSpec stated = PackageSpec.of(PackageKind.MOLDED_POLARIZED).withCode(m.group("met")).withPins(2)
                    .withHeight(m.group("h") == null ? null : Integer.parseInt(m.group("h")) / 10.0);
            if (stated.conflictWith(spec).isPresent()) {
                return PackageReading.inconsistent("tantalum case " + letter + " is not " + stated.describe());
            }
        }
        return PackageReading.of(spec, Set.of(PartFamily.CAPACITOR_POLARIZED),
                "tantalum case " + letter + " = EIA " + known.metric() + "-" + Math.round(known.height() * 10));
    }

    private static PackageReading sod(Matcher m) {
        String n = m.group("n");
        String suffix = m.group("f");
        if (n.equals("80")) {
            if (suffix != null && !suffix.equals("C")) {
                return PackageReading.unrecognized();
            }
            return melfReading("MiniMELF", "SOD-80 = MiniMELF");
        }
        if (suffix != null && (suffix.equals("C") || !(n.equals("123") || n.equals("323")))) {
            return PackageReading.unrecognized();
        }
        String code = "SOD-" + n + (suffix != null ? "F" : "");
        return PackageReading.of(PackageSpec.of(PackageKind.SOD).withCode(code).withPins(2),
                Set.of(PartFamily.DIODE, PartFamily.LED), code);
    }

    private static PackageReading melf(Matcher m) {
        String name = m.group("m");
        String code = switch (name) {
            case "MINIMELF", "MINI MELF", "LL 34", "DO 213 AA", "DO 213 AC" -> "MiniMELF";
            case "MICROMELF", "MICRO MELF" -> "MicroMELF";
            default -> "MELF";
        };
        return melfReading(code, name.replace(' ', '-') + " = " + code);
    }

    private static PackageReading melfReading(String code, String meaning) {
        return PackageReading.of(PackageSpec.of(PackageKind.MELF).withCode(code).withPins(2),
                Set.of(PartFamily.DIODE, PartFamily.RESISTOR, PartFamily.LED), meaning);
    }

    private static PackageReading do214(Matcher m) {
        String fromJedec = m.group("s2") == null ? null : switch (m.group("s2")) {
            case "AC" -> "SMA";
            case "AA" -> "SMB";
            default -> "SMC";
        };
        String code = null;
        for (String candidate : new String[] {m.group("s1"), fromJedec, m.group("s3")}) {
            if (candidate == null) {
                continue;
            }
            if (code != null && !code.equals(candidate)) {
                return PackageReading.inconsistent("DO-214 names " + code + " and " + candidate + " disagree");
            }
            code = candidate;
        }
        if (m.group("s1") != null && m.group("s3") != null) {
            return PackageReading.unrecognized();
        }
        return PackageReading.of(PackageSpec.of(PackageKind.DO214).withCode(code).withPins(2),
                Set.of(PartFamily.DIODE, PartFamily.LED), "DO-214 " + code);
    }

    private static PackageReading sot(Matcher m) {
        String text = m.group("sot");
        String code;
        if (text.startsWith("SOT 23")) {
            String p = m.group("p23");
            code = p == null || p.equals("3") ? "SOT-23" : "SOT-23-" + p;
        } else if (m.group("p2x") != null) {
            code = m.group("p2x").equals("25") ? "SOT-23-5" : "SOT-23-6";
        } else if (m.group("pt") != null) {
            code = "TSOT-23-" + m.group("pt");
        } else if (text.startsWith("SOT 89")) {
            code = "5".equals(m.group("p89")) ? "SOT-89-5" : "SOT-89-3";
        } else {
            code = switch (text) {
                case "SOT 323", "SC 70", "SC 70 3", "SC 70 SOT 323" -> "SOT-323";
                case "SOT 353", "SC 70 5", "SC 88 A" -> "SOT-353";
                case "SOT 363", "SC 70 6", "SC 88" -> "SOT-363";
                case "SOT 223", "SOT 223 4" -> "SOT-223";
                case "SC 59", "SOT 346" -> "SC-59";
                case "SOT 753" -> "SOT-23-5";
                case "SOT 523", "SOT 563", "SOT 553", "SOT 543" -> text.replace(' ', '-');
                default -> "SOT-23"; // TO-236
            };
        }
        return PackageReading.of(PackageSpec.of(PackageKind.SOT).withCode(code).withPins(SOT_PINS.get(code)),
                Set.of(), code);
    }

    private static PackageReading to(Matcher m) {
        String code;
        int pins;
        if (m.group("to220") != null) {
            String v = m.group("v220");
            pins = v == null || v.equals("3") || v.equals("AB") ? 3 : v.equals("5") ? 5 : 2;
            code = "TO-220-" + pins;
        } else if (m.group("to252") != null) {
            code = "TO-252-2";
            pins = 3;
        } else if (m.group("to263") != null) {
            code = "TO-263-2";
            pins = 3;
        } else {
            code = "TO-92";
            pins = 3;
        }
        return PackageReading.of(PackageSpec.of(PackageKind.TO).withCode(code).withPins(pins), Set.of(),
                code + (code.endsWith("-2") && !code.startsWith("TO-220") ? " (2 leads + tab)" : ""));
    }

    private static PackageReading so(Matcher m) {
        Integer pins = pins(m.group("n1"), m.group("n2"));
        if (pins == null) {
            return m.group("n1") != null && m.group("n2") != null
                    ? PackageReading.inconsistent("pin counts " + m.group("n1") + " and " + m.group("n2") + " disagree")
                    : PackageReading.unrecognized();
        }
        String family = switch (m.group("fam")) {
            case "SO", "SOIC", "SOW", "SOL", "SOICW", "SOICN" -> "SOIC";
            case "HTSSOP" -> "TSSOP";
            default -> m.group("fam");
        };
        boolean wide = m.group("fam").equals("SOW") || m.group("fam").equals("SOL") || m.group("fam").equals("SOICW");
        boolean narrow = m.group("fam").equals("SOICN");
        Boolean exposedPad = m.group("fam").equals("HTSSOP") ? Boolean.TRUE : null;
        Double width = null;
        Double length = null;
        Double pitch = null;
        Matcher rest = SO_REST.matcher(m.group("rest"));
        int end = 0;
        while (end < m.group("rest").length() && rest.find() && rest.start() == end) {
            end = rest.end();
            if (rest.group("narrow") != null) {
                narrow = true;
            } else if (rest.group("wide") != null) {
                wide = true;
            } else if (rest.group("ep") != null) {
                exposedPad = Boolean.TRUE;
            } else if (rest.group("bw") != null) {
                width = Double.parseDouble(rest.group("bw"));
                length = Double.parseDouble(rest.group("bl"));
            } else if (rest.group("p") != null || rest.group("p2") != null) {
                pitch = Double.parseDouble(rest.group("p") != null ? rest.group("p") : rest.group("p2"));
            } else if (rest.group("w") != null) {
                width = Double.parseDouble(rest.group("w"));
            }
        }
        if (end != m.group("rest").length() || (narrow && wide)) {
            return PackageReading.unrecognized();
        }
        if (family.equals("SOIC")) {
            pitch = pitch == null ? 1.27 : pitch;
            if (width == null && narrow) {
                width = 3.9;
            } else if (width == null && wide && pins >= 14) {
                width = 7.5;
            } else if (width == null && !wide && pins >= 8) {
                width = 3.9;
            }
        } else if (family.equals("QSOP")) {
            pitch = pitch == null ? 0.635 : pitch;
            width = width == null ? 3.9 : width;
        } else if (family.equals("MSOP")) {
            width = width == null ? 3.0 : width;
        }
        PackageSpec spec = PackageSpec.of(PackageKind.SO).withCode(family).withPins(pins).withPitch(pitch)
                .withBody(width, length).withExposedPad(exposedPad);
        return PackageReading.of(spec, Set.of(), spec.describe());
    }

    private static PackageReading dip(Matcher m) {
        Integer pins = pins(m.group("n1"), m.group("n2"));
        if (pins == null) {
            return PackageReading.unrecognized();
        }
        Double width = null;
        Matcher rest = DIP_REST.matcher(m.group("rest"));
        int end = 0;
        while (end < m.group("rest").length() && rest.find() && rest.start() == end) {
            end = rest.end();
            Double stated = null;
            if (rest.group("mm") != null) {
                stated = Double.parseDouble(rest.group("mm"));
            } else if (rest.group("in") != null) {
                String in = rest.group("in");
                stated = in.contains("3") ? 7.62 : in.contains("6") ? 15.24 : 10.16;
            } else if (rest.group("narrow") != null) {
                stated = 7.62;
            } else if (rest.group("wide") != null) {
                stated = 15.24;
            }
            if (stated != null) {
                if (width != null && Math.abs(width - stated) > 0.01) {
                    return PackageReading.inconsistent("DIP row spacings " + width + " and " + stated + " disagree");
                }
                width = stated;
            }
        }
        if (end != m.group("rest").length()) {
            return PackageReading.unrecognized();
        }
        PackageSpec spec = PackageSpec.of(PackageKind.DIP).withCode("DIP").withPins(pins).withPitch(2.54)
                .withBody(width, null);
        return PackageReading.of(spec, Set.of(), spec.describe());
    }

    private static PackageReading leadless(Matcher m, PackageKind kind) {
        Integer pins = pins(m.group("n1"), m.group("n2"));
        if (pins == null) {
            return PackageReading.unrecognized();
        }
        String fam = m.group("fam");
        String code = kind == PackageKind.QFP ? (fam.equals("LQFP") || fam.equals("TQFP") ? fam : null)
                : fam.contains("DFN") || fam.contains("SON") ? "DFN" : "QFN";
        Boolean exposedPad = null;
        Double width = null;
        Double length = null;
        Double pitch = null;
        Matcher rest = LEADLESS_REST.matcher(m.group("rest"));
        int end = 0;
        while (end < m.group("rest").length() && rest.find() && rest.start() == end) {
            end = rest.end();
            if (rest.group("ep") != null) {
                exposedPad = Boolean.TRUE;
            } else if (rest.group("noep") != null) {
                exposedPad = Boolean.FALSE;
            } else if (rest.group("bw") != null) {
                width = Double.parseDouble(rest.group("bw"));
                length = Double.parseDouble(rest.group("bl"));
            } else if (rest.group("p") != null || rest.group("p2") != null) {
                pitch = Double.parseDouble(rest.group("p") != null ? rest.group("p") : rest.group("p2"));
            }
        }
        if (end != m.group("rest").length()) {
            return PackageReading.unrecognized();
        }
        PackageSpec spec = PackageSpec.of(kind).withCode(code).withPins(pins).withPitch(pitch).withBody(width, length)
                .withExposedPad(exposedPad);
        return PackageReading.of(spec, Set.of(), spec.describe());
    }

    private static PackageReading header(Matcher m) {
        int a = Integer.parseInt(m.group("a"));
        int b = Integer.parseInt(m.group("b"));
        int rows = Math.min(a, b);
        if (rows < 1 || rows > 2) {
            return PackageReading.unrecognized();
        }
        PackageSpec spec = PackageSpec.of(PackageKind.PIN_HEADER).withPins(a * b).withRows(rows);
        String words = " " + m.group("words");
        boolean female = words.matches(".* (PINSOCKET|PIN SOCKET|SOCKET|SKT|FHDR|RCPT|RECEPTACLE|FEMALE) .*");
        boolean male = words.matches(".* (PINHEADER|PIN HEADER|MALE) .*");
        Double pitch = m.group("pp") == null ? null : Double.parseDouble(m.group("pp"));
        Matcher rest = HEADER_REST.matcher(m.group("rest"));
        int end = 0;
        while (end < m.group("rest").length() && rest.find() && rest.start() == end) {
            end = rest.end();
            if (rest.group("p") != null) {
                String p = rest.group("p");
                pitch = p.contains(".") ? Double.parseDouble(p) : p.equals("2") ? 2.0 : Integer.parseInt(p) / 100.0;
            } else if (rest.group("mil") != null) {
                pitch = Integer.parseInt(rest.group("mil")) * 0.0254;
                pitch = Math.round(pitch * 100) / 100.0;
            } else if (rest.group(0).startsWith(" 0.1")) {
                pitch = 2.54;
            } else if (rest.group("v") != null) {
                spec = spec.withFlag(PackageFlag.VERTICAL);
            } else if (rest.group("h") != null) {
                spec = spec.withFlag(PackageFlag.HORIZONTAL);
            } else if (rest.group("smd") != null) {
                spec = spec.withFlag(PackageFlag.SURFACE_MOUNT);
            } else if (rest.group("m") != null) {
                male = true;
            } else if (rest.group("f") != null) {
                female = true;
            } else if (rest.group("sh") != null) {
                spec = spec.withFlag(PackageFlag.SHROUDED);
            }
        }
        if (end != m.group("rest").length()) {
            return PackageReading.unrecognized();
        }
        if (female) {
            spec = spec.withFlag(PackageFlag.FEMALE);
        } else if (male) {
            spec = spec.withFlag(PackageFlag.MALE);
        }
        spec = spec.withPitch(pitch);
        return PackageReading.of(spec, Set.of(PartFamily.CONNECTOR), spec.describe());
    }

    private static PackageReading crystalSize(Matcher m) {
        String size = m.group("size");
        PackageSpec spec = PackageSpec.of(PackageKind.CRYSTAL).withCode(size)
                .withPins(m.group("pins") == null ? 0 : Integer.parseInt(m.group("pins")));
        if (m.group("w") != null) {
            String fromDims = crystalCode(Double.parseDouble(m.group("w")), Double.parseDouble(m.group("l")));
            if (!size.equals(fromDims)) {
                return PackageReading.inconsistent("crystal size " + size + " is not " + m.group("w") + " x " + m.group("l") + " mm");
            }
        }
        return PackageReading.of(spec, Set.of(PartFamily.CRYSTAL), "crystal " + spec.describe());
    }

    private static PackageReading crystalDims(Matcher m) {
        String code = crystalCode(Double.parseDouble(m.group("w")), Double.parseDouble(m.group("l")));
        if (code == null) {
            return PackageReading.unrecognized();
        }
        PackageSpec spec = PackageSpec.of(PackageKind.CRYSTAL).withCode(code)
                .withPins(m.group("pins") == null ? 0 : Integer.parseInt(m.group("pins")));
        return PackageReading.of(spec, Set.of(PartFamily.CRYSTAL), "crystal " + spec.describe());
    }

    private static String crystalCode(double w, double l) {
        double big = Math.max(w, l);
        double small = Math.min(w, l);
        for (Map.Entry<String, double[]> e : CRYSTAL_SIZES.entrySet()) {
            if (Math.abs(e.getValue()[0] - big) < 0.06 && Math.abs(e.getValue()[1] - small) < 0.06) {
                return e.getKey();
            }
        }
        return null;
    }

    private static PackageReading hc49(Matcher m) {
        String rest = m.group("rest") + " ";
        boolean smd = m.group("smd1") != null || rest.matches(".* (SMD|SD|SM|SMT) .*");
        boolean tht = rest.contains(" THT ") || rest.contains(" VERTICAL ") || rest.contains(" V ");
        boolean low = rest.matches(".* (US|S|4 H) .*");
        boolean tall = rest.matches(".* U .*") && !rest.matches(".* U S .*");
        String code;
        if (smd && !tht) {
            code = "HC49-SMD";
        } else if (smd) {
            return PackageReading.inconsistent("HC-49 named both SMD and through-hole");
        } else if (low) {
            code = "HC49-US";
        } else if (tall) {
            code = "HC49-U";
        } else {
            code = "HC49";
        }
        return PackageReading.of(PackageSpec.of(PackageKind.CRYSTAL).withCode(code).withPins(2),
                Set.of(PartFamily.CRYSTAL), code.equals("HC49") ? "HC-49 (variant not named)" : code);
    }

    private static PackageReading ledTht(Matcher m) {
        String d = m.group("d") != null ? m.group("d") : m.group("d2");
        String code;
        if (d != null) {
            code = d.startsWith("3") ? "3.0" : "5.0";
        } else {
            code = m.group("frac") != null ? "5.0" : "3.0";
        }
        return PackageReading.of(PackageSpec.of(PackageKind.LED_THT).withCode(code).withPins(2),
                Set.of(PartFamily.LED), "round THT LED " + code + " mm");
    }

    private static Integer pins(String n1, String n2) {
        if (n1 != null && n2 != null && !n1.equals(n2)) {
            return null;
        }
        String n = n1 != null ? n1 : n2;
        return n == null ? null : Integer.parseInt(n);
    }

    /** The families a chip name's family word allows ({@code RES}: resistor); empty for none or an unknown word. */
    static Set<PartFamily> chipFamilies(String token) {
        if (token == null) {
            return Set.of();
        }
        return switch (token) {
            case "R", "RES", "RESISTOR", "CR" -> Set.of(PartFamily.RESISTOR);
            case "C", "CAP", "CAPACITOR", "CC" -> EnumSet.of(PartFamily.CAPACITOR, PartFamily.CAPACITOR_POLARIZED);
            case "L", "IND", "INDUCTOR", "CL" -> EnumSet.of(PartFamily.INDUCTOR, PartFamily.FERRITE_BEAD);
            case "LED" -> Set.of(PartFamily.LED);
            case "D", "DIODE" -> EnumSet.of(PartFamily.DIODE, PartFamily.LED);
            default -> Set.of(PartFamily.FERRITE_BEAD);
        };
    }
}
