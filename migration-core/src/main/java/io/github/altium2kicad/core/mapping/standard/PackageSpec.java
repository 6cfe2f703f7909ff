package io.github.altium2kicad.core.mapping.standard;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A physical package as a name or package text states it, normalized so that readings from different sources
 * can be compared: {@code RESC1608X55N}, {@code R0603} and {@code 0603 (1608 Metric)} all read as a chip of
 * metric size 1608. Unknown facts are {@code null} (or 0 for counts).
 *
 * @param kind       the package kind
 * @param code       the kind's canonical name of the package, see {@link PackageKind}; {@code null} if unknown
 * @param pins       terminal count, 0 if unknown; a SOT-223's or DPAK's tab counts (it is a numbered pad in
 *                   KiCad), an exposed thermal pad does not (see {@code exposedPad})
 * @param rows       rows of a pin header; 0 if unknown
 * @param pitch      lead pitch in mm
 * @param bodyWidth  body width in mm (for DIP: row spacing)
 * @param bodyLength body length in mm
 * @param height     height in mm (tantalum: the EIA height, e.g. 1.8 for 3216-18)
 * @param exposedPad whether there is an exposed/thermal pad; {@code null} if unknown
 * @param flags      further facts
 */
public record PackageSpec(PackageKind kind, String code, int pins, int rows, Double pitch, Double bodyWidth,
                          Double bodyLength, Double height, Boolean exposedPad, Set<PackageFlag> flags) {

    private static final double PITCH_TOLERANCE = 0.03;
    private static final double SIZE_TOLERANCE = 0.2;
    private static final double HEIGHT_TOLERANCE = 0.15;
    private static final Memo<Double, String> MILLIMETRES = new Memo<>(10_000, PackageSpec::formatMm);
    private static final Pattern TRAILING_ZEROS = Pattern.compile("0+$");
    private static final Pattern TRAILING_POINT = Pattern.compile("\\.$");

    public PackageSpec {
        Objects.requireNonNull(kind, "kind");
        // enum order, not Set.copyOf's per-JVM order: describe() lists the flags in evidence texts
        flags = flags.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(flags));
    }

    /** A spec of {@code kind} with nothing else known; refine with the {@code with…} methods. */
    public static PackageSpec of(PackageKind kind) {
        return new PackageSpec(kind, null, 0, 0, null, null, null, null, null, Set.of());
    }

    /** A two-terminal chip of {@code size}. */
    public static PackageSpec chip(ChipSize size) {
        return of(PackageKind.CHIP).withCode(size.metric()).withPins(2);
    }

    public PackageSpec withCode(String newCode) {
        return new PackageSpec(kind, newCode, pins, rows, pitch, bodyWidth, bodyLength, height, exposedPad, flags);
    }

    public PackageSpec withPins(int newPins) {
        return new PackageSpec(kind, code, newPins, rows, pitch, bodyWidth, bodyLength, height, exposedPad, flags);
    }

    public PackageSpec withRows(int newRows) {
        return new PackageSpec(kind, code, pins, newRows, pitch, bodyWidth, bodyLength, height, exposedPad, flags);
    }

    public PackageSpec withPitch(Double newPitch) {
        return new PackageSpec(kind, code, pins, rows, newPitch, bodyWidth, bodyLength, height, exposedPad, flags);
    }

    public PackageSpec withBody(Double width, Double length) {
        return new PackageSpec(kind, code, pins, rows, pitch, width, length, height, exposedPad, flags);
    }

    public PackageSpec withHeight(Double newHeight) {
        return new PackageSpec(kind, code, pins, rows, pitch, bodyWidth, bodyLength, newHeight, exposedPad, flags);
    }

    public PackageSpec withExposedPad(Boolean newExposedPad) {
        return new PackageSpec(kind, code, pins, rows, pitch, bodyWidth, bodyLength, height, newExposedPad, flags);
    }

    public PackageSpec withFlag(PackageFlag flag) {
        Set<PackageFlag> more = flags.isEmpty() ? EnumSet.noneOf(PackageFlag.class) : EnumSet.copyOf(flags);
        more.add(flag);
        return new PackageSpec(kind, code, pins, rows, pitch, bodyWidth, bodyLength, height, exposedPad, more);
    }

    public PackageSpec withKind(PackageKind newKind) {
        return new PackageSpec(newKind, code, pins, rows, pitch, bodyWidth, bodyLength, height, exposedPad, flags);
    }

    /** True if {@code flag} is stated. */
    public boolean has(PackageFlag flag) {
        return flags.contains(flag);
    }

    /**
     * Why this reading and {@code other} cannot be the same package, or empty if they can (facts only one of
     * them states never conflict). A chip and a molded polarized part of the same metric size agree: DigiKey
     * lists tantalum case A as {@code 1206 (3216 Metric)}.
     */
    public Optional<String> conflictWith(PackageSpec other) {
        if (!kindsCompatible(other)) {
            return Optional.of(describe() + " vs " + other.describe());
        }
        if (code != null && other.code != null && !code.equals(other.code) && kind == other.kind
                && kind != PackageKind.SO && kind != PackageKind.QFN) {
            return Optional.of(describe() + " vs " + other.describe());
        }
        if (kind != other.kind && code != null && other.code != null && !code.equals(other.code)
                && kind != PackageKind.GENERIC_SMD && other.kind != PackageKind.GENERIC_SMD) {
            return Optional.of(describe() + " vs " + other.describe());
        }
        List<String> differences = new ArrayList<>();
        if (pins > 0 && other.pins > 0 && pins != other.pins) {
            differences.add(pins + " vs " + other.pins + " terminals");
        }
        if (rows > 0 && other.rows > 0 && rows != other.rows) {
            differences.add(rows + " vs " + other.rows + " rows");
        }
        if (differs(pitch, other.pitch, PITCH_TOLERANCE)) {
            differences.add("pitch " + mm(pitch) + " vs " + mm(other.pitch));
        }
        if (differs(bodyWidth, other.bodyWidth, SIZE_TOLERANCE)) {
            differences.add("width " + mm(bodyWidth) + " vs " + mm(other.bodyWidth));
        }
        if (differs(bodyLength, other.bodyLength, SIZE_TOLERANCE)) {
            differences.add("length " + mm(bodyLength) + " vs " + mm(other.bodyLength));
        }
        if (differs(height, other.height, HEIGHT_TOLERANCE)) {
            differences.add("height " + mm(height) + " vs " + mm(other.height));
        }
        if (exposedPad != null && other.exposedPad != null && !exposedPad.equals(other.exposedPad)) {
            differences.add((exposedPad ? "with" : "without") + " vs " + (other.exposedPad ? "with" : "without")
                    + " exposed pad");
        }
        if (opposite(other, PackageFlag.HORIZONTAL, PackageFlag.VERTICAL)) {
            differences.add("horizontal vs vertical");
        }
        if (opposite(other, PackageFlag.FEMALE, PackageFlag.MALE)) {
            differences.add("female vs male");
        }
        return differences.isEmpty() ? Optional.empty()
                : Optional.of(describe() + " vs " + other.describe() + ": " + String.join(", ", differences));
    }

    /** The facts of both readings (this one's where both state one); call only without a conflict. */
    public PackageSpec merge(PackageSpec other) {
        PackageKind mergedKind = kind;
        if (kind == PackageKind.GENERIC_SMD || (kind == PackageKind.CHIP && other.kind == PackageKind.MOLDED_POLARIZED)) {
            mergedKind = other.kind;
        }
        Set<PackageFlag> mergedFlags = EnumSet.noneOf(PackageFlag.class);
        mergedFlags.addAll(flags);
        mergedFlags.addAll(other.flags);
        String mergedCode = kind == PackageKind.GENERIC_SMD ? other.code : first(code, other.code);
        if (kind == PackageKind.SO && code != null && other.code != null && !code.equals(other.code)) {
            mergedCode = null; // DigiKey's "8-TSSOP, 8-MSOP": the body decides
        }
        return new PackageSpec(mergedKind, mergedCode, pins > 0 ? pins : other.pins,
                rows > 0 ? rows : other.rows, first(pitch, other.pitch), first(bodyWidth, other.bodyWidth),
                first(bodyLength, other.bodyLength), first(height, other.height), first(exposedPad, other.exposedPad),
                mergedFlags);
    }

    /** A short human-readable description, e.g. {@code chip 0603 (1608 metric)} or {@code SOIC, 8 pins, ...}. */
    public String describe() {
        StringBuilder out = new StringBuilder();
        switch (kind) {
            case CHIP -> out.append("chip ").append(code == null ? "?" : ChipSize.metric(code)
                    .map(ChipSize::toString).orElse(code + " metric"));
            case MOLDED_POLARIZED -> out.append("molded polarized EIA ").append(code == null ? "?" : code)
                    .append(height == null ? "" : "-" + Math.round(height * 10));
            case LED_THT -> out.append("THT LED ").append(code).append(" mm");
            case PIN_HEADER -> out.append(has(PackageFlag.FEMALE) ? "pin socket" : "pin header");
            case GENERIC_SMD -> out.append("SMD");
            case SO -> out.append(code != null ? code : "small-outline");
            default -> out.append(code != null ? code : kind.name().toLowerCase(Locale.ROOT));
        }
        if (kind != PackageKind.CHIP && kind != PackageKind.MOLDED_POLARIZED && kind != PackageKind.LED_THT) {
            if (kind == PackageKind.PIN_HEADER && rows > 0 && pins > 0) {
                out.append(' ').append(rows).append('x').append(pins / rows);
            } else if (pins > 0 && !kind.fixedPinout() && (code == null || !endsWithCount(code, pins))
                    || pins > 0 && kind == PackageKind.CRYSTAL) {
                out.append(", ").append(pins).append(" terminals");
            }
            if (pitch != null) {
                out.append(", pitch ").append(mm(pitch));
            }
            if (bodyWidth != null) {
                out.append(", ").append(kind == PackageKind.DIP ? "rows " : "body ").append(mm(bodyWidth))
                        .append(bodyLength != null ? " x " + mm(bodyLength) : "");
            }
            if (exposedPad != null) {
                out.append(exposedPad ? ", exposed pad" : ", no exposed pad");
            }
        }
        for (PackageFlag flag : flags) {
            out.append(", ").append(flag.name().toLowerCase(Locale.ROOT).replace('_', ' '));
        }
        return out.toString();
    }

    private boolean kindsCompatible(PackageSpec other) {
        if (kind == other.kind) {
            return true;
        }
        if (kind == PackageKind.GENERIC_SMD || other.kind == PackageKind.GENERIC_SMD) {
            PackageKind real = kind == PackageKind.GENERIC_SMD ? other.kind : kind;
            return real != PackageKind.DIP && real != PackageKind.TO && real != PackageKind.LED_THT
                    && real != PackageKind.PIN_HEADER;
        }
        return (kind == PackageKind.CHIP && other.kind == PackageKind.MOLDED_POLARIZED
                || kind == PackageKind.MOLDED_POLARIZED && other.kind == PackageKind.CHIP)
                && Objects.equals(code, other.code);
    }

    private boolean opposite(PackageSpec other, PackageFlag a, PackageFlag b) {
        return has(a) && other.has(b) || has(b) && other.has(a);
    }

    private static boolean differs(Double a, Double b, double tolerance) {
        return a != null && b != null && Math.abs(a - b) > tolerance + 1e-9;
    }

    private static <T> T first(T a, T b) {
        return a != null ? a : b;
    }

    static String mm(Double value) {
        return value == null ? "?" : MILLIMETRES.apply(value);
    }

    private static String formatMm(Double value) {
        String text = String.format(Locale.ROOT, "%.3f", value);
        text = TRAILING_POINT.matcher(TRAILING_ZEROS.matcher(text).replaceAll("")).replaceAll("");
        return text + " mm";
    }

    /**
     * {@code code.matches(".*-" + count)} without compiling a pattern: {@code code} ends with {@code -count} and
     * the rest holds no line terminator (which {@code .} does not match).
     */
    private static boolean endsWithCount(String code, int count) {
        String suffix = "-" + count;
        if (!code.endsWith(suffix)) {
            return false;
        }
        for (int i = 0; i < code.length() - suffix.length(); i++) {
            char c = code.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return false;
            }
        }
        return true;
    }
}
