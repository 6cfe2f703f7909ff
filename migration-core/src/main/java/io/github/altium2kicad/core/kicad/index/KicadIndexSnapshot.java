package io.github.altium2kicad.core.kicad.index;

import io.github.altium2kicad.api.mapping.KicadLibId;
import io.github.altium2kicad.api.mapping.TwoPadLayout;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The compact file form of a {@link KicadLibraryIndex}: gzip'd, tab-separated UTF-8 text, one line per item.
 *
 * <pre>
 * # comment lines
 * S  library  name  pinCount  referencePrefix
 * F  library  name  padCount  totalPads  mount(smd|tht|-)  [pitch,along,across]
 * </pre>
 *
 * The last field of an {@code F} line, the {@link TwoPadLayout} of a two-pad footprint in mm, is optional (format 1
 * files lack it; format 2 writes it for two-pad footprints).
 *
 * Tabs, line ends and backslashes inside names are written as {@code \t}, {@code \n}, {@code \r},
 * {@code \\}.
 */
public final class KicadIndexSnapshot {

    static final String HEADER = "# altium2kicad KiCad library index, format 2";
    /** The header of snapshots written before land patterns were kept: still read. */
    static final String HEADER_1 = "# altium2kicad KiCad library index, format 1";

    private KicadIndexSnapshot() {
    }

    /** Writes {@code index} gzip'd to {@code out}, each of {@code comments} as a {@code #} line. */
    public static void write(KicadLibraryIndex index, List<String> comments, OutputStream out) throws IOException {
        GZIPOutputStream gzip = new GZIPOutputStream(out, 1 << 16);
        Writer writer = new BufferedWriter(new OutputStreamWriter(gzip, StandardCharsets.UTF_8), 1 << 16);
        writer.write(HEADER);
        writer.write('\n');
        for (String comment : comments) {
            writer.write("# ");
            writer.write(comment.replace('\n', ' '));
            writer.write('\n');
        }
        for (KicadSymbol symbol : (Iterable<KicadSymbol>) index.symbols()::iterator) {
            writer.write("S\t" + escape(symbol.id().library()) + '\t' + escape(symbol.id().name()) + '\t'
                    + symbol.pinCount() + '\t' + escape(symbol.referencePrefix()) + '\n');
        }
        for (KicadFootprint footprint : (Iterable<KicadFootprint>) index.footprints()::iterator) {
            writer.write("F\t" + escape(footprint.id().library()) + '\t' + escape(footprint.id().name()) + '\t'
                    + footprint.padCount() + '\t' + footprint.totalPads() + '\t' + footprint.mount().code()
                    + (footprint.layout() == null ? "" : '\t' + layout(footprint.layout())) + '\n');
        }
        writer.flush();
        gzip.finish();
    }

    /** Reads a gzip'd snapshot; {@code source} describes it in {@link KicadLibraryIndex#source()}. */
    public static KicadLibraryIndex read(InputStream in, String source) throws IOException {
        BufferedReader reader = new BufferedReader(
                new InputStreamReader(new GZIPInputStream(in, 1 << 16), StandardCharsets.UTF_8), 1 << 16);
        String first = reader.readLine();
        if (!HEADER.equals(first) && !HEADER_1.equals(first)) {
            throw new IOException(source + ": not an altium2kicad KiCad index (first line '" + first + "')");
        }
        List<KicadSymbol> symbols = new ArrayList<>(32_768);
        List<KicadFootprint> footprints = new ArrayList<>(16_384);
        int lineNumber = 1;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            try {
                if (f[0].equals("S") && f.length == 5) {
                    symbols.add(new KicadSymbol(new KicadLibId(unescape(f[1]), unescape(f[2])),
                            Integer.parseInt(f[3]), unescape(f[4])));
                } else if (f[0].equals("F") && (f.length == 6 || f.length == 7)) {
                    footprints.add(new KicadFootprint(new KicadLibId(unescape(f[1]), unescape(f[2])),
                            Integer.parseInt(f[3]), Integer.parseInt(f[4]), FootprintMount.fromCode(f[5]),
                            f.length == 7 ? layout(f[6]) : null));
                } else {
                    throw new IllegalArgumentException("expected S with 5 fields or F with 6 or 7");
                }
            } catch (IllegalArgumentException e) {
                throw new IOException(source + ", line " + lineNumber + ": " + e.getMessage(), e);
            }
        }
        return KicadLibraryIndex.of(symbols, footprints, source);
    }

    private static String layout(TwoPadLayout l) {
        return round(l.pitch()) + "," + round(l.along()) + "," + round(l.across());
    }

    private static String round(double mm) {
        return java.math.BigDecimal.valueOf(mm).stripTrailingZeros().toPlainString(); // TwoPadLayout keeps 0.1 µm
    }

    private static TwoPadLayout layout(String field) {
        String[] v = field.split(",", -1);
        if (v.length != 3) {
            throw new IllegalArgumentException("expected pitch,along,across, got '" + field + "'");
        }
        return new TwoPadLayout(Double.parseDouble(v[0]), Double.parseDouble(v[1]), Double.parseDouble(v[2]));
    }

    private static String escape(String text) {
        if (text.indexOf('\t') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0 && text.indexOf('\\') < 0) {
            return text;
        }
        return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String text) {
        if (text.indexOf('\\') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                out.append(switch (next) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> next;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
