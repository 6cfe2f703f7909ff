/**
 * The bundled sample Altium database library ({@code examples/sample/}): a deterministic generator of a realistic
 * {@code Sample.DbLib} + {@code Sample.sqlite} pair, with the KiCad standard-library answer known for each part.
 *
 * <p>Entry point: {@link io.github.altium2kicad.examples.sample.SampleLibraryGenerator}.
 */
package io.github.altium2kicad.examples.sample;
