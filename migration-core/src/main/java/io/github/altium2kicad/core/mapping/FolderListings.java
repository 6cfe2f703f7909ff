package io.github.altium2kicad.core.mapping;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The folders an {@link AltiumFileLocator} has looked into, each listed once: a catalog of thousands of library files
 * otherwise listed the same folders, and walked the same search trees, again for every file. Names are grouped by
 * their lower-case form (names compare case-insensitively, as on Windows), each group in {@link Path} order. Assumes
 * the folders do not change while one locator is in use. Thread-safe.
 */
final class FolderListings {

    private final Map<Path, Map<String, List<Path>>> entries = new ConcurrentHashMap<>();
    private final Map<Path, Map<String, List<Path>>> filesBelow = new ConcurrentHashMap<>();

    /** The entries of {@code folder} (files, folders, links) by lower-case name; empty if it cannot be listed. */
    Map<String, List<Path>> entries(Path folder) {
        return entries.computeIfAbsent(folder, f -> {
            if (!Files.isDirectory(f)) {
                return Map.of();
            }
            try (Stream<Path> children = Files.list(f)) {
                return grouped(children);
            } catch (IOException | UncheckedIOException e) {
                return Map.of();
            }
        });
    }

    /**
     * The regular files (links followed) in {@code folder} and up to {@code depth} levels below it, by lower-case
     * name; empty if it cannot be walked.
     */
    Map<String, List<Path>> filesBelow(Path folder, int depth) {
        return filesBelow.computeIfAbsent(folder, f -> {
            try (Stream<Path> files = Files.walk(f, depth)) {
                return grouped(files.filter(Files::isRegularFile));
            } catch (IOException | UncheckedIOException e) {
                return Map.of();
            }
        });
    }

    private static Map<String, List<Path>> grouped(Stream<Path> paths) {
        Map<String, List<Path>> byName = paths.filter(p -> p.getFileName() != null).collect(Collectors.groupingBy(
                p -> p.getFileName().toString().toLowerCase(Locale.ROOT), Collectors.toCollection(ArrayList::new)));
        byName.replaceAll((name, group) -> {
            group.sort(null);
            return List.copyOf(group);
        });
        return byName;
    }
}
