package io.github.altium2kicad.core.internal.output;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;

/**
 * The record of a publish in progress, {@code .<target>.publish} next to the output folder: which complete staging
 * folder is moving into place and where the previous output is moved aside. Written (atomically, synced) before the
 * first rename and deleted after the last step, so a run that finds it knows a publish was cut short and how to
 * finish it.
 *
 * @param file     the journal file
 * @param staging  the complete new output
 * @param previous where the previous output goes while the new one moves in, if there was one
 */
record PublishJournal(Path file, Path staging, Optional<Path> previous) {

    static Path fileOf(Path target) {
        return target.resolveSibling("." + target.getFileName() + ".publish");
    }

    static PublishJournal write(Path target, Path staging, Path previous) throws IOException {
        Path file = fileOf(target);
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        String text = "staging=" + staging.getFileName() + "\nprevious=" + (previous == null ? "" : previous.getFileName()) + "\n";
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            channel.write(StandardCharsets.UTF_8.encode(text));
            channel.force(true);
        }
        try {
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return new PublishJournal(file, staging, Optional.ofNullable(previous));
    }

    /** The journal a cut-short publish of {@code target} left, if any; a journal that cannot be read is deleted. */
    static Optional<PublishJournal> read(Path target) {
        Path file = fileOf(target);
        try {
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + ".tmp")); // cut short before it counted
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            String staging = value(lines, "staging=");
            String previous = value(lines, "previous=");
            String ours = "." + target.getFileName();
            if (!staging.startsWith(ours + ".partial-") || !(previous.isEmpty() || previous.startsWith(ours + ".previous-"))
                    || staging.contains("/") || staging.contains("\\") || previous.contains("/") || previous.contains("\\")) {
                Files.delete(file);
                return Optional.empty();
            }
            return Optional.of(new PublishJournal(file, target.resolveSibling(staging),
                    previous.isEmpty() ? Optional.empty() : Optional.of(target.resolveSibling(previous))));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String value(List<String> lines, String prefix) {
        return lines.stream().filter(l -> l.startsWith(prefix)).map(l -> l.substring(prefix.length()).strip())
                .findFirst().orElse("");
    }

    void delete() throws IOException {
        Files.deleteIfExists(file);
    }

    void deleteQuietly() {
        try {
            delete();
        } catch (IOException ignored) {
            // the next run finds a finished publish and deletes the journal
        }
    }
}
