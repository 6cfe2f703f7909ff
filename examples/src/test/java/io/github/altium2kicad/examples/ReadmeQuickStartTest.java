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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Assumptions;
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
 * One test copies the snippets into a fresh Maven project (its own {@code pom.xml} around the README's, the rule and
 * its services file under {@code src/main}) and builds and runs it with Maven, resolving altium2kicad from a
 * repository made of this reactor's modules.
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
        copySample(work);
        String output = run(work, "QuickStart", classes + File.pathSeparator + serviceRoot + File.pathSeparator + classPath);
        assertThat(output).doesNotContain("No SLF4J providers");
        long parts = checkOutput(work, output);
        assertThat(parts).isGreaterThan(2_000);
        long byRule;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + work.resolve("kicad/Parts.sqlite"))) {
            byRule = resistorsByRule(c);
        }

        // registered in code (no services file on this class path): the rule still decides the same parts
        run(work, "InCode", classes + File.pathSeparator + classPath);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + work.resolve("kicad-in-code/Parts.sqlite"))) {
            assertThat(resistorsByRule(c)).as("parts the HouseResistorRule passed to the engine mapped").isEqualTo(byRule);
        }
    }

    @Test
    void theSnippetsBuildAndRunInAFreshMavenProject() throws Exception {
        String mavenHome = System.getProperty("altium2kicad.test.maven.home");
        String buildRepository = System.getProperty("altium2kicad.test.maven.repo.local");
        Assumptions.assumeTrue(mavenHome != null && buildRepository != null,
                "runs only under Maven (the examples pom passes the Maven home and the build's local repository)");
        Path reactorRepository = reactorRepository(dir.resolve("reactor-repository"));

        Document parent = xml(Files.readString(ROOT.resolve("pom.xml")));
        Path project = Files.createDirectories(dir.resolve("quickstart"));
        // a newcomer's pom: the README's dependencies; the build section only pins the plugins (Maven 3.8's default
        // compiler plugin predates maven.compiler.release) to versions this build has already downloaded
        Files.writeString(project.resolve("pom.xml"), """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>com.example</groupId>
                  <artifactId>quickstart</artifactId>
                  <version>1.0</version>
                  <properties>
                    <maven.compiler.release>17</maven.compiler.release>
                    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
                  </properties>
                """ + snippet("pom") + """

                  <build>
                    <plugins>
                      <plugin><artifactId>maven-compiler-plugin</artifactId><version>%s</version></plugin>
                      <plugin><artifactId>maven-resources-plugin</artifactId><version>%s</version></plugin>
                      <plugin>
                        <groupId>org.codehaus.mojo</groupId><artifactId>exec-maven-plugin</artifactId><version>%s</version>
                        <configuration><executable>%s</executable>
                          <arguments><argument>-classpath</argument><classpath/><argument>QuickStart</argument></arguments>
                        </configuration>
                      </plugin>
                    </plugins>
                  </build>
                </project>
                """.formatted(pluginVersion(parent, "maven-compiler-plugin"), pluginVersion(parent, "maven-resources-plugin"),
                pluginVersion(parent, "exec-maven-plugin"), Path.of(System.getProperty("java.home"), "bin", "java")));
        Path sources = Files.createDirectories(project.resolve("src/main/java"));
        Files.writeString(sources.resolve("QuickStart.java"), snippet("java"));
        Files.writeString(sources.resolve("HouseResistorRule.java"), snippet("rule"));
        Path services = Files.createDirectories(project.resolve("src/main/resources/META-INF/services"));
        Files.writeString(services.resolve("io.github.altium2kicad.api.mapping.MappingRule"), snippet("service") + "\n");
        copySample(project);

        // the reactor's modules from their own repository; everything else from the build's local repository, read
        // as a remote one, so the test neither downloads nor writes into the user's ~/.m2
        Path settings = dir.resolve("settings.xml");
        Files.writeString(settings, """
                <settings>
                  <profiles><profile><id>readme-test</id>
                    <repositories>
                      <repository><id>altium2kicad-reactor</id><url>%1$s</url>
                        <releases><enabled>false</enabled></releases><snapshots><enabled>true</enabled></snapshots></repository>
                      <repository><id>build-repository</id><url>%2$s</url><snapshots><enabled>false</enabled></snapshots></repository>
                    </repositories>
                    <pluginRepositories>
                      <pluginRepository><id>build-plugins</id><url>%2$s</url></pluginRepository>
                    </pluginRepositories>
                  </profile></profiles>
                  <activeProfiles><activeProfile>readme-test</activeProfile></activeProfiles>
                </settings>
                """.formatted(reactorRepository.toUri(), Path.of(buildRepository).toUri()));
        Path log = dir.resolve("maven.log");
        Process maven = new ProcessBuilder(Path.of(mavenHome, "bin", "mvn").toString(), "-B", "-s", settings.toString(),
                "-Dmaven.repo.local=" + dir.resolve("m2"), "compile", "exec:exec")
                .directory(project.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(maven.waitFor(10, TimeUnit.MINUTES)).as("Maven finished").isTrue();
        String output = Files.readString(log);
        assertThat(maven.exitValue()).as(output).isZero();
        assertThat(output).contains("BUILD SUCCESS").doesNotContain("No SLF4J providers");
        assertThat(Files.list(dir.resolve("m2/io/github/altium2kicad")).map(p -> p.getFileName().toString()))
                .as("altium2kicad modules Maven resolved from the reactor's repository")
                .contains("altium2kicad-bom", "migration-api", "migration-core", "migration-readers");

        long parts = checkOutput(project, output);
        assertThat(parts).isGreaterThan(2_000);
    }

    /** Copies the bundled sample into {@code work}, its DbLib named {@code Parts.DbLib} as the snippets expect. */
    private static void copySample(Path work) throws IOException {
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
    }

    /**
     * Checks the QuickStart's output folder {@code work/kicad}: a .kicad_dbl whose tables hold the parts the program
     * printed, and resistors the HouseResistorRule (registered by its services file) mapped; returns the part count.
     */
    private static long checkOutput(Path work, String output) throws Exception {
        Path dbl = work.resolve("kicad/Parts.kicad_dbl");
        Path database = work.resolve("kicad/Parts.sqlite");
        assertThat(dbl).isRegularFile();
        assertThat(database).isRegularFile();
        assertThat(output).contains("Parts.kicad_dbl: ");
        JsonNode dblJson = new ObjectMapper().readTree(dbl.toFile());
        assertThat(dblJson.path("libraries").size()).isPositive();

        long parts = 0;
        long byRule;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database)) {
            for (JsonNode library : dblJson.path("libraries")) {
                try (ResultSet r = c.createStatement().executeQuery("SELECT COUNT(*) FROM \"" + library.path("table").asText() + "\"")) {
                    parts += r.getLong(1);
                }
            }
            byRule = resistorsByRule(c);
        }
        assertThat(output).contains(": " + parts + " parts");
        assertThat(byRule).as("parts the ServiceLoader-registered HouseResistorRule mapped").isPositive();
        JsonNode report = new ObjectMapper().readTree(work.resolve("kicad/mapping-report.json").toFile());
        long reported = 0;
        for (JsonNode row : report.path("mapping")) {
            if (row.path("rule").asText().equals("house-resistors-0402")) {
                reported += row.path("parts").asLong();
            }
        }
        assertThat(reported).isPositive();
        return parts;
    }

    private static long resistorsByRule(Connection c) throws Exception {
        try (ResultSet r = c.createStatement().executeQuery("SELECT COUNT(*) FROM \"Resistors\" WHERE \"Footprint Ref\" = 'R0402' "
                + "AND \"KiCad Symbol\" = 'Device:R' AND \"KiCad Footprints\" = 'Resistor_SMD:R_0402_1005Metric'")) {
            return r.getLong(1);
        }
    }

    private static String pluginVersion(Document pom, String artifactId) {
        NodeList plugins = pom.getElementsByTagName("plugin");
        for (int i = 0; i < plugins.getLength(); i++) {
            Element plugin = (Element) plugins.item(i);
            if (artifactId.equals(child(plugin, "artifactId")) && child(plugin, "version") != null) {
                return child(plugin, "version");
            }
        }
        throw new AssertionError("the reactor's pom.xml pins no version of " + artifactId);
    }

    /**
     * A Maven repository holding this reactor's parent, BOM, API, core and readers: each module's pom and a jar of
     * its {@code target/classes} (built here, so that a {@code -pl examples -am test} run, which packages nothing,
     * works too).
     */
    private static Path reactorRepository(Path repository) throws Exception {
        String version = child(xml(Files.readString(ROOT.resolve("pom.xml"))).getDocumentElement(), "version");
        Map<String, String> modules = new LinkedHashMap<>();
        modules.put("altium2kicad-parent", ".");
        modules.put("altium2kicad-bom", "altium2kicad-bom");
        modules.put("migration-api", "migration-api");
        modules.put("migration-core", "migration-core");
        modules.put("migration-readers", "migration-readers");
        for (Map.Entry<String, String> module : modules.entrySet()) {
            String artifactId = module.getKey();
            Path folder = Files.createDirectories(repository.resolve("io/github/altium2kicad/" + artifactId + "/" + version));
            Path moduleRoot = ROOT.resolve(module.getValue());
            Files.copy(moduleRoot.resolve("pom.xml"), folder.resolve(artifactId + "-" + version + ".pom"));
            Path classes = moduleRoot.resolve("target/classes");
            if (artifactId.startsWith("migration-")) {
                assertThat(classes).as("%s is compiled", artifactId).isDirectory();
                jar(classes, folder.resolve(artifactId + "-" + version + ".jar"));
            }
        }
        return repository;
    }

    private static void jar(Path classes, Path jar) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest);
             Stream<Path> files = Files.walk(classes)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                String name = classes.relativize(f).toString().replace(File.separatorChar, '/');
                if (name.equals("META-INF/MANIFEST.MF")) {
                    continue;
                }
                out.putNextEntry(new JarEntry(name));
                Files.copy(f, out);
                out.closeEntry();
            }
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
