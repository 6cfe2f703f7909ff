package io.github.altium2kicad.core.kicad.index;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Regenerates the bundled snapshot of KiCad's standard libraries ({@link KicadLibraryIndex#bundledStandard()})
 * from an installation. See {@code docs/kicad-index.md}:
 *
 * <pre>
 * mvn -B -q -pl migration-core -am process-classes -Pkicad-index -Dkicad.dir=/usr/share/kicad
 * </pre>
 *
 * Arguments: the KiCad shared directory (holding {@code symbols/} and {@code footprints/}), the output file,
 * and optionally a label for the libraries' version, written into the snapshot's header.
 */
public final class StandardIndexGenerator {

    private static final Logger LOG = LoggerFactory.getLogger(StandardIndexGenerator.class);

    private StandardIndexGenerator() {
    }

    /** {@code <kicad-share-dir> <output.tsv.gz> [version label]}. */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            throw new IllegalArgumentException(
                    "usage: StandardIndexGenerator <kicad-share-dir> <output.tsv.gz> [version label]");
        }
        Path kicad = Path.of(args[0]);
        Path output = Path.of(args[1]);
        KicadLibraryIndex index = new KicadLibraryScanner().scanInstallation(kicad);
        List<String> comments = new ArrayList<>();
        comments.add("KiCad standard libraries scanned from " + kicad
                + (args.length > 2 ? " (" + args[2] + ")" : ""));
        comments.add(index.symbolCount() + " symbols in " + index.symbolLibraries().size() + " libraries, "
                + index.footprintCount() + " footprints in " + index.footprintLibraries().size() + " libraries");
        comments.add("Regenerate: see docs/kicad-index.md");
        Path parent = output.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream out = Files.newOutputStream(output)) {
            KicadIndexSnapshot.write(index, comments, out);
        }
        LOG.info("Wrote {} ({} bytes)", output, Files.size(output));
    }
}
