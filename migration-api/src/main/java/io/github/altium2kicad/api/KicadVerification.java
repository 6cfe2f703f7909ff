package io.github.altium2kicad.api;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What KiCad itself said about the written parts: the result of the optional {@code verify_with_kicad} step, which
 * places every database part, its symbol and its first footprint on throw-away schematics and runs
 * {@code kicad-cli sch erc} on them with the output's own library tables.
 *
 * @param kicadVersion  the version {@code kicad-cli version} printed, e.g. {@code 9.0.8}
 * @param partsChecked  parts in the written database
 * @param partsLoaded   parts KiCad loads with their symbol (with pins) and first footprint
 * @param findings      every part KiCad cannot load, or loads without pins or footprint, one entry per problem
 * @param ercRuns          how many {@code kicad-cli sch erc} runs it took (re-checks included)
 * @param duration      wall time of the step
 */
public record KicadVerification(String kicadVersion, long partsChecked, long partsLoaded, List<Finding> findings,
                                int ercRuns, Duration duration) {

    public KicadVerification {
        findings = List.copyOf(findings);
    }

    /** Parts with at least one problem. */
    public long partsNotLoaded() {
        return partsChecked - partsLoaded;
    }

    /** How many findings there are of each problem, in {@link Problem} order. */
    public Map<Problem, Long> countsByProblem() {
        Map<Problem, Long> counts = new EnumMap<>(Problem.class);
        findings.forEach(f -> counts.merge(f.problem(), 1L, Long::sum));
        return counts;
    }

    /** Milliseconds the step took per 1,000 parts. */
    public double millisPerThousandParts() {
        return partsChecked == 0 ? 0 : duration.toNanos() / 1e6 * 1000.0 / partsChecked;
    }

    /**
     * One problem of one part.
     *
     * @param table   the database table (the {@code table} of the {@code .kicad_dbl} library)
     * @param key     the part's key
     * @param problem what is wrong
     * @param detail  what KiCad said, e.g. {@code Symbol 'R_01' not found in symbol library 'Passives'}
     */
    public record Finding(String table, String key, Problem problem, String detail) {
    }

    /** What KiCad could not do with a part, in the order a user should fix them. */
    public enum Problem {
        /**
         * The part's KiCad name ({@code <library>/<key>}) has a character KiCad cannot use in a symbol name
         * ({@code : \ < > "}, tab, line break): a schematic placing the part does not load.
         */
        NAME_UNUSABLE("name KiCad cannot use"),
        /** The {@code .kicad_dbl} is not in the library table, or KiCad cannot open its database. */
        DATABASE_LIBRARY_MISSING("database library not loaded"),
        /** KiCad finds no row with this key (e.g. a key it cannot handle, or a connection string without ${CWD}). */
        PART_NOT_FOUND("part not found in the database"),
        /** The part has no symbol. */
        NO_SYMBOL("no symbol"),
        /** The symbol's library nickname is not in any library table, or its file is missing. */
        SYMBOL_LIBRARY_MISSING("symbol library missing"),
        /** The symbol's library has no symbol of this name: KiCad would place an empty symbol without pins. */
        SYMBOL_NOT_FOUND("symbol not in its library"),
        /** KiCad loads the symbol, but it has no pins. */
        SYMBOL_WITHOUT_PINS("symbol has no pins"),
        /** The footprint's library nickname is not in any footprint library table. */
        FOOTPRINT_LIBRARY_MISSING("footprint library missing"),
        /** The footprint's library (or its file) has no footprint of this name. */
        FOOTPRINT_NOT_FOUND("footprint not in its library"),
        /** KiCad's ERC gave no answer for the part, even on a sheet of its own. */
        NO_ANSWER("no answer from KiCad");

        private final String label;

        Problem(String label) {
            this.label = label;
        }

        /** A short description for reports and the console. */
        public String label() {
            return label;
        }
    }
}
