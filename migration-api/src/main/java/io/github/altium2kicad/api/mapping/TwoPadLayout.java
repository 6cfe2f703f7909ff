package io.github.altium2kicad.api.mapping;

import java.util.Locale;
import java.util.Optional;

/**
 * The land pattern of a two-terminal footprint in millimetres, independent of rotation and of which pad is which:
 * the distance between the two pads' centres and each pad's extent along and across the line joining them. An
 * Altium footprint's (from its {@code .PcbLib} pad records) and a KiCad footprint's (from its {@code .kicad_mod})
 * can be compared with {@link #disagreement}.
 *
 * @param pitch  centre-to-centre distance of the two pads
 * @param along  a pad's extent along the line joining the centres (the larger of the two pads')
 * @param across a pad's extent across that line (the larger of the two pads')
 */
public record TwoPadLayout(double pitch, double along, double across) {

    /**
     * Largest relative difference of pitch and pad width (across) still taken as the same package. Neighbouring
     * chip sizes differ by more in at least one of the two (0402/0603 pads 0.64/0.95 mm wide, 0603/0805 0.95/1.40 mm,
     * 1206/1210 1.75/2.65 mm; 0805/1206 pitch 1.8/2.9 mm, 2010/2512 pitch 4.6/5.9 mm in KiCad's footprints).
     */
    public static final double SAME_PACKAGE = 0.20;
    /**
     * Pitch may also differ by this much (mm): IPC-7351's density levels move each pad's outer edge by up to 0.2 mm, so
     * Altium's least-density 0603 ({@code CAPC1608X09L}, pitch 1.18 mm) is still KiCad's 0603 (1.55 mm), and small
     * neighbours are told apart by pad width instead.
     */
    public static final double PITCH_SLACK_MM = 0.40;
    /** Largest relative difference of the pads' length (along): hand-solder and reflow variants differ most here. */
    public static final double SAME_PAD_LENGTH = 0.50;

    /** Rounded to 0.1 µm, so that a layout computed from coordinates equals the same layout written and read back. */
    public TwoPadLayout {
        if (!(pitch > 0) || !(along > 0) || !(across > 0)) {
            throw new IllegalArgumentException("pitch and pad sizes must be positive, got " + pitch + ", " + along + ", " + across);
        }
        pitch = round(pitch);
        along = round(along);
        across = round(across);
    }

    private static double round(double mm) {
        return Math.round(mm * 10_000) / 10_000.0;
    }

    /**
     * The layout of two pads centred at ({@code x1}, {@code y1}) and ({@code x2}, {@code y2}), each {@code w} × {@code h}
     * in its own frame turned by {@code rotation} degrees; empty if the centres coincide.
     */
    public static Optional<TwoPadLayout> of(double x1, double y1, double w1, double h1, double rotation1,
                                            double x2, double y2, double w2, double h2, double rotation2) {
        double dx = x2 - x1;
        double dy = y2 - y1;
        double pitch = Math.hypot(dx, dy);
        if (pitch < 1e-6 || !(w1 > 0) || !(h1 > 0) || !(w2 > 0) || !(h2 > 0)) {
            return Optional.empty();
        }
        double axis = Math.atan2(dy, dx);
        double along = Math.max(extent(w1, h1, rotation1, axis), extent(w2, h2, rotation2, axis));
        double across = Math.max(extent(w1, h1, rotation1, axis + Math.PI / 2), extent(w2, h2, rotation2, axis + Math.PI / 2));
        return Optional.of(new TwoPadLayout(pitch, along, across));
    }

    /** The extent of a {@code w} × {@code h} rectangle turned by {@code rotation} degrees, along direction {@code axis}. */
    private static double extent(double w, double h, double rotation, double axis) {
        double a = Math.toRadians(rotation) - axis;
        return Math.abs(w * Math.cos(a)) + Math.abs(h * Math.sin(a));
    }

    /**
     * Why {@code other} is not the same land pattern ({@code pitch 1.65 mm against 1.02 mm}), or empty if they agree:
     * pitch within {@link #SAME_PACKAGE} of the larger or {@link #PITCH_SLACK_MM}, pad width within
     * {@link #SAME_PACKAGE}, pad length within {@link #SAME_PAD_LENGTH} or {@link #PITCH_SLACK_MM}.
     */
    public Optional<String> disagreement(TwoPadLayout other) {
        if (differs(pitch, other.pitch, SAME_PACKAGE, PITCH_SLACK_MM)) {
            return Optional.of("pitch " + mm(pitch) + " against " + mm(other.pitch));
        }
        if (differs(across, other.across, SAME_PACKAGE, 0)) {
            return Optional.of("pad width " + mm(across) + " against " + mm(other.across));
        }
        if (differs(along, other.along, SAME_PAD_LENGTH, PITCH_SLACK_MM)) {
            return Optional.of("pad length " + mm(along) + " against " + mm(other.along));
        }
        return Optional.empty();
    }

    private static boolean differs(double a, double b, double relative, double absoluteMm) {
        return Math.abs(a - b) > Math.max(relative * Math.max(a, b), absoluteMm);
    }

    /** As {@code pitch 1.60 mm, pads 0.70 × 0.90 mm}. */
    public String describe() {
        return "pitch " + mm(pitch) + ", pads " + String.format(Locale.ROOT, "%.2f × %.2f mm", along, across);
    }

    private static String mm(double v) {
        return String.format(Locale.ROOT, "%.2f mm", v);
    }
}
