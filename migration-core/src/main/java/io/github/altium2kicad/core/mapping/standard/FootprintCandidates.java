package io.github.altium2kicad.core.mapping.standard;

import io.github.altium2kicad.api.mapping.KicadLibId;
import io.github.altium2kicad.core.kicad.index.KicadFootprint;
import io.github.altium2kicad.core.kicad.index.KicadLibraryIndex;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Proposes KiCad standard-library names for a part family in a package: {@code Device:R} with
 * {@code Resistor_SMD:R_0603_1608Metric}, {@code Device:Crystal_GND24} with
 * {@code Crystal:Crystal_SMD_3225-4Pin_3.2x2.5mm}, {@code Connector_Generic:Conn_02x05_Odd_Even} with
 * {@code Connector_PinHeader_2.54mm:PinHeader_2x05_P2.54mm_Vertical}; for transistor and IC packages a
 * footprint only. Names that depend on variants (tantalum heights, SOIC lengths, QFN pads) are looked up in the
 * index; several fitting names are all proposed, so the resolver can see the ambiguity. Immutable.
 */
public final class FootprintCandidates {

    private static final Pattern SO_NAME = Pattern.compile(
            "(SOIC|SO|SOP|SSOP|TSSOP|MSOP|QSOP|VSSOP)-(\\d+)(W)?(-1EP)?_([\\d.]+)x([\\d.]+)mm_P([\\d.]+)mm(?:_EP[\\d.]+x[\\d.]+mm)?");
    private static final Pattern LEADLESS_NAME = Pattern.compile(
            "(QFN|DFN|LQFP|TQFP)-(\\d+)(-1EP)?_([\\d.]+)x([\\d.]+)mm_P([\\d.]+)mm(?:_EP[\\d.]+x[\\d.]+mm)?");
    private static final List<String> SO_PREFERENCE = List.of("SOIC", "MSOP", "TSSOP", "QSOP", "SSOP", "SO", "SOP", "VSSOP");
    private static final Map<String, String> SOT_NAMES = Map.ofEntries(
            Map.entry("SOT-323", "SOT-323_SC-70"), Map.entry("SOT-353", "SOT-353_SC-70-5"),
            Map.entry("SOT-363", "SOT-363_SC-70-6"));
    private static final Map<String, double[]> CANONICAL_LENGTH = Map.ofEntries(
            Map.entry("1.27/3.9", lengths(8, 4.9, 14, 8.7, 16, 9.9)),
            Map.entry("1.27/7.5", lengths(16, 10.3, 18, 11.6, 20, 12.8, 24, 15.4, 28, 17.9)),
            Map.entry("0.65/4.4", lengths(8, 3.0, 14, 5.0, 16, 5.0, 20, 6.5, 24, 7.8, 28, 9.7)),
            Map.entry("0.65/3", lengths(8, 3.0)),
            Map.entry("0.5/3", lengths(10, 3.0)),
            Map.entry("0.65/5.3", lengths(14, 6.2, 16, 6.2, 20, 7.2, 24, 8.2, 28, 10.2)),
            Map.entry("0.635/3.9", lengths(16, 4.9, 20, 8.7, 24, 8.7)));

    private record SoFootprint(KicadFootprint footprint, String family, int pins, boolean wide, boolean exposedPad,
                               double width, double length, double pitch) {
    }

    private record LeadlessFootprint(KicadFootprint footprint, String family, int pins, boolean exposedPad,
                                     double width, double length, double pitch) {
    }

    private final KicadLibraryIndex index;
    private final List<SoFootprint> soFootprints = new ArrayList<>();
    private final List<LeadlessFootprint> leadlessFootprints = new ArrayList<>();

    /** Candidates from the libraries of {@code index}, whose IC footprints are catalogued once here. */
    public FootprintCandidates(KicadLibraryIndex index) {
        this.index = index;
        for (KicadFootprint fp : index.footprintsStartingWith("Package_SO", "")) {
            Matcher m = SO_NAME.matcher(fp.id().name());
            if (m.matches()) {
                soFootprints.add(new SoFootprint(fp, m.group(1), Integer.parseInt(m.group(2)), m.group(3) != null,
                        m.group(4) != null, Double.parseDouble(m.group(5)), Double.parseDouble(m.group(6)),
                        Double.parseDouble(m.group(7))));
            }
        }
        for (String library : List.of("Package_DFN_QFN", "Package_QFP")) {
            for (KicadFootprint fp : index.footprintsStartingWith(library, "")) {
                Matcher m = LEADLESS_NAME.matcher(fp.id().name());
                if (m.matches()) {
                    leadlessFootprints.add(new LeadlessFootprint(fp, m.group(1), Integer.parseInt(m.group(2)),
                            m.group(3) != null, Double.parseDouble(m.group(4)), Double.parseDouble(m.group(5)),
                            Double.parseDouble(m.group(6))));
                }
            }
        }
    }

