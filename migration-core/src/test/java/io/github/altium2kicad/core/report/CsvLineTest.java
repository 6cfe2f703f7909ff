package io.github.altium2kicad.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvLineTest {

    @Test
    void quotesCellsWithSeparatorsAndDoublesQuotes() {
        assertThat(CsvLine.of(Arrays.asList("a,b", "say \"hi\"", null, "two\nlines", "plain")))
                .isEqualTo("\"a,b\",\"say \"\"hi\"\"\",,\"two\nlines\",plain\r\n");
    }

    @Test
    void cellsASpreadsheetWouldRunAsFormulasStayText() {
        assertThat(CsvLine.of(List.of("=HYPERLINK(\"http://x\",\"y\")", "+1", "-5V", "@SUM(A1)", "\tx", "a=b", "")))
                .isEqualTo("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",'+1,'-5V,'@SUM(A1),'\tx,a=b,\r\n");
    }
}
