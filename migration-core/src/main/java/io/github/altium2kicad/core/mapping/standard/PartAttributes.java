package io.github.altium2kicad.core.mapping.standard;

import io.github.altium2kicad.api.mapping.MappingInput;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One input's attribute columns as the rule reads them: a column under the name the rule gives it or, failing that,
 * under the first name equal to it ignoring case; blank values are absent, others trimmed.
 */
final class PartAttributes {

    private final Map<String, String> values;
    /** Whether some name is none of the declared ones; else no name differs from a declared one only in case. */
    private final boolean otherNames;

    /**
     * The attributes of {@code input}; {@code declared} are the rule's column names, no two equal ignoring case.
     */
    PartAttributes(MappingInput input, Set<String> declared) {
        this.values = input.attributes();
        this.otherNames = !declared.containsAll(values.keySet());
    }

    /** The first present value among {@code columns}, or {@code null}. */
    String first(List<String> columns) {
        for (String column : columns) {
            String value = get(column);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /** The value of {@code column}, or {@code null}. */
    String get(String column) {
        String value = values.get(column);
        if (value == null && otherNames) {
            for (Map.Entry<String, String> e : values.entrySet()) {
                if (e.getKey().equalsIgnoreCase(column)) {
                    value = e.getValue();
                    break;
                }
            }
        }
        return value == null || value.isBlank() ? null : value.trim();
    }
}
