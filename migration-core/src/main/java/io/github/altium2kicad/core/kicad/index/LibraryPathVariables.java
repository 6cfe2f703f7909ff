package io.github.altium2kicad.core.kicad.index;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expands the variables of library table URIs, {@code ${NAME}} (and KiCad's older {@code $(NAME)}): first from
 * the given map, then from the environment. The library directory variables of KiCad's versions are aliases of
 * one another: {@code ${KICAD6_SYMBOL_DIR}} falls back to {@code KICAD_SYMBOL_DIR}, {@code KICAD7_SYMBOL_DIR},
 * {@code KICAD8_SYMBOL_DIR}, {@code KICAD9_SYMBOL_DIR} (and the same for {@code FOOTPRINT_DIR},
 * {@code 3DMODEL_DIR}, {@code TEMPLATE_DIR}), so a table written by one KiCad version resolves with another's
 * settings.
 */
public final class LibraryPathVariables {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([^}]+)}|\\$\\(([^)]+)\\)");
    private static final Pattern VERSIONED = Pattern.compile("KICAD\\d*_(SYMBOL_DIR|FOOTPRINT_DIR|3DMODEL_DIR|TEMPLATE_DIR)");
    private static final List<String> VERSION_PREFIXES = List.of("KICAD", "KICAD9", "KICAD8", "KICAD7", "KICAD6");

    private final Map<String, String> explicit;
    private final Function<String, String> environment;

    /** Variables from {@code explicit} first, then from the process environment. */
    public LibraryPathVariables(Map<String, String> explicit) {
        this(explicit, System::getenv);
    }

    /** Variables from {@code explicit} first, then from {@code environment} (for tests). */
    public LibraryPathVariables(Map<String, String> explicit, Function<String, String> environment) {
        this.explicit = Map.copyOf(explicit);
        this.environment = environment;
    }

    /** The value of variable {@code name}, with the version aliases described above. */
    public Optional<String> value(String name) {
        String direct = lookup(name);
        if (direct != null) {
            return Optional.of(direct);
        }
        Matcher versioned = VERSIONED.matcher(name);
        if (versioned.matches()) {
            for (String prefix : VERSION_PREFIXES) {
                String alias = lookup(prefix + "_" + versioned.group(1));
                if (alias != null) {
                    return Optional.of(alias);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * {@code uri} with every variable expanded, as a path resolved against {@code baseDirectory} if relative;
     * empty if a variable has no value.
     */
    public Optional<Path> resolve(String uri, Path baseDirectory) {
        Matcher matcher = VARIABLE.matcher(uri);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
            Optional<String> value = value(name);
            if (value.isEmpty()) {
                return Optional.empty();
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value.get()));
        }
        matcher.appendTail(out);
        Path path = Path.of(out.toString());
        return Optional.of(path.isAbsolute() || baseDirectory == null ? path : baseDirectory.resolve(path));
    }

    private String lookup(String name) {
        String value = explicit.get(name);
        if (value == null) {
            value = environment.apply(name);
        }
        return value == null || value.isBlank() ? null : value;
    }
}
