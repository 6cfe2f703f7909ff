package io.github.altium2kicad.core.mapping.standard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a package text in DigiKey's style, as found in {@code Package / Case} columns:
 * {@code 0603 (1608 Metric)}, {@code 8-SOIC (0.154", 3.90mm Width)}, {@code SOT-23-5}, {@code TO-220-3},
 * {@code DO-214AC, SMA}, {@code 16-VQFN Exposed Pad}, {@code HC-49/US}, {@code T-1 3/4}.
 *
 * <p>Comma-separated alternatives name the same package and must agree; alternatives in no known form are
 * skipped ({@code SC-63}). Texts whose alternatives would read as different packages in isolation
 * ({@code 5-TSSOP, SC-70-5, SOT-353}) are known as a whole.
 */
public final class DigikeyPackage {

    private static final Map<String, String> WHOLE_TEXTS = Map.ofEntries(
            Map.entry("TO 236 3 SC 59 SOT 23 3", "SOT 23"),
            Map.entry("SC 74 A SOT 753", "SOT 23 5"),
            Map.entry("SOT 23 5 THIN TSOT 23 5", "TSOT 23 5"),
            Map.entry("SOT 23 6 THIN TSOT 23 6", "TSOT 23 6"),
            Map.entry("TO 261 4 TO 261 AA", "SOT 223"),
            Map.entry("TO 243 AA", "SOT 89"),
            Map.entry("5 TSSOP SC 70 5 SOT 353", "SOT 353"),
            Map.entry("6 TSSOP SC 88 SOT 363", "SOT 363"),
            Map.entry("TO 252 3 DPAK 2 LEADS TAB SC 63", "TO 252"),
            Map.entry("TO 252 3 DPAK 2 LEADS TAB", "TO 252"),
            Map.entry("TO 263 3 D PAK 2 LEADS TAB TO 263 AB", "TO 263"),
            Map.entry("TO 263 3 D PAK 2 LEADS TAB", "TO 263"));

    private static final Memo<String, PackageReading> READINGS = new Memo<>(20_000, DigikeyPackage::read);

    private DigikeyPackage() {
    }

    /** What {@code text} says about the package. */
    public static PackageReading parse(String text) {
        if (text == null || text.isBlank()) {
            return PackageReading.unrecognized();
        }
        return READINGS.apply(text);
    }

    private static PackageReading read(String text) {
        String whole = NameTokens.of(text).canonical();
        String alias = WHOLE_TEXTS.get(whole);
        if (alias != null) {
            return PackageNameGrammar.read(alias);
        }
        PackageReading merged = null;
        for (String segment : segments(text)) {
            PackageReading reading = PackageNameGrammar.read(NameTokens.of(segment).canonical());
            if (reading.inconsistent()) {
                return reading;
            }
            if (!reading.recognized()) {
                continue;
            }
            if (merged == null) {
                merged = reading;
                continue;
            }
            Optional<String> conflict = merged.spec().conflictWith(reading.spec());
            if (conflict.isPresent()) {
                return PackageReading.inconsistent("the alternatives disagree: " + conflict.get());
            }
            Set<PartFamily> hint = merged.familyHint().isEmpty() ? reading.familyHint() : merged.familyHint();
            merged = new PackageReading(merged.spec().merge(reading.spec()), hint, merged.meaning(), null,
                    merged.byConvention() && reading.byConvention(), null);
        }
        return merged == null ? PackageReading.unrecognized() : merged;
    }

    private static List<String> segments(String text) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            } else if ((c == ',' || c == ';') && depth == 0) {
                out.add(text.substring(start, i));
                start = i + 1;
            }
        }
        out.add(text.substring(start));
        return out;
    }
}
