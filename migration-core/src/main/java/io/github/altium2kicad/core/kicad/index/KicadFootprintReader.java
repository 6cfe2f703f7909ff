package io.github.altium2kicad.core.kicad.index;

import io.github.altium2kicad.api.mapping.KicadLibId;
import io.github.altium2kicad.core.kicad.index.SExpressionTokenizer.Token;

import java.io.IOException;
import java.io.Reader;
import java.util.HashSet;
import java.util.Set;

/**
 * Reads one {@code .kicad_mod} file (KiCad 6+ {@code (footprint …)} or KiCad 5 {@code (module …)}): its pads
 * and its {@code attr}. Everything else is skipped unread.
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
                tokens.skipList();
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
        return new KicadFootprint(id, numbers.size(), totalPads, mount);
    }
}
