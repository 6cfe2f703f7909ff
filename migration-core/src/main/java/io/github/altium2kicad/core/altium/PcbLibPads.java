package io.github.altium2kicad.core.altium;

import io.github.altium2kicad.api.mapping.TwoPadLayout;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Reads the pads of one footprint of a {@code .PcbLib}: the count, the distinct non-blank pad designators in the
 * footprint storage's {@code Data} stream, the measure {@link io.github.altium2kicad.core.kicad.index.KicadFootprint#padCount()}
 * uses for KiCad's footprints. The stream is a name block, then primitive records as KiCad's Altium importer reads
 * them ({@code ALTIUM_PCB::ParseFootprint}): a record-type byte, then length-prefixed subrecords: six for a pad (the
 * first holding the designator as a Pascal string), two for a text, one for an arc, via, track, fill, region or 3D
 * body (see {@code pcblib/pads.txt} of the fixtures). A pad's fifth subrecord holds its centre, sizes and rotation
 * ({@code APAD6}); of a two-pad footprint these give its {@link TwoPadLayout}.
 */
final class PcbLibPads {

    private static final int ARC = 1;
    private static final int PAD = 2;
    private static final int VIA = 3;
    private static final int TRACK = 4;
    private static final int TEXT = 5;
    private static final int FILL = 6;
    private static final int REGION = 11;
    private static final int BODY = 12;
    /** In a pad's fifth subrecord (APAD6 in KiCad's {@code altium_parser_pcb.cpp}): the centre x, y. */
    private static final int POSITION = 13;
    /** The top-layer pad size x, y (then mid- and bottom-layer sizes, hole size, shapes). */
    private static final int TOP_SIZE = 21;
    /** The rotation in degrees, a little-endian double. */
    private static final int DIRECTION = 52;
    private static final int GEOMETRY_END = DIRECTION + 8;

    private PcbLibPads() {
    }

    /**
     * What the pad records of one footprint say.
     *
     * @param count  distinct non-blank pad designators
     * @param layout the land pattern, if the footprint has exactly two pads, both numbered, with distinct
     *               designators and a readable geometry subrecord
     */
    record Reading(int count, Optional<TwoPadLayout> layout) {
    }

    /** The footprint's numbered pads, or empty if the stream is in a form this reader does not know. */
    static OptionalInt count(byte[] data, Charset charset) {
        Optional<Reading> reading = read(data, charset);
        return reading.isPresent() ? OptionalInt.of(reading.get().count()) : OptionalInt.empty();
    }

    /** The footprint's pads, or empty if the stream is in a form this reader does not know. */
    static Optional<Reading> read(byte[] data, Charset charset) {
        if (data == null || data.length < 4) {
            return Optional.empty();
        }
        int pos = 4 + (int) uint32(data, 0); // the footprint's name block
        Set<String> designators = new HashSet<>();
        List<double[]> geometry = new ArrayList<>(); // x, y, width, height, rotation (mm, degrees) per pad
        int pads = 0;
        while (pos >= 0 && data.length - pos >= 4) {
            int type = data[pos++] & 0xFF;
            int subrecords = switch (type) {
                case PAD -> 6;
                case TEXT -> 2;
                case ARC, VIA, TRACK, FILL, REGION, BODY -> 1;
                default -> -1;
            };
            if (subrecords < 0) {
                return Optional.empty();
            }
            pads += type == PAD ? 1 : 0;
            for (int i = 0; i < subrecords; i++) {
                if (data.length - pos < 4) {
                    return Optional.empty();
                }
                long length = uint32(data, pos);
                pos += 4;
                if (length > data.length - pos) {
                    return Optional.empty();
                }
                if (type == PAD && i == 0 && length > 0) {
                    int nameLength = Math.min(data[pos] & 0xFF, (int) length - 1);
                    String designator = new String(data, pos + 1, nameLength, charset).strip();
                    if (!designator.isEmpty()) {
                        designators.add(designator);
                    }
                } else if (type == PAD && i == 4 && length >= GEOMETRY_END) {
                    geometry.add(new double[] {mm(data, pos + POSITION), mm(data, pos + POSITION + 4),
                            mm(data, pos + TOP_SIZE), mm(data, pos + TOP_SIZE + 4), float64(data, pos + DIRECTION)});
                }
                pos += (int) length;
            }
        }
        if (pos != data.length) {
            return Optional.empty();
        }
        Optional<TwoPadLayout> layout = Optional.empty();
        if (pads == 2 && designators.size() == 2 && geometry.size() == 2) {
            double[] a = geometry.get(0);
            double[] b = geometry.get(1);
            layout = TwoPadLayout.of(a[0], a[1], a[2], a[3], a[4], b[0], b[1], b[2], b[3], b[4]);
        }
        return Optional.of(new Reading(designators.size(), layout));
    }

    /** A signed 32-bit length in Altium's unit (1/10,000 mil) at {@code at}, in millimetres. */
    private static double mm(byte[] b, int at) {
        return (int) uint32(b, at) * 2.54e-6;
    }

    private static double float64(byte[] b, int at) {
        long bits = 0;
        for (int i = 7; i >= 0; i--) {
            bits = bits << 8 | (b[at + i] & 0xFFL);
        }
        double value = Double.longBitsToDouble(bits);
        return Double.isFinite(value) ? value : 0;
    }

    private static long uint32(byte[] b, int at) {
        return (b[at] & 0xFFL) | (b[at + 1] & 0xFFL) << 8 | (b[at + 2] & 0xFFL) << 16 | (b[at + 3] & 0xFFL) << 24;
    }
}
