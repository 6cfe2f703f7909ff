package io.github.altium2kicad.core.internal.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.altium2kicad.core.altium.AltiumReferenceFinding;
import java.util.ArrayList;
import java.util.List;

/**
 * The text form of a part's {@linkplain ReferenceChecks.Checked#noticed noticed} findings, kept with its decision in
 * the table decisions cache: a JSON array of {@code [kind, reference, name, libraryPath, message, writtenAs]} arrays.
 */
final class NoticedFindings {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<List<String>>> ROWS = new TypeReference<>() {
    };

    private NoticedFindings() {
    }

    /** The text of {@code findings}, or {@code null} if there are none. */
    static String encode(List<AltiumReferenceFinding> findings) {
        if (findings.isEmpty()) {
            return null;
        }
        List<List<String>> rows = new ArrayList<>(findings.size());
        for (AltiumReferenceFinding f : findings) {
            rows.add(java.util.Arrays.asList(f.kind().name(), f.reference(), f.name(), f.libraryPath(), f.message(), f.writtenAs()));
        }
        try {
            return JSON.writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode Altium reference findings: " + e.getMessage(), e);
        }
    }

    /**
     * The findings of a text {@link #encode} made.
     *
     * @throws IllegalArgumentException if it is not such a text
     */
    static List<AltiumReferenceFinding> decode(String text) {
        try {
            List<AltiumReferenceFinding> out = new ArrayList<>();
            for (List<String> row : JSON.readValue(text, ROWS)) {
                if (row.size() != 6) {
                    throw new IllegalArgumentException("a finding has " + row.size() + " fields, expected 6");
                }
                out.add(new AltiumReferenceFinding(AltiumReferenceFinding.Kind.valueOf(row.get(0)), row.get(1), row.get(2),
                        row.get(3), row.get(4), row.get(5)));
            }
            return out;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a list of Altium reference findings: " + e.getOriginalMessage(), e);
        }
    }
}
