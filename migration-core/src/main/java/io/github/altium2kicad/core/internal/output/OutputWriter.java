package io.github.altium2kicad.core.internal.output;

import java.io.IOException;

/**
 * The output stage: one writer per file (or set of files) of the output folder, written into the staging folder from
 * what the run built. {@link OutputWriters} lists them in the order they run.
 *
 * @param <T> what the writer is written from: the {@link BuiltLibrary}, or the finished {@link RunRecord}
 */
public interface OutputWriter<T> {

    /** Writes the files; an {@link IOException} is turned into a message naming the file (and disk space if full). */
    void write(T built) throws IOException;
}
