package io.github.altium2kicad.core.mapping.standard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Package names mentioned inside free text, e.g. the {@code 0603} of {@code RES 10K OHM 1% 1/10W 0603} or the
 * {@code SOD123} of {@code DIODE ZENER 5.1V 500MW SOD123}. Used only to detect a description that contradicts
 * the footprint, never as the source of a mapping. Finds chip codes (imperial unless followed by
 * {@code Metric}) and SOD, SOT, DO-214 and MELF names.
 */
final class PackageMentions {

    private static final Set<String> PACKAGE_STARTS = Set.of("SOD", "SOT", "TSOT", "SMA", "SMB", "SMC", "MINIMELF",
            "MELF", "MICROMELF", "DO", "SC", "LL", "MINI", "MICRO");
    private static final Set<String> UNITS = Set.of("PF", "NF", "UF", "F", "V", "VDC", "VAC", "W", "MW", "A", "MA",
            "OHM", "OHMS", "K", "R", "M", "HZ", "KHZ", "MHZ", "MM", "MIL", "UH", "NH", "MH", "H", "PPM", "C", "MOHM",
            "KOHM", "X");

    private static final Pattern TERMINALS = Pattern.compile(
            "\\b(\\d{1,2}) ?(?:PIN|PINS|LEAD|LEADS|PAD|PADS|TERMINAL|TERMINALS)\\b");

    private static final Memo<String, List<Integer>> TERMINAL_COUNTS = new Memo<>(50_000,
            text -> List.copyOf(countTerminals(text)));
    private static final Memo<String, List<PackageSpec>> MENTIONS = new Memo<>(50_000,
            text -> List.copyOf(mentions(text)));
    private static final Pattern CHIP_CODES = Pattern.compile("\\d{4,5}(/\\d{4,5})+");
    private static final Pattern CHIP_CODE = Pattern.compile("\\d{4,5}");
    private static final Pattern SLASH = Pattern.compile("/");

    private PackageMentions() {
    }

    /** Terminal counts stated in {@code text}, e.g. 3 for {@code CRYSTAL 8MHZ 3 LEADS}. */
    static List<Integer> terminalCounts(String text) {
        return text == null ? List.of() : TERMINAL_COUNTS.apply(text);
    }

    private static List<Integer> countTerminals(String text) {
        List<Integer> counts = new ArrayList<>();
        Matcher m = TERMINALS.matcher(text.toUpperCase(Locale.ROOT).replace('-', ' ').replace('_', ' '));
        while (m.find()) {
            counts.add(Integer.parseInt(m.group(1)));
        }
        return counts;
    }

    /** The packages mentioned in {@code text}. */
    static List<PackageSpec> find(String text) {
        return text == null || text.isBlank() ? List.of() : MENTIONS.apply(text);
    }

    private static List<PackageSpec> mentions(String text) {
        List<PackageSpec> found = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        for (String token : NameTokens.of(text).tokens()) {
            if (CHIP_CODES.matcher(token).matches()) {
                tokens.addAll(List.of(SLASH.split(token))); // "0603/0805" names two sizes
            } else {
                tokens.add(token);
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            String next = i + 1 < tokens.size() ? tokens.get(i + 1) : "";
            if (CHIP_CODE.matcher(token).matches() && !UNITS.contains(next)) {
                boolean metric = next.equals("METRIC");
                (metric ? ChipSize.metric(token) : ChipSize.either(token))
                        .ifPresent(size -> found.add(PackageSpec.chip(size)));
            } else if (PACKAGE_STARTS.contains(token)) {
                for (int length = Math.min(4, tokens.size() - i); length >= 1; length--) {
                    String window = String.join(" ", tokens.subList(i, i + length));
                    PackageReading reading = PackageNameGrammar.read(window);
                    if (reading.recognized() && (reading.spec().kind() == PackageKind.SOD
                            || reading.spec().kind() == PackageKind.SOT || reading.spec().kind() == PackageKind.DO214
                            || reading.spec().kind() == PackageKind.MELF)) {
                        found.add(reading.spec());
                        i += length - 1;
                        break;
                    }
                }
            }
        }
        return found;
    }
}
