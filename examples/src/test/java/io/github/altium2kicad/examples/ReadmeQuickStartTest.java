package io.github.altium2kicad.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The README's quick start works as written: its snippets (between {@code <!-- quickstart:NAME:begin -->} and
 * {@code <!-- quickstart:NAME:end -->}) are read from README.md, the Java ones compiled with {@code javax.tools}
 * against this module's class path (the reactor's jars) and run in a fresh JVM, in a folder holding only a copy of
 * the bundled sample, and the {@code pom.xml} snippet's coordinates are checked against the reactor's own poms.
 */
class ReadmeQuickStartTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    private static String snippet(String name) throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("<!-- quickstart:" + name + ":begin -->\\s*```[a-z]*\\n(.*?)\\n\\s*```\\s*<!-- quickstart:" + name
                + ":end -->", Pattern.DOTALL).matcher(readme);
        assertThat(m.find()).as("README.md has the quickstart:%s snippet", name).isTrue();
        return m.group(1);
    }

    private static Document xml(String text) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(text)));
    }

    private static String child(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent().trim();
    }

    @Test
    void thePomSnippetNamesTheReactorsBomModulesAndVersions() throws Exception {
        Document snippet = xml("<project>" + snippet("pom") + "</project>");
        Document parent = xml(Files.readString(ROOT.resolve("pom.xml")));
        Document bom = xml(Files.readString(ROOT.resolve("altium2kicad-bom/pom.xml")));
        String groupId = child(bom.getDocumentElement(), "groupId");
        String version = child(bom.getDocumentElement(), "version");
        List<String> managed = new ArrayList<>();
        NodeList bomDeps = bom.getElementsByTagName("dependency");
        for (int i = 0; i < bomDeps.getLength(); i++) {
            managed.add(child((Element) bomDeps.item(i), "artifactId"));
        }

        NodeList deps = snippet.getElementsByTagName("dependency");
        int altium2kicad = 0;
        boolean bomImported = false;
        boolean binding = false;
        for (int i = 0; i < deps.getLength(); i++) {
            Element d = (Element) deps.item(i);
            String artifactId = child(d, "artifactId");
            if (child(d, "groupId").equals(groupId)) {
                altium2kicad++;
                if (artifactId.equals("altium2kicad-bom")) {
                    assertThat(child(d, "version")).isEqualTo(version);
                    assertThat(child(d, "type")).isEqualTo("pom");
                    assertThat(child(d, "scope")).isEqualTo("import");
                    bomImported = true;
                } else {
                    assertThat(managed).as("the BOM manages %s", artifactId).contains(artifactId);
                    assertThat(child(d, "version")).as("%s's version comes from the BOM", artifactId).isNull();
                }
            } else if (child(d, "groupId").equals("org.slf4j")) {
                assertThat(child(d, "version")).isEqualTo(child(parent.getDocumentElement(), "slf4j.version"));
                binding = true;
            }
        }
        assertThat(bomImported).isTrue();
        assertThat(binding).isTrue();
        assertThat(altium2kicad).isGreaterThanOrEqualTo(2);
    }

    @Test
    void theJavaSnippetsCompileAndMigrateTheSampleWithTheRuleFoundByServiceLoader() throws Exception {
        Path src = Files.createDirectories(dir.resolve("src"));
        Path classes = Files.createDirectories(dir.resolve("classes"));
        Files.writeString(src.resolve("QuickStart.java"), snippet("java"));
        Files.writeString(src.resolve("HouseResistorRule.java"), snippet("rule"));
        // the in-code registration, with the imports it names in its comments and a request to pass
        Files.writeString(src.resolve("InCode.java"), """
                import io.github.altium2kicad.api.MigrationRequest;
                import io.github.altium2kicad.api.MigrationResult;
                import io.github.altium2kicad.core.MigrationEngine;
                import java.util.List;
                import java.nio.file.Path;
                class InCode {
                    public static void main(String[] args) {
                        MigrationRequest data = MigrationRequest.builder(Path.of("Parts.DbLib")).outputDirectory(Path.of("kicad-in-code"))
                                .overwrite(true).build();
                """ + snippet("engine") + """

                        System.out.println(result.partsWritten() + " parts");
                    }
                }
                """);
        Path serviceRoot = dir.resolve("service");
        Path services = Files.createDirectories(serviceRoot.resolve("META-INF/services"));
        Files.writeString(services.resolve("io.github.altium2kicad.api.mapping.MappingRule"), snippet("service") + "\n");

        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-cp", classPath, "--release", "17"));
        try (Stream<Path> files = Files.list(src)) {
            files.forEach(f -> args.add(f.toString()));
        }
        assertThat(javac.run(null, null, null, args.toArray(String[]::new))).as("javac exit code").isZero();

        Path work = Files.createDirectories(dir.resolve("work"));
        Path sample = ROOT.resolve("examples/sample");
        try (Stream<Path> files = Files.walk(sample)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path target = work.resolve(sample.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
        Files.move(work.resolve("Sample.DbLib"), work.resolve("Parts.DbLib"));
        String output = run(work, "QuickStart", classes + File.pathSeparator + serviceRoot + File.pathSeparator + classPath);
        assertThat(output).doesNotContain("No SLF4J providers");

        Path dbl = work.resolve("kicad/Parts.kicad_dbl");
        Path database = work.resolve("kicad/Parts.sqlite");
        assertThat(dbl).isRegularFile();
        assertThat(database).isRegularFile();
        assertThat(output).contains("Parts.kicad_dbl: ");
        JsonNode dblJson = new ObjectMapper().readTree(dbl.toFile());
        assertThat(dblJson.path("libraries").size()).isPositive();

        long parts = 0;
        long byRule = 0;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database)) {
            for (JsonNode library : dblJson.path("libraries")) {
                try (ResultSet r = c.createStatement().executeQuery("SELECT COUNT(*) FROM \"" + library.path("table").asText() + "\"")) {
                    parts += r.getLong(1);
                }
            }
            try (ResultSet r = c.createStatement().executeQuery("SELECT COUNT(*) FROM \"Resistors\" WHERE \"Footprint Ref\" = 'R0402' "
                    + "AND \"KiCad Symbol\" = 'Device:R' AND \"KiCad Footprints\" = 'Resistor_SMD:R_0402_1005Metric'")) {
                byRule = r.getLong(1);
            }
        }
        assertThat(output).contains(": " + parts + " parts");
        assertThat(parts).isGreaterThan(2_000);
        assertThat(byRule).as("parts the ServiceLoader-registered HouseResistorRule mapped").isPositive();
        JsonNode report = new ObjectMapper().readTree(work.resolve("kicad/mapping-report.json").toFile());
        long reported = 0;
        for (JsonNode row : report.path("mapping")) {
            if (row.path("rule").asText().equals("house-resistors-0402")) {
                reported += row.path("parts").asLong();
            }
        }
        assertThat(reported).isPositive();

        // registered in code (no services file on this class path): the rule still decides the same parts
        run(work, "InCode", classes + File.pathSeparator + classPath);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + work.resolve("kicad-in-code/Parts.sqlite"));
             ResultSet r = c.createStatement().executeQuery("SELECT COUNT(*) FROM \"Resistors\" WHERE \"Footprint Ref\" = 'R0402' "
                     + "AND \"KiCad Symbol\" = 'Device:R' AND \"KiCad Footprints\" = 'Resistor_SMD:R_0402_1005Metric'")) {
            assertThat(r.getLong(1)).as("parts the HouseResistorRule passed to the engine mapped").isEqualTo(byRule);
        }
    }

    /** Runs {@code mainClass} in a fresh JVM in {@code work}; returns its output after checking it exited with 0. */
    private String run(Path work, String mainClass, String classPath) throws Exception {
        Path log = dir.resolve(mainClass + ".log");
        Process run = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.home=" + dir.resolve("home"), "-cp", classPath, mainClass)
                .directory(work.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(run.waitFor(5, TimeUnit.MINUTES)).as("%s finished", mainClass).isTrue();
        String output = Files.readString(log);
        assertThat(run.exitValue()).as(output).isZero();
        return output;
    }
}
