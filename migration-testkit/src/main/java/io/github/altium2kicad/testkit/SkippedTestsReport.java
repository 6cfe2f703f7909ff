package io.github.altium2kicad.testkit;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Names, at the end of a module's test run, every group of tests that did not run and why: tests skipped by
 * {@code @Disabled} and tests aborted by an assumption (unixODBC, KiCad 9, Chromium or a test server missing on this
 * machine). Found by the JUnit Platform through {@code META-INF/services} in every module whose tests depend on the
 * test kit, so a developer sees what their local run did not check (CI, {@code CI=true}, skips none of them). Maven
 * runs tests with their output redirected to {@code target/surefire-reports}, so the report is also written to
 * {@code target/tests-not-run.txt} of the module (appended per run, with its time; {@code mvn clean} empties it),
 * where the README points.
 */
public final class SkippedTestsReport implements TestExecutionListener {

    private final Map<String, Set<String>> classesByReason = new TreeMap<>();
    private final Map<String, Integer> testsByReason = new TreeMap<>();
    private final PrintStream out;

    private static final Path REPORT_FILE = Path.of("target", "tests-not-run.txt");

    /** A report printed to standard output and, in a Maven module, written to {@code target/tests-not-run.txt}. */
    public SkippedTestsReport() {
        this(System.out);
    }

    SkippedTestsReport(PrintStream out) {
        this.out = out;
    }

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        record(test, reason == null || reason.isBlank() ? "disabled" : reason);
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
            record(test, result.getThrowable().map(Throwable::getMessage).filter(m -> m != null && !m.isBlank())
                    .orElse("an assumption did not hold"));
        }
    }

    private synchronized void record(TestIdentifier test, String reason) {
        String why = reason.replaceFirst("^Assumption failed: ", "").strip();
        classesByReason.computeIfAbsent(why, r -> new TreeSet<>()).add(className(test));
        testsByReason.merge(why, test.isTest() ? 1 : 0, Integer::sum);
    }

    private static String className(TestIdentifier test) {
        Optional<String> fromMethod = test.getSource().filter(MethodSource.class::isInstance)
                .map(s -> ((MethodSource) s).getClassName());
        String name = fromMethod.orElse(test.getLegacyReportingName());
        return name.substring(name.lastIndexOf('.') + 1);
    }

    @Override
    public synchronized void testPlanExecutionFinished(TestPlan plan) {
        if (classesByReason.isEmpty()) {
            return;
        }
        StringBuilder report = new StringBuilder("Tests not run on this machine, by reason (CI runs them all):\n");
        classesByReason.forEach((reason, classes) -> {
            int tests = testsByReason.getOrDefault(reason, 0);
            report.append("  ").append(reason).append(" -- ")
                    .append(tests == 0 ? "whole classes" : tests == 1 ? "1 test" : tests + " tests").append(" in ")
                    .append(String.join(", ", classes)).append('\n');
        });
        out.print(report);
        out.flush();
        if (out == System.out && Files.isDirectory(REPORT_FILE.getParent())) {
            try {
                Files.writeString(REPORT_FILE, "# " + java.time.Instant.now() + "\n" + report, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException e) {
                out.println("(could not write " + REPORT_FILE.toAbsolutePath() + ": " + e.getMessage() + ")");
            }
        }
    }
}