    /** The proposal for a part of {@code family} ({@code diodeKind} for diodes) in {@code spec}. */
    public CandidateSet propose(PartFamily family, DiodeKind diodeKind, PackageSpec spec) {
        return switch (spec.kind()) {
            case CHIP -> chip(family, diodeKind, spec);
            case MOLDED_POLARIZED -> family == PartFamily.CAPACITOR_POLARIZED ? tantalum(spec)
                    : CandidateSet.none("a molded polarized package for a " + family.label());
            case SOD, DO214, MELF -> family == PartFamily.DIODE
                    ? single("Device:" + symbolName(diodeKind), "Diode_SMD:D_" + spec.code(), 2)
                    : CandidateSet.none("no KiCad " + spec.code() + " footprint for a " + family.label());
            case LED_THT -> family == PartFamily.LED
                    ? single("Device:LED", "LED_THT:LED_D" + spec.code() + "mm", 2)
                    : CandidateSet.none("a round LED package for a " + family.label());
            case CRYSTAL -> family == PartFamily.CRYSTAL ? crystal(spec)
                    : CandidateSet.none("a crystal package for a " + family.label());
            case PIN_HEADER -> family == PartFamily.CONNECTOR ? header(spec)
                    : CandidateSet.none("a pin header package for a " + family.label());
            case SOT -> footprintOnly("Package_TO_SOT_SMD:" + SOT_NAMES.getOrDefault(spec.code(), spec.code()),
                    spec.pins());
            case TO -> footprintOnly(spec.code().equals("TO-92") ? "Package_TO_SOT_THT:TO-92_Inline"
                    : spec.code().startsWith("TO-220") ? "Package_TO_SOT_THT:" + spec.code() + "_Vertical"
                    : "Package_TO_SOT_SMD:" + spec.code(), spec.pins());
            case SO -> smallOutline(spec);
            case DIP -> dip(spec);
            case QFN, QFP -> leadless(spec);
            case GENERIC_SMD -> CandidateSet.none("the package names only its terminal count");
        };
    }

    private CandidateSet chip(PartFamily family, DiodeKind diodeKind, PackageSpec spec) {
        ChipSize size = ChipSize.metric(spec.code()).orElse(null);
        if (size == null) {
            return CandidateSet.none("no chip size " + spec.code());
        }
        String symbol;
        String footprint;
        switch (family) {
            case RESISTOR -> {
                symbol = "Device:R";
                footprint = "Resistor_SMD:R_";
            }
            case CAPACITOR -> {
                symbol = "Device:C";
                footprint = "Capacitor_SMD:C_";
            }
            case INDUCTOR -> {
                symbol = "Device:L";
                footprint = "Inductor_SMD:L_";
            }
            case FERRITE_BEAD -> {
                symbol = "Device:FerriteBead";
                footprint = "Inductor_SMD:L_";
            }
            case LED -> {
                symbol = "Device:LED";
                footprint = "LED_SMD:LED_";
            }
            case DIODE -> {
                symbol = "Device:" + symbolName(diodeKind);
                footprint = "Diode_SMD:D_";
            }
            case CAPACITOR_POLARIZED -> {
                return TantalumCase.isEiaSize(size.metric())
                        ? tantalum(spec.withKind(PackageKind.MOLDED_POLARIZED))
                        : CandidateSet.none("a polarized capacitor in chip size " + size);
            }
            default -> {
                return CandidateSet.none("no chip footprint for a " + family.label());
            }
        }
        KicadLibId base = KicadLibId.parse(footprint + size.kicadName());
        if (!spec.has(PackageFlag.HAND_SOLDER)) {
            return new CandidateSet(KicadLibId.parse(symbol), List.of(new FootprintCandidate(base, 2)), null);
        }
        List<FootprintCandidate> handSolder = new ArrayList<>();
        for (KicadFootprint fp : index.footprintsStartingWith(base.library(), base.name() + "_Pad")) {
            if (fp.id().name().endsWith("_HandSolder")) {
                handSolder.add(new FootprintCandidate(fp.id(), 2));
            }
        }
        return handSolder.isEmpty() ? CandidateSet.none("no hand-soldering variant of " + base)
                : new CandidateSet(KicadLibId.parse(symbol), handSolder, null);
    }

