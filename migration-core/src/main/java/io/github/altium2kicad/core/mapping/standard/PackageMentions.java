package io.github.altium2kicad.core.mapping.standard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one free text mentions about a package, e.g. the {@code 0603} of {@code RES 10K OHM 1% 1/10W 0603}, the
 * {@code SOD123} of {@code DIODE ZENER 5.1V 500MW SOD123} or the 3 terminals of {@code CRYSTAL 8MHZ 3 LEADS}. Used
 * only to detect a text that contradicts the footprint, never as the source of a mapping. Finds chip codes
 * (imperial unless followed by {@code Metric}) and SOD, SOT, DO-214 and MELF names.
 *
 * @param packages       the packages mentioned
 * @param terminalCounts the terminal counts stated
 */
record PackageMentions(List<PackageSpec> packages, List<Integer> terminalCounts) {

    private static final PackageMentions NONE = new PackageMentions(List.of(), List.of());
    private static final Set<String> PACKAGE_STARTS = Set.of("SOD", "SOT", "TSOT", "SMA", "SMB", "SMC", "MINIMELF",
            "MELF", "MICROMELF", "DO", "SC", "LL", "MINI", "MICRO");
    private static final Set<String> UNITS = Set.of("PF", "NF", "UF", "F", "V", "VDC", "VAC", "W", "MW", "A", "MA",
            "OHM", "OHMS", "K", "R", "M", "HZ", "KHZ", "MHZ", "MM", "MIL", "UH", "NH", "MH", "H", "PPM", "C", "MOHM",
            "KOHM", "X");
    /** The words {@link #TERMINALS} needs, one of them at least. */
    private static final List<String> TERMINAL_WORDS = List.of("PIN", "LEAD", "PAD", "TERMINAL");
    private static final Pattern TERMINALS = Pattern.compile(
            "\\b(\\d{1,2}) ?(?:PIN|PINS|LEAD|LEADS|PAD|PADS|TERMINAL|TERMINALS)\\b");

    private static final Memo<String, PackageMentions> MENTIONS = new Memo<>(50_000, PackageMentions::read);

    PackageMentions {
        packages = List.copyOf(packages);
        terminalCounts = List.copyOf(terminalCounts);
    }

    /** What {@code text} mentions ({@code null} mentions nothing). */
    static PackageMentions in(String text) {
        return text == null || text.isBlank() ? NONE : MENTIONS.apply(text);
    }

    private static PackageMentions read(String text) {
        return new PackageMentions(packagesIn(text), terminalCountsIn(text));
    }

    private static List<Integer> terminalCountsIn(String text) {
        String upper = text.toUpperCase(Locale.ROOT).replace('-', ' ').replace('_', ' ');
        if (TERMINAL_WORDS.stream().noneMatch(upper::contains)) {
            return List.of();
        }
        List<Integer> counts = new ArrayList<>();
        Matcher m = TERMINALS.matcher(upper);
        while (m.find()) {
            counts.add(Integer.parseInt(m.group(1)));
        }
        return counts;
    }

    private static List<PackageSpec> packagesIn(String text) {
        List<PackageSpec> found = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        for (String token : NameTokens.of(text).tokens()) {
            if (isChipCodeList(token)) {
                tokens.addAll(List.of(token.split("/"))); // "0603/0805" names two sizes
            } else {
                tokens.add(token);
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            String next = i + 1 < tokens.size() ? tokens.get(i + 1) : "";
            if (isChipCode(token, 0, token.length()) && !UNITS.contains(next)) {
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

    /** Whether {@code token} is two or more chip codes joined by slashes ({@code \d{4,5}(/\d{4,5})+}). */
    private static boolean isChipCodeList(String token) {
        int slashes = 0;
        int digits = 0;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c >= '0' && c <= '9' && digits < 5) {
                digits++;
            } else if (c == '/' && digits >= 4) {
                slashes++;
                digits = 0;
            } else {
                return false;
            }
        }
        return slashes > 0 && digits >= 4;
    }

    /** Whether {@code text} from {@code start} to {@code end} is a chip code: 4 or 5 ASCII digits. */
    private static boolean isChipCode(String text, int start, int end) {
        if (end - start < 4 || end - start > 5) {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
