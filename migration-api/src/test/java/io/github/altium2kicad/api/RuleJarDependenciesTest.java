package io.github.altium2kicad.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.altium2kicad.api.mapping.MappingRule;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rule jar depends on migration-api alone: the API must not bring Jackson (or any YAML parser) with it. This
 * module's test class path is its resolved dependency tree, and a rule compiles against its classes with nothing else.
 */
class RuleJarDependenciesTest {

    private static final String RULE = """
            package com.acme.kicad;

            import io.github.altium2kicad.api.mapping.KicadLibId;
            import io.github.altium2kicad.api.mapping.MappingContext;
            import io.github.altium2kicad.api.mapping.MappingDecision;
            import io.github.altium2kicad.api.mapping.MappingInput;
            import io.github.altium2kicad.api.mapping.MappingRule;
            import java.util.List;
            import java.util.Optional;

            public class HouseResistorRule implements MappingRule {
                @Override
                public String name() {
                    return "house-resistors-0402";
                }

                @Override
                public Optional<MappingDecision> map(MappingInput input, MappingContext context) {
                    if (!input.table().equals("Resistors") || input.footprints().stream().noneMatch(f -> f.ref().equals("R0402"))) {
                        return Optional.empty();
                    }
                    return Optional.of(new MappingDecision(Optional.of(new KicadLibId("Device", "R")),
                            List.of(new KicadLibId("Resistor_SMD", "R_0402_1005Metric")), 1.0, name(),
                            List.of("house footprint R0402"), List.of()));
                }
            }
            """;

    @TempDir
    Path dir;

    @Test
    void jacksonIsNotInTheApisDependencies() {
        for (String jacksonClass : List.of("com.fasterxml.jackson.core.JsonParser", "com.fasterxml.jackson.databind.ObjectMapper",
                "com.fasterxml.jackson.dataformat.yaml.YAMLFactory", "org.yaml.snakeyaml.Yaml")) {
            assertThatThrownBy(() -> Class.forName(jacksonClass)).as(jacksonClass).isInstanceOf(ClassNotFoundException.class);
        }
    }

    @Test
    void noApiClassRefersToJackson() throws Exception {
        Path classes = apiClasses();
        List<Path> classFiles;
        try (Stream<Path> files = Files.walk(classes)) {
            classFiles = files.filter(f -> f.toString().endsWith(".class")).toList();
        }
        assertThat(classFiles).hasSizeGreaterThan(20);
        for (Path classFile : classFiles) {
            String constants = new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1);
            assertThat(constants).as(classes.relativize(classFile).toString()).doesNotContain("com/fasterxml", "org/yaml");
        }
    }

    @Test
    void aRuleCompilesAgainstTheApiClassesAlone() throws Exception {
        Path source = dir.resolve("src/com/acme/kicad/HouseResistorRule.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, RULE);
        Path out = Files.createDirectories(dir.resolve("out"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter messages = new StringWriter();
        boolean compiled = javac.getTask(messages, null, null,
                List.of("-classpath", apiClasses().toString(), "-d", out.toString(), "-proc:none"), null,
                javac.getStandardFileManager(null, null, StandardCharsets.UTF_8).getJavaFileObjects(source)).call();
        assertThat(compiled).as(messages.toString()).isTrue();
        assertThat(out.resolve("com/acme/kicad/HouseResistorRule.class")).isRegularFile();
    }

    /** The folder (or jar) the API's classes were loaded from. */
    private static Path apiClasses() throws Exception {
        return Path.of(MappingRule.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }
}