    private CandidateSet tantalum(PackageSpec spec) {
        String prefix = "CP_EIA-" + spec.code() + "-"
                + (spec.height() == null ? "" : Math.round(spec.height() * 10) + "_");
        List<FootprintCandidate> found = new ArrayList<>();
        for (KicadFootprint fp : index.footprintsStartingWith("Capacitor_Tantalum_SMD", prefix)) {
            if (fp.id().name().endsWith("_HandSolder") == spec.has(PackageFlag.HAND_SOLDER)) {
                found.add(new FootprintCandidate(fp.id(), 2));
            }
        }
        return found.isEmpty() ? CandidateSet.none("no KiCad tantalum footprint " + prefix + "*")
                : new CandidateSet(KicadLibId.parse("Device:C_Polarized"), found, null);
    }

    private CandidateSet crystal(PackageSpec spec) {
        String code = spec.code();
        if (code == null || code.equals("HC49")) {
            return CandidateSet.none("the crystal package variant is not stated");
        }
        switch (code) {
            case "HC49-SMD":
                return single("Device:Crystal", "Crystal:Crystal_SMD_HC49-SD", 2);
            case "HC49-US":
                return single("Device:Crystal", "Crystal:Crystal_HC49-4H_Vertical", 2);
            case "HC49-U":
                return single("Device:Crystal", "Crystal:Crystal_HC49-U_Vertical", 2);
            default:
                break;
        }
        if (spec.pins() == 0) {
            return CandidateSet.none("the crystal's pad count (2 or 4) is not stated");
        }
        String dims = switch (code) {
            case "2016" -> "2.0x1.6mm";
            case "2520" -> "2.5x2.0mm";
            case "3225" -> "3.2x2.5mm";
            case "5032" -> "5.0x3.2mm";
            default -> "7.0x5.0mm";
        };
        String symbol = spec.pins() == 4 ? "Device:Crystal_GND24" : "Device:Crystal";
        return single(symbol, "Crystal:Crystal_SMD_" + code + "-" + spec.pins() + "Pin_" + dims, spec.pins());
    }

    private CandidateSet header(PackageSpec spec) {
        if (spec.rows() == 0 || spec.pins() == 0) {
            return CandidateSet.none("the rows and positions of the header are not stated");
        }
        if (spec.has(PackageFlag.HORIZONTAL) || spec.has(PackageFlag.SURFACE_MOUNT) || spec.has(PackageFlag.SHROUDED)) {
            return CandidateSet.none("only straight through-hole headers are mapped");
        }
        double pitch = spec.pitch() == null ? 2.54 : spec.pitch();
        String p = pitch == 2.54 ? "2.54" : pitch == 2.0 ? "2.00" : pitch == 1.27 ? "1.27" : null;
        if (p == null) {
            return CandidateSet.none("no KiCad header with pitch " + PackageSpec.mm(pitch));
        }
        int perRow = spec.pins() / spec.rows();
        String grid = String.format(Locale.ROOT, "%dx%02d", spec.rows(), perRow);
        boolean female = spec.has(PackageFlag.FEMALE);
        String footprint = female
                ? "Connector_PinSocket_" + p + "mm:PinSocket_" + grid + "_P" + p + "mm_Vertical"
                : "Connector_PinHeader_" + p + "mm:PinHeader_" + grid + "_P" + p + "mm_Vertical";
        String symbol = "Connector_Generic:Conn_" + String.format(Locale.ROOT, "%02dx%02d", spec.rows(), perRow)
                + (spec.rows() == 2 ? "_Odd_Even" : "");
        return single(symbol, footprint, spec.pins());
    }

    private CandidateSet smallOutline(PackageSpec spec) {
        String code = spec.code();
        int pins = spec.pins();
        Double width = spec.bodyWidth();
        Double pitch = spec.pitch();
        if (width == null && code != null) {
            width = switch (code) {
                case "SOIC" -> pins <= 16 ? 3.9 : null;
                case "TSSOP" -> 4.4;
                case "MSOP", "VSSOP" -> 3.0;
                case "QSOP" -> 3.9;
                default -> null;
            };
        }
        if (pitch == null && width != null && code != null) {
            pitch = switch (code) {
                case "SOIC", "SO" -> 1.27;
                case "TSSOP" -> 0.65;
                case "MSOP", "VSSOP" -> pins <= 8 ? 0.65 : 0.5;
                case "QSOP" -> 0.635;
                case "SSOP" -> width > 5 ? 0.65 : width > 3.5 && width < 4.2 ? 0.635 : null;
                default -> null;
            };
        }
        if (pins == 0 || width == null || pitch == null) {
            return CandidateSet.none("pins, body width and pitch of the SO package are not all stated");
        }
        boolean exposed = Boolean.TRUE.equals(spec.exposedPad());
        List<SoFootprint> fitting = new ArrayList<>();
        for (SoFootprint fp : soFootprints) {
            if (fp.pins() == pins && fp.exposedPad() == exposed && Math.abs(fp.width() - width) <= 0.2
                    && Math.abs(fp.pitch() - pitch) <= 0.02
                    && (spec.bodyLength() == null || Math.abs(fp.length() - spec.bodyLength()) <= 0.2)) {
                fitting.add(fp);
            }
        }
        if (fitting.size() > 1 && spec.bodyLength() == null) {
            double[] canonical = CANONICAL_LENGTH.get(trim(pitch) + "/" + trim(width));
            if (canonical != null && pins < canonical.length && canonical[pins] > 0) {
                double length = canonical[pins];
                fitting.removeIf(fp -> Math.abs(fp.length() - length) > 0.05);
            }
        }
        if (fitting.size() > 1) {
            String preferred = code != null && fitting.stream().anyMatch(fp -> fp.family().equals(code)) ? code
                    : SO_PREFERENCE.stream().filter(f -> fitting.stream().anyMatch(fp -> fp.family().equals(f)))
                    .findFirst().orElse(null);
            fitting.removeIf(fp -> !fp.family().equals(preferred));
        }
        List<FootprintCandidate> out = new ArrayList<>();
        for (SoFootprint fp : fitting) {
            out.add(new FootprintCandidate(fp.footprint().id(), pins + (exposed ? 1 : 0)));
        }
        return out.isEmpty() ? CandidateSet.none("no KiCad footprint fits " + spec.describe())
                : new CandidateSet(null, out, null);
    }

