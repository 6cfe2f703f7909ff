package io.github.altium2kicad.core.kicad.index;

import io.github.altium2kicad.api.mapping.KicadLibId;
import io.github.altium2kicad.core.kicad.index.SExpressionTokenizer.Token;

import java.io.IOException;
import java.io.Reader;
import io.github.altium2kicad.api.mapping.TwoPadLayout;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads one {@code .kicad_mod} file (KiCad 6+ {@code (footprint …)} or KiCad 5 {@code (module …)}): its pads
 * (numbers, types, and for a two-pad footprint the {@link TwoPadLayout} from {@code at} and {@code size}) and its
 * {@code attr}. Everything else is skipped unread.
 */
final class KicadFootprintReader {

    private KicadFootprintReader() {
    }

    /** The footprint read from {@code reader}, named {@code id} (KiCad names a footprint by its file name). */
    static KicadFootprint read(KicadLibId id, Reader reader) throws IOException {
        SExpressionTokenizer tokens = new SExpressionTokenizer(reader);
        String root = tokens.next() == Token.OPEN ? tokens.nextValue() : null;
        if (!"footprint".equals(root) && !"module".equals(root)) {
            throw tokens.error("not a KiCad footprint (expected '(footprint' or '(module')");
        }
        Set<String> numbers = new HashSet<>();
        List<double[]> numberedGeometry = new ArrayList<>();
        int totalPads = 0;
        boolean platedHoles = false;
        boolean smdPads = false;
        FootprintMount attr = null;
        while (true) {
            Token token = tokens.next();
            if (token == Token.CLOSE && tokens.depth() == 0) {
                break;
            }
            if (token == Token.END) {
                throw tokens.error("end of input before the footprint's closing ')'");
            }
            if (token != Token.OPEN) {
                continue;
            }
            String head = tokens.nextValue();
            if (head == null) {
                continue;
            }
            if (head.equals("pad")) {
                totalPads++;
                String number = tokens.nextValue();
                if (number == null) {
                    continue;
                }
                if (!number.isEmpty()) {
                    numbers.add(number);
                }
                String type = tokens.nextValue();
                if (type == null) {
                    continue;
                }
                if (type.equals("thru_hole")) {
                    platedHoles = true;
                } else if (type.equals("smd")) {
                    smdPads = true;
                }
                double[] geometry = padGeometry(tokens);
                if (!number.isEmpty()) {
                    numberedGeometry.add(geometry);
                }
            } else if (head.equals("attr")) {
                String value = tokens.nextValue();
                if (value == null) {
                    continue;
                }
                if (value.equals("smd")) {
                    attr = FootprintMount.SMD;
                } else if (value.equals("through_hole")) {
                    attr = FootprintMount.THROUGH_HOLE;
                }
                tokens.skipList();
            } else {
                tokens.skipList();
            }
        }
        FootprintMount mount = attr != null ? attr
                : platedHoles ? FootprintMount.THROUGH_HOLE
                : smdPads ? FootprintMount.SMD
                : FootprintMount.UNSPECIFIED;
        TwoPadLayout layout = null;
        if (numbers.size() == 2 && numberedGeometry.size() == 2 && numberedGeometry.get(0) != null
                && numberedGeometry.get(1) != null) {
            double[] a = numberedGeometry.get(0);
            double[] b = numberedGeometry.get(1);
            layout = TwoPadLayout.of(a[0], a[1], a[2], a[3], a[4], b[0], b[1], b[2], b[3], b[4]).orElse(null);
        }
        return new KicadFootprint(id, numbers.size(), totalPads, mount, layout);
    }

    /**
     * The rest of a {@code (pad …)} list after its number and type, consumed: {@code (at x y [angle])} and
     * {@code (size w h)} as x, y, w, h, angle, or {@code null} if either is missing or not a number.
     */
    private static double[] padGeometry(SExpressionTokenizer tokens) throws IOException {
        int depth = tokens.depth();
        double[] at = null;
        double[] size = null;
        while (true) {
            Token token = tokens.next();
            if (token == Token.END) {
                throw tokens.error("end of input inside a pad");
            }
            if (token == Token.CLOSE && tokens.depth() < depth) {
                break;
            }
            if (token != Token.OPEN) {
                continue;
            }
            String head = tokens.nextValue();
            if ("at".equals(head) || "size".equals(head)) {
                double[] values = numbers(tokens);
                if ("at".equals(head) && values != null && values.length >= 2) {
                    at = new double[] {values[0], values[1], values.length > 2 ? values[2] : 0};
                } else if ("size".equals(head) && values != null && values.length >= 2) {
                    size = new double[] {values[0], values[1]};
                }
            } else if (head != null) {
                tokens.skipList();
            }
        }
        return at == null || size == null ? null : new double[] {at[0], at[1], size[0], size[1], at[2]};
    }

    /** The numbers of the current list up to its end (consumed); {@code null} if one is not a number. */
    private static double[] numbers(SExpressionTokenizer tokens) throws IOException {
        double[] values = new double[3];
        int count = 0;
        boolean numeric = true;
        for (String value = tokens.nextValue(); value != null; value = tokens.nextValue()) {
            if (count < values.length) {
                try {
                    values[count++] = Double.parseDouble(value);
                } catch (NumberFormatException e) {
                    numeric = false;
                }
            }
        }
        return numeric ? java.util.Arrays.copyOf(values, count) : null;
    }
}
