package io.github.altium2kicad.core.internal.cache;

import io.github.altium2kicad.api.mapping.MappingRule;
import io.github.altium2kicad.core.mapping.AltiumLibraries;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A digest of everything that decides a mapping besides the {@link io.github.altium2kicad.api.mapping.MappingInput}
 * itself. Cached decisions are stored under it, so a change to any part makes every earlier entry invisible
 * (automatic invalidation) without deleting entries that other configurations may still use.
 *
 * <p>It digests (SHA-256, see {@link DigestWriter}), in this order:
 * <ol>
 *   <li>the label {@code altium2kicad/cache-fingerprint/1};</li>
 *   <li>the mapping settings, e.g. {@code mapping_mode}, {@code min_confidence}: sorted by name;</li>
 *   <li>the rule chain, in chain order: each rule's {@link MappingRule#name() name}, class name, version
 *       (by default its {@link MappingRule#version()} and the {@code Implementation-Version} of the rule's jar), a
 *       digest of the rule's code ({@link RuleCode}: the bytes of its jar or class folder, so an edited and rebuilt
 *       rule invalidates even under an unchanged SNAPSHOT version) and the content of the files the rule reads (a file by its bytes; a folder by the sorted relative paths
 *       and bytes of all files under it; a missing path as absent). File locations are not digested: moving an
 *       unchanged rule file keeps the cache;</li>
 *   <li>the identity of the KiCad library index the rules check names against, as supplied by the caller;</li>
 *   <li>the Altium library catalog: every referenced library file's path as written, KiCad nickname and whether
 *       it was found (nicknames decide the preserved references), and a found file's size and modification time
 *       (the preserved names are the ones the file lists);</li>
 *   <li>the library's version: the content digest of the DbLib file.</li>
 * </ol>
 * A part never given is digested as absent, distinct from an empty one.
 *
 * <pre>{@code
 * String fingerprint = CacheFingerprint.builder()
 *         .setting("mapping_mode", config.mappingMode().configName())
 *         .rule(userTableRule, null, List.of(mappingTableFile))
 *         .rule(new PreserveRule())
 *         .kicadLibraryIndex(index.identity())
 *         .altiumLibraries(catalog)
 *         .library(dbLibFile)
 *         .build().value();
 * }</pre>
 *
 * @param value 64 lower-case hex digits
 */
public record CacheFingerprint(String value) {

    /** The label that starts the digest. */
    public static final String FORMAT = "altium2kicad/cache-fingerprint/2";

    public CacheFingerprint {
        Objects.requireNonNull(value, "value");
    }

    /** An empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The SHA-256 of a file's bytes, in lower-case hex. */
    public static String contentDigest(Path file) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
                in.transferTo(OutputStream.nullOutputStream());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + " to fingerprint the mapping cache: " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    @Override
    public String toString() {
        return value;
    }

    /** One rule of the chain as digested. */
    private record RulePart(String name, String className, String version, String code, List<Path> files) {
    }

    /** Collects the parts; not thread-safe. */
    public static final class Builder {
        private final Map<String, String> settings = new TreeMap<>();
        private final List<RulePart> rules = new ArrayList<>();
        private String kicadIndex;
        private List<String> altiumLibraries;
        private String library;

        private Builder() {
        }

        /** A mapping setting; a second value for the same name replaces the first. */
        public Builder setting(String name, String value) {
            settings.put(Objects.requireNonNull(name, "name"), value);
            return this;
        }

        /** Several mapping settings. */
        public Builder settings(Map<String, String> values) {
            values.forEach(this::setting);
            return this;
        }

        /** A rule that reads no file, versioned by its {@link MappingRule#version()}, jar version and code. */
        public Builder rule(MappingRule rule) {
            return rule(rule, null, List.of());
        }

        /**
         * A rule of the chain.
         *
         * @param version a version of the rule's behaviour, or {@code null} for its {@link MappingRule#version()}
         *                and its jar's {@code Implementation-Version}; the rule's code is digested either way
         * @param files   the files or folders the rule reads its mapping from
         * @throws UncheckedIOException naming the file if the rule's jar or class folder cannot be read
         */
        public Builder rule(MappingRule rule, String version, List<Path> files) {
            String v = version != null ? version : rule.version() + "@" + (rule.getClass().getPackage() == null ? null
                    : rule.getClass().getPackage().getImplementationVersion());
            return rule(rule.name(), rule.getClass().getName(), v, RuleCode.digest(rule.getClass()), files);
        }

        /** A rule of the chain, described explicitly, without a digest of its code. */
        public Builder rule(String name, String className, String version, List<Path> files) {
            return rule(name, className, version, null, files);
        }

        /** A rule of the chain, described explicitly; {@code code} is its {@link RuleCode#digest} or {@code null}. */
        public Builder rule(String name, String className, String version, String code, List<Path> files) {
            rules.add(new RulePart(name, className, version, code, List.copyOf(files)));
            return this;
        }

        /** The identity (e.g. a content digest) of the KiCad library index the rules consult. */
        public Builder kicadLibraryIndex(String identity) {
            this.kicadIndex = identity;
            return this;
        }

        /** The catalog that gives Altium library files their KiCad nicknames. */
        public Builder altiumLibraries(AltiumLibraries catalog) {
            List<String> parts = new ArrayList<>();
            for (List<AltiumLibraries.Library> kind : List.of(catalog.symbolLibraries(), catalog.footprintLibraries())) {
                parts.add("#" + kind.size());
                for (AltiumLibraries.Library library : kind) {
                    parts.add(library.pathAsWritten());
                    parts.add(library.nickname());
                    parts.add(Boolean.toString(library.found()));
                    parts.add(library.found() ? fileVersion(library.file()) : ""); // names are read from the file

                }
            }
            this.altiumLibraries = parts;
            return this;
        }

        /** A found library file's size and modification time: preserved names are the ones the file lists. */
        private static String fileVersion(Path file) {
            try {
                return java.nio.file.Files.size(file) + "@" + java.nio.file.Files.getLastModifiedTime(file).toMillis();
            } catch (java.io.IOException e) {
                return "unreadable";
            }
        }

        /** The library's version: the content of its DbLib file. */
        public Builder library(Path dbLibFile) {
            return libraryDigest(contentDigest(dbLibFile));
        }

        /** The library's version, as a digest computed by the caller. */
        public Builder libraryDigest(String digest) {
            this.library = digest;
            return this;
        }

        /**
         * The fingerprint.
         *
         * @throws UncheckedIOException naming the file if a rule file cannot be read
         */
        public CacheFingerprint build() {
            DigestWriter out = new DigestWriter(FORMAT);
            out.string("settings").integer(settings.size());
            settings.forEach((name, value) -> out.string(name).string(value));
            out.string("rules").integer(rules.size());
            for (RulePart rule : rules) {
                out.string(rule.name()).string(rule.className()).string(rule.version()).string(rule.code()).integer(rule.files().size());
                for (Path file : rule.files()) {
                    pathContent(out, file);
                }
            }
            out.string("kicad-library-index").string(kicadIndex);
            out.string("altium-libraries");
            if (altiumLibraries == null) {
                out.string(null);
            } else {
                out.integer(altiumLibraries.size());
                altiumLibraries.forEach(out::string);
            }
            out.string("library").string(library);
            return new CacheFingerprint(out.finishHex());
        }

        private static void pathContent(DigestWriter out, Path path) {
            if (Files.isRegularFile(path)) {
                out.string("file").string(contentDigest(path));
            } else if (Files.isDirectory(path)) {
                Map<String, Path> files = new TreeMap<>();
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile)
                            .forEach(f -> files.put(path.relativize(f).toString().replace('\\', '/'), f));
                } catch (IOException | UncheckedIOException e) {
                    throw new UncheckedIOException("Cannot list " + path + " to fingerprint the mapping cache: " + e.getMessage(),
                            e instanceof IOException io ? io : ((UncheckedIOException) e).getCause());
                }
                out.string("folder").integer(files.size());
                files.forEach((relative, file) -> out.string(relative).string(contentDigest(file)));
            } else {
                out.string("absent");
            }
        }
    }
}
