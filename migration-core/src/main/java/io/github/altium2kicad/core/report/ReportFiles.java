package io.github.altium2kicad.core.report;

import java.nio.file.Path;

/** The files a {@link MappingReport} wrote. */
public record ReportFiles(Path html, Path csv, Path json) {
}
