package io.github.altium2kicad.core.internal.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleCodeTest {

    @TempDir
    Path dir;

    @Test
    void aJarIsDigestedByItsEntriesAndARebuiltJarAtTheSamePathGetsANewDigest() throws Exception {
        Path jar = dir.resolve("rules.jar");
        buildJar(jar, "first", Instant.parse("2026-01-01T00:00:00Z"));
        String first = RuleCode.digest(load(jar));

        assertThat(RuleCode.digest(load(jar))).as("the same jar, loaded again").isEqualTo(first);
        assertThat(first).isEqualTo(new DigestWriter("altium2kicad/rule-code/2").string("jar")
                .string(RuleCode.entriesDigest(jar)).finishHex());

        buildJar(jar, "second", Instant.parse("2026-01-01T00:00:05Z"));
        assertThat(RuleCode.digest(load(jar))).as("a rebuilt jar: its entries' new bytes").isNotEqualTo(first)
                .isEqualTo(new DigestWriter("altium2kicad/rule-code/2").string("jar")
                        .string(RuleCode.entriesDigest(jar)).finishHex());
    }

    @Test
    void theEntriesDigestFollowsEveryEntrysBytesNotTheZipsOwn() throws Exception {
        Path a = zip("a.jar", "aaaa", 1_000_000L);
        Path sameBytesOtherTime = zip("b.jar", "aaaa", 9_000_000L);
        Path sameSizeOtherBytes = zip("c.jar", "aaab", 1_000_000L);
        assertThat(Files.readAllBytes(a)).isNotEqualTo(Files.readAllBytes(sameBytesOtherTime));
        assertThat(RuleCode.entriesDigest(sameBytesOtherTime)).isEqualTo(RuleCode.entriesDigest(a));
        assertThat(RuleCode.entriesDigest(sameSizeOtherBytes)).isNotEqualTo(RuleCode.entriesDigest(a));
    }

    private Path zip(String name, String resource, long entryTime) throws Exception {
        Path jar = dir.resolve(name);
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            JarEntry entry = new JarEntry("acme/table.yaml");
            entry.setTime(entryTime);
            out.putNextEntry(entry);
            out.write(resource.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return jar;
    }

    private void buildJar(Path jar, String answer, Instant modified) throws Exception {
        Path source = Files.createDirectories(dir.resolve("src/acme")).resolve("Answer.java");
        Files.writeString(source, "package acme; public final class Answer { public String get() { return \"" + answer + "\"; } }");
        Path classes = Files.createDirectories(dir.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertThat(javac.run(null, null, null, "-d", classes.toString(), source.toString())).isZero();
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("acme/Answer.class"));
            out.write(Files.readAllBytes(classes.resolve("acme/Answer.class")));
            out.closeEntry();
        }
        Files.setLastModifiedTime(jar, FileTime.from(modified));
    }

    private static Class<?> load(Path jar) throws Exception {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            return loader.loadClass("acme.Answer");
        }
    }
}
