package io.github.altium2kicad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.altium2kicad.testkit.SyntheticLibraryGenerator;
import io.github.altium2kicad.testkit.SyntheticLibraryGenerator.Family;
import io.github.altium2kicad.testkit.SyntheticLibraryGenerator.Table;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;

/**
 * {@code report.html} of a migrated 70,000-part library, opened in a real headless Chromium (Debian's
 * {@code chromium} and {@code chromium-driver}, driven by Selenium; nothing is downloaded): every part to review is
 * reachable, filtering the 1,779-part table shows 1,779 rows counted through the pager, every column sorts. The
 * page-open and filter times are printed (not asserted: timing on a shared machine is not a test). Skipped where
 * chromium is not installed, except in CI ({@code CI=true}), where it must be.
 */
class ReportPageBrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final String TABLE_1779 = "IC - Interface";

    @TempDir
    static Path dir;
    static Path html;
    static JsonNode report;
    static ChromeDriver browser;

    /** A company's layout: many tables per family, 70,000 parts; the ICs of "IC - Interface" (1,779) all kept as Altium. */
    static List<Table> layout() {
        List<Table> tables = new ArrayList<>();
        String[][] families = {
            {"RESISTORS", "Resistors - Chip", "Resistors - Thin Film", "Resistors - Current Sense", "Resistors - Arrays"},
            {"CAPACITORS", "Capacitors - MLCC", "Capacitors - Tantalum", "Capacitors - Electrolytic", "Capacitors - Film"},
            {"INDUCTORS", "Inductors - Power", "Inductors - RF"},
            {"DIODES", "Diodes - Rectifier", "Diodes - Schottky", "Diodes - TVS", "Diodes - Zener"},
            {"TRANSISTORS", "Transistors - BJT", "Transistors - MOSFET"},
            {"INTEGRATED_CIRCUITS", "IC - Microcontrollers", "IC - Power Management", "IC - Logic", "IC - Memory",
                "IC - Amplifiers", "IC - Data Converters", "IC - Clocks"},
            {"CONNECTORS", "Connectors - Headers", "Connectors - USB", "Connectors - Board to Board"},
            {"CRYSTALS", "Crystals", "Oscillators"},
            {"LEDS", "LEDs - Chip", "LEDs - Through Hole"},
            {"FERRITE_BEADS", "Ferrite Beads"},
            {"SWITCHES", "Switches - Tactile", "Switches - DIP"},
            {"FUSES", "Fuses - Chip", "Fuses - PTC"}};
        int count = 0;
        for (String[] f : families) {
            count += f.length - 1;
        }
        long rest = 70_000 - 1_779;
        long each = rest / count;
        long assigned = 0;
        int i = 0;
        for (String[] f : families) {
            for (int k = 1; k < f.length; k++, i++) {
                long rows = i == count - 1 ? rest - assigned : each;
                assigned += rows;
                tables.add(new Table(f[k], Family.valueOf(f[0]), rows));
            }
        }
        tables.add(5 * 4, new Table(TABLE_1779, Family.INTEGRATED_CIRCUITS, 1_779));
        return tables;
    }

    @BeforeAll
    static void migrateAndOpen() throws Exception {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("chromium and chromium-driver must be installed in CI (.ci/run installs them)");
        }
        Assumptions.assumeTrue(installed, "chromium and chromium-driver are not installed");
        var library = new SyntheticLibraryGenerator(layout(), 42).writeTo(dir.resolve("altium"));
        assertThat(library.totalRows()).isEqualTo(70_000);
        Path out = dir.resolve("out");
        assertThat(Altium2KicadCommand.execute("migrate", "--no-progress", "--mapping-mode", "standard",
                library.dbLib().toString(), "-o", out.toString())).isZero();
        html = out.resolve("report.html");
        report = new ObjectMapper().readTree(out.resolve("mapping-report.json").toFile());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1400,1000");
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build(), options);
        browser.get(html.toUri().toString());
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    static Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    static long reviewParts(String table) {
        for (JsonNode t : report.path("tables")) {
            if (t.path("table").asText().equals(table)) {
                return t.path("review_parts").asLong();
            }
        }
        throw new AssertionError("no table " + table);
    }

    @Test
    void opensWithEveryPartToReviewAndTellsHowLongItTook() throws Exception {
        browser.get(html.toUri().toString());
        List<?> timing = (List<?>) js("var n = performance.getEntriesByType('navigation')[0];"
                + "return [n.domContentLoadedEventEnd, n.loadEventEnd, document.documentElement.getAttribute('data-ready-ms')];");
        System.out.printf(Locale.ROOT, "report.html of 70,000 parts (%,d bytes, %,d parts to review): DOMContentLoaded %.0f ms,"
                        + " load %.0f ms, script %s ms%n", Files.size(html), report.path("totals").path("review_parts").asLong(),
                ((Number) timing.get(0)).doubleValue(), ((Number) timing.get(1)).doubleValue(), timing.get(2));
        long review = report.path("totals").path("review_parts").asLong();
        assertThat(browser.findElement(By.id("shown-count")).getText()).isEqualTo(Long.toString(review));
        assertThat(browser.findElements(By.cssSelector("#review tbody tr"))).hasSize((int) Math.min(100, review));
        assertThat(browser.findElements(By.cssSelector("#top-reasons tbody tr"))).hasSizeBetween(1, 10);
        // the tables are collapsed below the summary, and the kept-as-Altium parts have their own colour
        assertThat(browser.findElement(By.id("tables-section")).getAttribute("open")).isNull();
        assertThat(browser.findElement(By.cssSelector("#summary .kept")).getCssValue("background-color"))
                .isEqualTo("rgba(106, 61, 154, 1)");
    }

    @Test
    void filteringThe1779PartTableShows1779RowsThroughThePager() {
        assertThat(reviewParts(TABLE_1779)).isEqualTo(1_779);
        browser.get(html.toUri().toString());
        Select table = new Select(browser.findElement(By.id("filter-table")));
        WebElement option = table.getOptions().stream().filter(o -> o.getText().startsWith(TABLE_1779 + " (")).findFirst().orElseThrow();
        assertThat(option.getText()).isEqualTo(TABLE_1779 + " (1779)");
        Number ms = (Number) js("var s = arguments[0]; var t0 = performance.now(); s.value = arguments[1];"
                + "s.dispatchEvent(new Event('change')); return performance.now() - t0;",
                browser.findElement(By.id("filter-table")), option.getAttribute("value"));
        System.out.printf(Locale.ROOT, "filtering %s: %.1f ms%n", TABLE_1779, ms.doubleValue());
        assertThat(browser.findElement(By.id("shown-count")).getText()).isEqualTo("1779");
        Set<String> keys = new HashSet<>();
        int rows = 0;
        WebElement next = browser.findElement(By.id("page-next"));
        while (true) {
            for (WebElement tr : browser.findElements(By.cssSelector("#review tbody tr"))) {
                List<WebElement> cells = tr.findElements(By.tagName("td"));
                assertThat(cells.get(0).getText()).isEqualTo(TABLE_1779);
                keys.add(cells.get(2).getText());
                rows++;
            }
            if (!next.isEnabled()) {
                break;
            }
            next.click();
        }
        assertThat(rows).isEqualTo(1_779);
        assertThat(keys).hasSize(1_779);
    }

    @Test
    void everyColumnSortsBothWays() {
        browser.get(html.toUri().toString());
        List<WebElement> headings = browser.findElements(By.cssSelector("#review th"));
        assertThat(headings).hasSize(9);
        for (int c = 0; c < headings.size(); c++) {
            WebElement th = browser.findElements(By.cssSelector("#review th")).get(c);
            boolean numeric = List.of("row", "confidence").contains(th.getAttribute("data-column"));
            th.click();
            assertThat(th.getAttribute("aria-sort")).isEqualTo("ascending");
            assertOrdered(c, numeric, 1);
            th.click();
            assertThat(th.getAttribute("aria-sort")).isEqualTo("descending");
            assertOrdered(c, numeric, -1);
        }
    }

    /** The first page's column {@code c} is in order (strings ignoring case, as the page sorts). */
    private static void assertOrdered(int c, boolean numeric, int sign) {
        List<String> values = new ArrayList<>();
        for (WebElement tr : browser.findElements(By.cssSelector("#review tbody tr"))) {
            values.add(tr.findElements(By.tagName("td")).get(c).getText());
        }
        assertThat(values).hasSizeGreaterThan(1);
        for (int i = 1; i < values.size(); i++) {
            String a = values.get(i - 1);
            String b = values.get(i);
            int cmp = numeric ? Double.compare(number(a), number(b))
                    : a.toLowerCase(Locale.ROOT).compareTo(b.toLowerCase(Locale.ROOT));
            assertThat(cmp * sign).as("column %d: %s then %s", c, a, b).isLessThanOrEqualTo(0);
        }
    }

    private static double number(String cell) {
        String n = cell.replace("kept as Altium", "").trim();
        return n.isEmpty() ? -1 : Double.parseDouble(n);
    }
}
