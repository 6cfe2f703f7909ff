package io.github.altium2kicad.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

class SkippedTestsReportTest {

    /** Run by the test below through its own launcher, never by the build (an inner class). */
    static class MachineDependent {
        @Test
        void needsKicad() {
            Assumptions.assumeTrue(false, "kicad-cli 9 is not installed");
        }

        @Test
        void needsKicadToo() {
            Assumptions.assumeTrue(false, "kicad-cli 9 is not installed");
        }

        @Test
        @Disabled("waits for a SQL Server image")
        void needsSqlServer() {
        }

        @Test
        void runs() {
        }
    }

    @Test
    void namesEachSkippedGroupWithItsReasonAndCount() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        // without the listeners found on the class path: this fixture's skips are not the build's
        LauncherFactory.create(LauncherConfig.builder().enableTestExecutionListenerAutoRegistration(false).build()).execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(MachineDependent.class))
                .build(), new SkippedTestsReport(out));
        String report = bytes.toString(StandardCharsets.UTF_8);
        assertThat(report).startsWith("Tests not run on this machine, by reason (CI runs them all):")
                .contains("  kicad-cli 9 is not installed -- 2 tests in SkippedTestsReportTest$MachineDependent")
                .contains("  waits for a SQL Server image -- 1 test in SkippedTestsReportTest$MachineDependent");
        assertThat(report.lines()).hasSize(3); // the test that ran is not listed
    }

    @Test
    void saysNothingWhenEverythingRan() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new SkippedTestsReport(new PrintStream(bytes, true, StandardCharsets.UTF_8)).testPlanExecutionFinished(null);
        assertThat(bytes.size()).isZero();
    }
}
