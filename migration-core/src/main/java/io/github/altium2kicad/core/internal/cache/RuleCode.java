package io.github.altium2kicad.core.internal.cache;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * What a mapping rule <em>is</em>, as a digest of its code, so that an edited and rebuilt rule invalidates the decisions
 * it cached even when its name, class name and jar version stay the same (a SNAPSHOT jar, a class folder of an IDE).
 *
 * <p>The digest covers the code source the rule's class was loaded from:
 * <ul>
 *   <li>a jar: every entry's name, size and CRC-32 as the jar's central directory lists them (so every class and
 *       resource in it, without reading the tens of MB of a shaded jar: SHA-256 over the CLI's 45 MB jar cost about
 *       0.3 s of CPU per run with the quick JIT compiler);</li>
 *   <li>a class folder: the sorted relative paths and bytes of every file under it (classes and resources);</li>
 *   <li>otherwise (no code source, e.g. a class defined at run time): the bytes of the class file itself, or
 *       {@code unknown} if the class loader cannot give them.</li>
 * </ul>
 * Classes of other jars the rule calls are not covered: give those a {@code MappingRule.version()} that changes.
 *
 * <p>A jar's digest is computed once per process for its path, size and modification time: the built-in rules all
 * live in the CLI's jar (tens of MB), which was otherwise read and digested once per rule on every run. A rebuilt jar
 * has another modification time or size, so it is digested again; class folders are always digested again.
 */
public final class RuleCode {

    /** A jar as digested: its path, size and modification time. */
    private record JarVersion(Path path, long size, long modifiedMillis) {
    }

    private static final Map<JarVersion, String> JAR_DIGESTS = new ConcurrentHashMap<>();

    private RuleCode() {
    }

    /**
     * The digest of {@code type}'s code, see the class comment.
     *
     * @throws UncheckedIOException naming the file if the code source cannot be read
     */
    public static String digest(Class<?> type) {
        Path source = codeSource(type);
        DigestWriter out = new DigestWriter("altium2kicad/rule-code/2");
        if (source != null && Files.isRegularFile(source)) {
            out.string("jar").string(jarDigest(source));
        } else if (source != null && Files.isDirectory(source)) {
            Map<String, Path> files = new TreeMap<>();
            try (Stream<Path> walk = Files.walk(source)) {
                walk.filter(Files::isRegularFile).forEach(f -> files.put(source.relativize(f).toString().replace('\\', '/'), f));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot list " + source + " to fingerprint the mapping rule " + type.getName()
                        + ": " + e.getMessage(), e);
            }
            out.string("folder").integer(files.size());
            files.forEach((relative, file) -> out.string(relative).string(CacheFingerprint.contentDigest(file)));
        } else {
            out.string("class").string(classBytesDigest(type));
        }
        return out.finishHex();
    }

    private static String jarDigest(Path jar) {
        JarVersion version;
        try {
            version = new JarVersion(jar.toAbsolutePath(), Files.size(jar), Files.getLastModifiedTime(jar).toMillis());
        } catch (IOException e) {
            return CacheFingerprint.contentDigest(jar); // names the file in its error
        }
        return JAR_DIGESTS.computeIfAbsent(version, v -> entriesDigest(v.path()));
    }

    /** The digest of {@code jar}'s entries, sorted by name: name, size and CRC-32 of each (the central directory). */
    static String entriesDigest(Path jar) {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            TreeMap<String, ZipEntry> entries = new TreeMap<>();
            zip.stream().forEach(e -> entries.put(e.getName(), e));
            DigestWriter out = new DigestWriter("altium2kicad/jar-entries/1");
            out.integer(entries.size());
            for (ZipEntry e : entries.values()) {
                out.string(e.getName()).string(Long.toString(e.getSize())).string(Long.toString(e.getCrc()));
            }
            return out.finishHex();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + jar + " to fingerprint the mapping rules it holds: " + e.getMessage(), e);
        }
    }

    private static Path codeSource(Class<?> type) {
        CodeSource source = type.getProtectionDomain() == null ? null : type.getProtectionDomain().getCodeSource();
        URL location = source == null ? null : source.getLocation();
        if (location == null || !"file".equals(location.getProtocol())) {
            return null;
        }
        try {
            return Path.of(location.toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    private static String classBytesDigest(Class<?> type) {
        String resource = type.getName().substring(type.getName().lastIndexOf('.') + 1) + ".class";
        try (InputStream in = type.getResourceAsStream(resource)) {
            if (in == null) {
                return "unknown";
            }
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
        } catch (IOException e) {
            return "unknown";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
