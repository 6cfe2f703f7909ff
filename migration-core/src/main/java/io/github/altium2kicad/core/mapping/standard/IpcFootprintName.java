package io.github.altium2kicad.core.mapping.standard;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parser of IPC-7351 (and IPC-7251 through-hole) land pattern names, e.g. {@code RESC1608X55N},
 * {@code CAPMP3216X180N}, {@code SOD3716X135N}, {@code SOT95P280X145-5N}, {@code SOIC127P600X175-8N},
 * {@code QFN50P400X400X100-25N}, {@code DIOM5226X240N}, {@code HDRV4W64P254_1X4_1016X254X838P}.
 *
 * <p>Dimensions in the names: chip and molded bodies in 0.1 mm ({@code 1608} = 1.6 x 0.8), pitches, spans,
 * bodies of leaded packages and heights in 0.01 mm. The names' pin counts include thermal pads and tabs; the
 * readings put signal leads in {@link PackageSpec#pins()} and a thermal pad in {@link PackageSpec#exposedPad()}
 * (the tab of a SOT-223 or DPAK stays a pin, as in KiCad's footprints). A name with a valid form but a geometry
 * that is no standard package reads as inconsistent.
 */
public final class IpcFootprintName {

    private static final Pattern CHIP = Pattern.compile("(RES|CAP|IND|LED|DIO|FUS|BEAD)C(\\d{4,5})X(\\d{2,3})([LMN])?");
    private static final Pattern MOLDED = Pattern.compile("(CAP|IND|DIO|RES|LED|FUS)M(P)?(\\d{2})(\\d{2})X(\\d{2,3})([LMN])?");
    private static final Pattern MELF = Pattern.compile("(DIO|RES)MELF(\\d{2})(\\d{2})(?:X(\\d{2,3}))?([LMN])?");
    private static final Pattern SOD = Pattern.compile("SOD(FL)?(\\d{2})(\\d{2})X(\\d{2,3})([LMN])?");
    private static final Pattern GULLWING = Pattern.compile("(SOT|SOIC|SOP|TO)(\\d{2,3})P(\\d{3,4})X(\\d{2,3})-(\\d{1,3})([LMN])?");
    private static final Pattern LEADLESS = Pattern.compile(
            "(QFN|SON|DFN|QFP)(\\d{2,3})P(\\d{3,4})X(\\d{3,4})X(\\d{2,3})-(\\d{1,3})(?:T(\\d{2,4})(?:X(\\d{2,4}))?)?([LMN])?");
    private static final Pattern DIP_7351 = Pattern.compile("DIP(\\d{3})P(\\d{3,4})X(\\d{3})-(\\d{1,2})([LMN])?");
    private static final Pattern DIP_7251 = Pattern.compile("DIP(\\d{3,4})W(\\d{2,3})P(\\d{3})L(\\d{3,4})H(\\d{3})Q(\\d{1,2})([LMN])?");
    private static final Pattern HEADER_7251 = Pattern.compile(
            "HDR(V|RA)(\\d{1,3})W(\\d{2,3})P(\\d{3})_(\\d{1,2})X(\\d{1,3})_\\d+X\\d+X\\d+[A-Z]?");

    private IpcFootprintName() {
    }

    /** Reads {@code name}; unrecognized if it is not an IPC name of a family this parser knows. */
    public static PackageReading parse(String name) {
        if (name == null) {
            return PackageReading.unrecognized();
        }
        String text = name.trim().toUpperCase(Locale.ROOT);
        Matcher m;
        if ((m = CHIP.matcher(text)).matches()) {
            return chip(m);
        }
        if ((m = MOLDED.matcher(text)).matches()) {
            return molded(m);
        }
        if ((m = MELF.matcher(text)).matches()) {
            return melf(m);
        }
        if ((m = SOD.matcher(text)).matches()) {
            return sod(m);
        }
        if ((m = GULLWING.matcher(text)).matches()) {
            return gullwing(m);
        }
        if ((m = LEADLESS.matcher(text)).matches()) {
            return leadless(m);
        }
        if ((m = DIP_7351.matcher(text)).matches()) {
            return dip(hundredths(m.group(2)), Integer.parseInt(m.group(4)), hundredths(m.group(1)));
        }
        if ((m = DIP_7251.matcher(text)).matches()) {
            return dip(hundredths(m.group(1)), Integer.parseInt(m.group(6)), hundredths(m.group(3)));
        }
        if ((m = HEADER_7251.matcher(text)).matches()) {
            return header(m);
        }
        return PackageReading.unrecognized();
    }

    private static PackageReading chip(Matcher m) {
        String prefix = m.group(1);
        String code = m.group(2);
        return ChipSize.metric(code)
                .map(size -> PackageReading.of(PackageSpec.chip(size), chipFamilies(prefix),
                        "IPC-7351 " + prefixName(prefix) + " chip " + size))
                .orElseGet(() -> PackageReading.inconsistent("IPC-7351 chip body " + code + " is no standard chip size"));
    }

    private static PackageReading molded(Matcher m) {
        String prefix = m.group(1);
        boolean polarized = m.group(2) != null;
        double length = tenths(m.group(3));
        double width = tenths(m.group(4));
        double height = hundredths(m.group(5));
        if (prefix.equals("CAP") && polarized) {
            String code = m.group(3) + m.group(4);
            if (!TantalumCase.isEiaSize(code)) {
                return PackageReading.inconsistent("IPC-7351 molded capacitor body " + code + " is no EIA tantalum size");
            }
            PackageSpec spec = PackageSpec.of(PackageKind.MOLDED_POLARIZED).withCode(code).withPins(2)
                    .withHeight(Math.floor(height * 10 + 1e-6) / 10);
            return PackageReading.of(spec, Set.of(PartFamily.CAPACITOR_POLARIZED),
                    "IPC-7351 molded polarized capacitor, " + spec.describe());
        }
        if (prefix.equals("DIO")) {
            String code = null;
            if (between(length, 4.8, 5.6) && between(width, 2.4, 3.0)) {
                code = "SMA";
            } else if (between(length, 5.0, 5.8) && between(width, 3.3, 4.0)) {
                code = "SMB";
            } else if (between(length, 7.6, 8.3) && between(width, 5.5, 6.4)) {
                code = "SMC";
            }
            if (code == null) {
                return PackageReading.inconsistent("IPC-7351 molded diode " + PackageSpec.mm(length) + " x "
                        + PackageSpec.mm(width) + " is not SMA, SMB or SMC");
            }
            return PackageReading.of(PackageSpec.of(PackageKind.DO214).withCode(code).withPins(2),
                    Set.of(PartFamily.DIODE, PartFamily.LED), "IPC-7351 molded diode, DO-214 " + code);
        }
        return PackageReading.unrecognized();
    }

    private static PackageReading melf(Matcher m) {
        double length = tenths(m.group(2));
        double diameter = tenths(m.group(3));
        String code = null;
        if (between(length, 3.3, 3.8) && between(diameter, 1.3, 1.8)) {
            code = "MiniMELF";
        } else if (between(length, 4.8, 5.5) && between(diameter, 2.3, 2.8)) {
            code = "MELF";
        } else if (between(length, 1.9, 2.3) && between(diameter, 1.0, 1.4)) {
            code = "MicroMELF";
        }
        if (code == null) {
            return PackageReading.inconsistent("IPC-7351 MELF " + PackageSpec.mm(length) + " x "
                    + PackageSpec.mm(diameter) + " is not MicroMELF, MiniMELF or MELF");
        }
        Set<PartFamily> families = m.group(1).equals("DIO") ? Set.of(PartFamily.DIODE) : Set.of(PartFamily.RESISTOR);
        return PackageReading.of(PackageSpec.of(PackageKind.MELF).withCode(code).withPins(2), families,
                "IPC-7351 " + code);
    }

    private static PackageReading sod(Matcher m) {
        boolean flat = m.group(1) != null;
        double length = tenths(m.group(2));
        double width = tenths(m.group(3));
        String code = null;
        if (between(length, 3.5, 3.95) && between(width, 1.5, 1.85)) {
            code = flat ? "SOD-123F" : "SOD-123";
        } else if (between(length, 2.3, 2.8) && between(width, 1.15, 1.45)) {
            code = flat ? "SOD-323F" : "SOD-323";
        } else if (between(length, 1.5, 1.8) && between(width, 0.7, 0.9) && !flat) {
            code = "SOD-523";
        } else if (between(length, 0.9, 1.1) && between(width, 0.5, 0.7) && !flat) {
            code = "SOD-923";
        } else if (between(length, 4.6, 5.1) && between(width, 2.3, 2.8)) {
            code = "SOD-128";
        }
        if (code == null) {
            return PackageReading.inconsistent("IPC-7351 SOD " + PackageSpec.mm(length) + " x "
                    + PackageSpec.mm(width) + " is no standard SOD package");
        }
        return PackageReading.of(PackageSpec.of(PackageKind.SOD).withCode(code).withPins(2),
                Set.of(PartFamily.DIODE, PartFamily.LED), "IPC-7351 " + code);
    }

    private static PackageReading gullwing(Matcher m) {
        String prefix = m.group(1);
        double pitch = hundredths(m.group(2));
        double span = hundredths(m.group(3));
        double height = hundredths(m.group(4));
        int pins = Integer.parseInt(m.group(5));
        String where = "IPC-7351 " + prefix + " pitch " + PackageSpec.mm(pitch) + ", span " + PackageSpec.mm(span)
                + ", " + pins + " pins";
        if (prefix.equals("SOT")) {
            String code = sotCode(pitch, span, height, pins);
            if (code == null) {
                return PackageReading.inconsistent(where + " is no standard SOT package");
            }
            return PackageReading.of(PackageSpec.of(PackageKind.SOT).withCode(code).withPins(pins), Set.of(),
                    where + " → " + code);
        }
        if (prefix.equals("TO")) {
            String code = null;
            if (between(pitch, 2.27, 2.31) && between(span, 9.4, 10.6) && pins == 3) {
                code = "TO-252-2";
            } else if (between(pitch, 2.53, 2.55) && between(span, 14.5, 16.0) && pins == 3) {
                code = "TO-263-2";
            }
            if (code == null) {
                return PackageReading.inconsistent(where + " is not TO-252 (DPAK) or TO-263 (D2PAK) with 2 leads and tab");
            }
            return PackageReading.of(PackageSpec.of(PackageKind.TO).withCode(code).withPins(pins), Set.of(),
                    where + " → " + code);
        }
        Double width = soBodyWidth(pitch, span);
        if (width == null) {
            return PackageReading.inconsistent(where + ": no standard body width for this lead span");
        }
        boolean exposed = pins % 2 == 1;
        PackageSpec spec = PackageSpec.of(PackageKind.SO).withPins(exposed ? pins - 1 : pins).withPitch(pitch)
                .withBody(width, null).withHeight(height).withExposedPad(exposed);
        return PackageReading.of(spec, Set.of(), where + " → " + spec.describe());
    }

    private static PackageReading leadless(Matcher m) {
        String prefix = m.group(1);
        double pitch = hundredths(m.group(2));
        double length = hundredths(m.group(3));
        double width = hundredths(m.group(4));
        double height = hundredths(m.group(5));
        int pins = Integer.parseInt(m.group(6));
        if (prefix.equals("QFP")) {
            Double body = qfpBody(length);
            Double bodyWidth = qfpBody(width);
            if (body == null || bodyWidth == null) {
                return PackageReading.inconsistent("IPC-7351 QFP span " + PackageSpec.mm(length) + " is no standard body");
            }
            String code = height <= 1.25 ? "TQFP" : height <= 1.75 ? "LQFP" : null;
            boolean exposed = pins % 4 == 1;
            PackageSpec spec = PackageSpec.of(PackageKind.QFP).withCode(code).withPins(exposed ? pins - 1 : pins)
                    .withPitch(pitch).withBody(bodyWidth, body).withHeight(height).withExposedPad(exposed);
            return PackageReading.of(spec, Set.of(), "IPC-7351 QFP → " + spec.describe());
        }
        boolean dual = !prefix.equals("QFN");
        boolean exposed = dual ? pins % 2 == 1 : pins % 4 == 1;
        PackageSpec spec = PackageSpec.of(PackageKind.QFN).withCode(dual ? "DFN" : "QFN").withPins(exposed ? pins - 1 : pins)
                .withPitch(pitch).withBody(width, length).withHeight(height).withExposedPad(exposed);
        return PackageReading.of(spec, Set.of(), "IPC-7351 " + prefix + " → " + spec.describe());
    }

    private static PackageReading dip(double rowSpacing, int pins, double pitch) {
        PackageSpec spec = PackageSpec.of(PackageKind.DIP).withPins(pins).withPitch(pitch).withBody(rowSpacing, null);
        return PackageReading.of(spec, Set.of(), "IPC DIP → " + spec.describe());
    }

    private static PackageReading header(Matcher m) {
        int pins = Integer.parseInt(m.group(2));
        int rows = Integer.parseInt(m.group(5));
        int columns = Integer.parseInt(m.group(6));
        if (rows * columns != pins) {
            return PackageReading.inconsistent("IPC-7251 header: " + rows + "x" + columns + " is not " + pins + " pins");
        }
        PackageSpec spec = PackageSpec.of(PackageKind.PIN_HEADER).withPins(pins).withRows(rows)
                .withPitch(hundredths(m.group(4)))
                .withFlag(m.group(1).equals("V") ? PackageFlag.VERTICAL : PackageFlag.HORIZONTAL);
        return PackageReading.of(spec, Set.of(PartFamily.CONNECTOR), "IPC-7251 " + spec.describe());
    }

    static String sotCode(double pitch, double span, double height, int pins) {
        if (between(pitch, 0.94, 0.96) && between(span, 2.1, 3.1)) {
            boolean thin = height <= 1.1;
            return switch (pins) {
                case 3 -> "SOT-23";
                case 5 -> thin ? "TSOT-23-5" : "SOT-23-5";
                case 6 -> thin ? "TSOT-23-6" : "SOT-23-6";
                case 8 -> thin ? "TSOT-23-8" : "SOT-23-8";
                default -> null;
            };
        }
        if (between(pitch, 0.64, 0.66) && between(span, 1.9, 2.5)) {
            return switch (pins) {
                case 3 -> "SOT-323";
                case 5 -> "SOT-353";
                case 6 -> "SOT-363";
                default -> null;
            };
        }
        if (between(pitch, 2.28, 2.31) && between(span, 6.5, 7.5) && pins == 4) {
            return "SOT-223";
        }
        if (between(pitch, 1.49, 1.51) && between(span, 3.9, 4.8)) {
            return pins == 3 ? "SOT-89-3" : pins == 5 ? "SOT-89-5" : null;
        }
        return null;
    }

    static Double soBodyWidth(double pitch, double span) {
        if (between(pitch, 1.26, 1.28)) {
            return between(span, 5.8, 6.3) ? 3.9 : between(span, 7.6, 8.3) ? 5.3 : between(span, 10.0, 10.7) ? 7.5 : null;
        }
        if (between(pitch, 0.62, 0.66) || between(pitch, 0.49, 0.51) || between(pitch, 0.39, 0.41)) {
            if (between(span, 4.7, 5.1)) {
                return 3.0;
            }
            if (between(span, 5.8, 6.1) && between(pitch, 0.62, 0.64)) {
                return 3.9;
            }
            if (between(span, 6.2, 6.6)) {
                return 4.4;
            }
            if (between(span, 7.6, 8.2)) {
                return 5.3;
            }
            if (between(span, 7.9, 8.3)) {
                return 6.1;
            }
        }
        return null;
    }

    private static Double qfpBody(double span) {
        for (double body : new double[] {5, 7, 10, 12, 14, 20, 24, 28}) {
            if (Math.abs(span - 2.0 - body) <= 0.3) {
                return body;
            }
        }
        return null;
    }

    private static Set<PartFamily> chipFamilies(String prefix) {
        return switch (prefix) {
            case "RES" -> Set.of(PartFamily.RESISTOR);
            case "CAP" -> Set.of(PartFamily.CAPACITOR);
            case "IND" -> Set.of(PartFamily.INDUCTOR, PartFamily.FERRITE_BEAD);
            case "LED" -> Set.of(PartFamily.LED);
            case "DIO" -> Set.of(PartFamily.DIODE, PartFamily.LED);
            case "BEAD" -> Set.of(PartFamily.FERRITE_BEAD);
            default -> Set.of(PartFamily.OTHER);
        };
    }

    private static String prefixName(String prefix) {
        return switch (prefix) {
            case "RES" -> "resistor";
            case "CAP" -> "capacitor";
            case "IND" -> "inductor";
            case "LED" -> "LED";
            case "DIO" -> "diode";
            case "FUS" -> "fuse";
            default -> "bead";
        };
    }

    static boolean between(double value, double low, double high) {
        return value >= low - 1e-9 && value <= high + 1e-9;
    }

    private static double tenths(String digits) {
        return Integer.parseInt(digits) / 10.0;
    }

    private static double hundredths(String digits) {
        return Integer.parseInt(digits) / 100.0;
    }
}
