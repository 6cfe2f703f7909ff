package io.github.altium2kicad.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Parses the config-file spelling of the API's enums, with an error that lists the accepted names. */
final class ConfigNames {

    private ConfigNames() {
    }

    static <E extends Enum<E>> E parse(Class<E> type, E[] values, Function<E, String> nameOf, String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        for (E value : values) {
            if (nameOf.apply(value).equals(wanted)) {
                return value;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not one of "
                + Arrays.stream(values).map(nameOf).collect(Collectors.joining(", ")));
    }
}