    private CandidateSet leadless(PackageSpec spec) {
        if (spec.pins() == 0 || spec.pitch() == null && spec.bodyWidth() == null) {
            return CandidateSet.none("pins, body and pitch of the package are not stated");
        }
        boolean dual = "DFN".equals(spec.code());
        boolean exposed = Boolean.TRUE.equals(spec.exposedPad());
        if (spec.kind() == PackageKind.QFN && spec.exposedPad() == null) {
            return CandidateSet.none("whether the package has an exposed pad is not stated");
        }
        List<FootprintCandidate> out = new ArrayList<>();
        for (LeadlessFootprint fp : leadlessFootprints) {
            boolean familyFits = spec.kind() == PackageKind.QFP
                    ? (fp.family().equals("LQFP") || fp.family().equals("TQFP"))
                    && (spec.code() == null || spec.code().equals(fp.family()))
                    : fp.family().equals(dual ? "DFN" : "QFN");
            if (familyFits && fp.pins() == spec.pins() && fp.exposedPad() == exposed
                    && (spec.pitch() == null || Math.abs(fp.pitch() - spec.pitch()) <= 0.02)
                    && (spec.bodyWidth() == null || sameBody(fp, spec.bodyWidth(), spec.bodyLength()))) {
                out.add(new FootprintCandidate(fp.footprint().id(), spec.pins() + (exposed ? 1 : 0)));
            }
        }
        return out.isEmpty() ? CandidateSet.none("no KiCad footprint fits " + spec.describe())
                : new CandidateSet(null, out, null);
    }

    private static boolean sameBody(LeadlessFootprint fp, double width, Double length) {
        double l = length == null ? width : length;
        return Math.abs(fp.width() - width) <= 0.1 && Math.abs(fp.length() - l) <= 0.1
                || Math.abs(fp.width() - l) <= 0.1 && Math.abs(fp.length() - width) <= 0.1;
    }

    private CandidateSet dip(PackageSpec spec) {
        Double width = spec.bodyWidth();
        if (width == null) {
            width = spec.pins() <= 20 ? 7.62 : spec.pins() >= 32 ? 15.24 : null;
        }
        if (width == null || spec.pins() == 0) {
            return CandidateSet.none("the row spacing of the DIP is not stated");
        }
        return footprintOnly("Package_DIP:DIP-" + spec.pins() + "_W" + String.format(Locale.ROOT, "%.2f", width) + "mm",
                spec.pins());
    }

    private static CandidateSet footprintOnly(String footprint, int pads) {
        return new CandidateSet(null, List.of(new FootprintCandidate(KicadLibId.parse(footprint), pads)), null);
    }

    private static CandidateSet single(String symbol, String footprint, int pads) {
        return new CandidateSet(KicadLibId.parse(symbol),
                List.of(new FootprintCandidate(KicadLibId.parse(footprint), pads)), null);
    }

    private static String symbolName(DiodeKind kind) {
        return KicadLibId.parse(kind.symbol()).name();
    }

    private static String trim(double value) {
        String text = String.format(Locale.ROOT, "%.3f", value);
        return text.replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    private static double[] lengths(double... pairs) {
        double[] out = new double[40];
        for (int i = 0; i < pairs.length; i += 2) {
            out[(int) pairs[i]] = pairs[i + 1];
        }
        return out;
    }
}
