package io.github.altium2kicad.core.altium;

import java.nio.charset.Charset;
import java.util.HashSet;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Counts the numbered pads of one footprint of a {@code .PcbLib}: the distinct non-blank pad designators in the
 * footprint storage's {@code Data} stream, the measure {@link io.github.altium2kicad.core.kicad.index.KicadFootprint#padCount()}
 * uses for KiCad's footprints. The stream is a name block, then primitive records as KiCad's Altium importer reads
 * them ({@code ALTIUM_PCB::ParseFootprint}): a record-type byte, then length-prefixed subrecords: six for a pad (the
 * first holding the designator as a Pascal string), two for a text, one for an arc, via, track, fill, region or 3D
 * body (see {@code pcblib/pads.txt} of the fixtures).
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

    private PcbLibPads() {
    }

    /** The footprint's numbered pads, or empty if the stream is in a form this reader does not know. */
    static OptionalInt count(byte[] data, Charset charset) {
        if (data == null || data.length < 4) {
            return OptionalInt.empty();
        }
        int pos = 4 + (int) uint32(data, 0); // the footprint's name block
        Set<String> designators = new HashSet<>();
        while (pos >= 0 && data.length - pos >= 4) {
            int type = data[pos++] & 0xFF;
            int subrecords = switch (type) {
                case PAD -> 6;
                case TEXT -> 2;
                case ARC, VIA, TRACK, FILL, REGION, BODY -> 1;
                default -> -1;
            };
            if (subrecords < 0) {
                return OptionalInt.empty();
            }
            for (int i = 0; i < subrecords; i++) {
                if (data.length - pos < 4) {
                    return OptionalInt.empty();
                }
                long length = uint32(data, pos);
                pos += 4;
                if (length > data.length - pos) {
                    return OptionalInt.empty();
                }
                if (type == PAD && i == 0 && length > 0) {
                    int nameLength = Math.min(data[pos] & 0xFF, (int) length - 1);
                    String designator = new String(data, pos + 1, nameLength, charset).strip();
                    if (!designator.isEmpty()) {
                        designators.add(designator);
                    }
                }
                pos += (int) length;
            }
        }
        return pos == data.length ? OptionalInt.of(designators.size()) : OptionalInt.empty();
    }

    private static long uint32(byte[] b, int at) {
        return (b[at] & 0xFFL) | (b[at + 1] & 0xFFL) << 8 | (b[at + 2] & 0xFFL) << 16 | (b[at + 3] & 0xFFL) << 24;
    }
}
