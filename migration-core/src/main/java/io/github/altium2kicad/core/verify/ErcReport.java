package io.github.altium2kicad.core.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The answers of one {@code kicad-cli sch erc --format json} run, per probe symbol (by UUID). Only the checks the
 * verification relies on are kept: {@code lib_symbol_mismatch} (the symbol loaded), {@code lib_symbol_issues}
 * (it did not: library not in the configuration, file missing, or symbol not found) and {@code footprint_link_issues}
 * (the footprint library or footprint is not there).
 */
record ErcReport(Map<String, Answer> answers) {

    static final String LOADED = "lib_symbol_mismatch";
    static final String SYMBOL_ISSUE = "lib_symbol_issues";
    static final String FOOTPRINT_ISSUE = "footprint_link_issues";

    private static final ObjectMapper JSON = new ObjectMapper();

    ErcReport {
        answers = Map.copyOf(answers);
    }

    /**
     * What ERC said about one probe.
     *
     * @param loaded         the library check reported "doesn't match copy in library": KiCad loaded the symbol
     * @param symbolIssue    the library check's message when KiCad could not load it
     * @param footprintIssue the footprint-link check's message when the footprint is not found
     */
    record Answer(boolean loaded, Optional<String> symbolIssue, Optional<String> footprintIssue) {

        /** Whether the library check answered at all (KiCad 9.0.8 sometimes leaves a symbol out). */
        boolean answered() {
            return loaded || symbolIssue.isPresent();
        }

        Answer with(String type, String description) {
            return switch (type) {
                case LOADED -> new Answer(true, symbolIssue, footprintIssue);
                case SYMBOL_ISSUE -> new Answer(loaded, Optional.of(description), footprintIssue);
                case FOOTPRINT_ISSUE -> new Answer(loaded, symbolIssue, Optional.of(description));
                default -> this;
            };
        }
    }

    /** The answer for the probe with this UUID, if ERC mentioned it. */
    Optional<Answer> answer(String probeId) {
        return Optional.ofNullable(answers.get(probeId));
    }

    /** Reads a report written by {@code kicad-cli sch erc --format json}. */
    static ErcReport read(Path file) throws IOException {
        JsonNode root = JSON.readTree(file.toFile());
        Map<String, Answer> answers = new HashMap<>();
        Answer none = new Answer(false, Optional.empty(), Optional.empty());
        for (JsonNode sheet : root.path("sheets")) {
            for (JsonNode violation : sheet.path("violations")) {
                String type = violation.path("type").asText();
                if (!List.of(LOADED, SYMBOL_ISSUE, FOOTPRINT_ISSUE).contains(type)) {
                    continue;
                }
                String description = violation.path("description").asText();
                for (JsonNode item : violation.path("items")) {
                    String id = item.path("uuid").asText();
                    answers.put(id, answers.getOrDefault(id, none).with(type, description));
                }
            }
        }
        return new ErcReport(answers);
    }
}
