package io.github.altium2kicad.core;

import io.github.altium2kicad.api.MigrationWarning;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Warnings summed up for the console: one line per kind with its count and the first few examples, so that 1,463
 * repeats of one problem do not hide the one other problem. Every warning is in {@code migration-summary.json}.
 */
public final class WarningDigest {

    /** How many examples of each kind are shown. */
    public static final int EXAMPLES = 3;

    private WarningDigest() {
    }

    /** One text per kind, in the order the kinds first occur, e.g. {@code 23 repeated DbLib sections …: e.g. …}. */
    public static List<String> lines(List<MigrationWarning> warnings) {
        Map<MigrationWarning.Kind, List<String>> byKind = new LinkedHashMap<>();
        warnings.forEach(w -> byKind.computeIfAbsent(w.kind(), k -> new ArrayList<>()).add(w.message()));
        List<String> lines = new ArrayList<>();
        byKind.forEach((kind, messages) -> {
            StringBuilder line = new StringBuilder().append(messages.size()).append(' ').append(kind.title());
            line.append(messages.size() == 1 ? ": " : messages.size() <= EXAMPLES ? ":" : ", e.g.:");
            if (messages.size() == 1) {
                line.append(messages.get(0));
            } else {
                messages.stream().limit(EXAMPLES).forEach(m -> line.append("\n    ").append(m));
                if (messages.size() > EXAMPLES) {
                    line.append("\n    … and ").append(messages.size() - EXAMPLES).append(" more (all in migration-summary.json)");
                }
            }
            lines.add(line.toString());
        });
        return lines;
    }
}
