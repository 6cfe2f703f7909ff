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
import java.util.stream.Stream;

/**
 * What a mapping rule <em>is</em>, as a digest of its code, so that an edited and rebuilt rule invalidates the decisions
 * it cached even when its name, class name and jar version stay the same (a SNAPSHOT jar, a class folder of an IDE).
 *
 * <p>The digest covers the code source the rule's class was loaded from:
 * <ul>
 *   <li>a jar: the bytes of the whole jar (every class and resource in it);</li>
 *   <li>a class folder: the sorted relative paths and bytes of every file under it (classes and resources);</li>
 *   <li>otherwise (no code source, e.g. a class defined at run time): the bytes of the class file itself, or
 *       {@code unknown} if the class loader cannot give them.</li>
 * </ul>
 * Classes of other jars the rule calls are not covered: give those a {@code MappingRule.version()} that changes.
 */
public final class RuleCode {

    private RuleCode() {
    }

    /**
     * The digest of {@code type}'s code, see the class comment.
     *
     * @throws UncheckedIOException naming the file if the code source cannot be read
     */
    public static String digest(Class<?> type) {
        Path source = codeSource(type);
        DigestWriter out = new DigestWriter("altium2kicad/rule-code/1");
        if (source != null && Files.isRegularFile(source)) {
            out.string("jar").string(CacheFingerprint.contentDigest(source));
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
