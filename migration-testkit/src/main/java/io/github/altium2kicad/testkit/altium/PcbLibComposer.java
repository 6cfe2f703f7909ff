package io.github.altium2kicad.testkit.altium;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Writes a {@code .PcbLib} whose footprints are copies of real Altium-saved footprint storages
 * ({@link FixtureFootprint}) under new names, patched the way Altium names a footprint:
 * <ul>
 *   <li>the storage is named after the footprint, {@code /} replaced by {@code _}, cut to 31 characters, and a root
 *       {@code SectionKeys} stream (count, then (full name, storage name) string blocks) maps the names that differ;</li>
 *   <li>{@code Library/Data} lists every full name after the library's property list;
 *       {@code Library/ComponentParamsTOC} lists name, pad count, height and description;</li>
 *   <li>the storage's {@code Parameters} carry {@code PATTERN} (in the ANSI code page; for non-ASCII names also
 *       {@code UNICODE=EXISTS} and {@code UNICODE__PATTERN}, the UTF-16 code units, as KiCad's importer reads them), and
 *       its {@code Data} stream starts with the name.</li>
 * </ul>
 * KiCad 9 lists each footprint under its full (unicode) name, not cut. The fixture's embedded 3D models are left out
 * to keep files small. Names equal ignoring case (as storage names or in the ANSI code page) are refused. Not
 * thread-safe; one composer writes one file.
 */
public final class PcbLibComposer {

    private record Item(String name, String description, FixtureFootprint source, LandPattern pads) {
    }

    private static final Set<String> LIBRARY_PROPERTIES = Set.of("FILENAME", "KIND", "VERSION", "DATE", "TIME");

    private final Charset ansi;
    private final List<Item> items = new ArrayList<>();
    private final Map<String, String> takenUpperCase = new HashMap<>();

    /** A composer writing text in {@code ansi} (e.g. windows-1252, GBK). */
    public PcbLibComposer(Charset ansi) {
        this.ansi = ansi;
    }

    /** A composer writing text in windows-1252. */
    public PcbLibComposer() {
        this(Charset.forName("windows-1252"));
    }

    /**
     * Adds a copy of {@code source} named {@code name}.
     *
     * @throws IllegalArgumentException if the name is blank, longer than 255 bytes, or clashes (ignoring case, as a
     *                                  storage name or in the ANSI code page) with one added
     */
    public PcbLibComposer add(String name, String description, FixtureFootprint source) {
        return add(name, description, source, null);
    }

    /**
     * Adds a copy of {@link FixtureFootprint#CHIP_2_PADS} named {@code name} whose two pads are moved and sized to
     * {@code pads} (the fixture's own are those of a 0603), or of any {@code source} unchanged if {@code pads} is null.
     *
     * @throws IllegalArgumentException as {@link #add(String, String, FixtureFootprint)}, or if {@code pads} is given
     *                                  for another fixture
     */
    public PcbLibComposer add(String name, String description, FixtureFootprint source, LandPattern pads) {
        if (pads != null && source != FixtureFootprint.CHIP_2_PADS) {
            throw new IllegalArgumentException("a land pattern is only drawn on " + FixtureFootprint.CHIP_2_PADS + ", not " + source);
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a footprint name must not be blank");
        }
        if (name.getBytes(ansi).length > 255) {
            throw new IllegalArgumentException("footprint name '" + name + "' is longer than 255 bytes");
        }
        String storage = FixtureFiles.storageName(name).toUpperCase(Locale.ROOT);
        String ansiForm = PropertyRecord.raw(name, ansi).toUpperCase(Locale.ROOT);
        for (String key : List.of("S:" + storage, "A:" + ansiForm)) {
            String clash = takenUpperCase.get(key);
            if (clash != null) {
                throw new IllegalArgumentException("footprint '" + name + "' clashes with footprint '" + clash
                        + "' (same storage name or same " + ansi + " bytes, ignoring case)");
            }
        }
        takenUpperCase.put("S:" + storage, name);
        takenUpperCase.put("A:" + ansiForm, name);
        items.add(new Item(name, description == null ? "" : description, source, pads));
        return this;
    }

    /** Whether a footprint of this name (ignoring case) was added. */
    public boolean contains(String name) {
        return takenUpperCase.containsKey("S:" + FixtureFiles.storageName(name).toUpperCase(Locale.ROOT))
                || takenUpperCase.containsKey("A:" + PropertyRecord.raw(name, ansi).toUpperCase(Locale.ROOT));
    }

    /** Writes the library to {@code file} (replacing it), creating its folder. */
    public ComposedLibrary write(Path file) throws IOException {
        DirectoryEntry fixture = FixtureFiles.root(FixtureFootprint.RESOURCE);
        List<ComposedEntry> entries = new ArrayList<>();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            DirectoryEntry root = fs.getRoot();
            FixtureFiles.write(root, "FileHeader", FixtureFiles.bytes(fixture, "FileHeader"));
            FixtureFiles.copyContents((DirectoryEntry) fixture.getEntry("FileVersionInfo"),
                    root.createDirectory("FileVersionInfo"), n -> false);
            writeLibrary((DirectoryEntry) fixture.getEntry("Library"), root.createDirectory("Library"));
            ByteArrayOutputStream sectionKeys = new ByteArrayOutputStream();
            int keys = 0;
            for (Item item : items) {
                String storage = FixtureFiles.storageName(item.name());
                DirectoryEntry from = FixtureFiles.storage(FixtureFootprint.RESOURCE, item.source().storage());
                DirectoryEntry to = root.createDirectory(storage);
                FixtureFiles.copyContents(from, to, n -> n.equals("Data") || n.equals("Parameters"));
                FixtureFiles.write(to, "Parameters", parameters(FixtureFiles.bytes(from, "Parameters"), item));
                byte[] data = renamedData(FixtureFiles.bytes(from, "Data"), item.name());
                FixtureFiles.write(to, "Data", item.pads() == null ? data : withPads(data, item.pads()));
                if (!storage.equals(item.name())) {
                    stringBlock(sectionKeys, item.name());
                    stringBlock(sectionKeys, storage);
                    keys++;
                }
                entries.add(new ComposedEntry(item.name(), storage, item.name(), item.source().name(),
                        item.source().pads()));
            }
            if (keys > 0) {
                ByteArrayOutputStream stream = new ByteArrayOutputStream();
                uint32(stream, keys);
                stream.writeBytes(sectionKeys.toByteArray());
                FixtureFiles.write(root, "SectionKeys", stream.toByteArray());
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        return new ComposedLibrary(file, ComposedLibrary.Kind.PCBLIB, entries);
    }

    private void writeLibrary(DirectoryEntry from, DirectoryEntry to) throws IOException {
        FixtureFiles.copyContents(from, to, n -> n.equals("Data") || n.equals("Models") || n.equals("ComponentParamsTOC"));
        PropertyRecord properties = PropertyRecord.parse(FixtureFiles.bytes(from, "Data"));
        properties.removeIf(k -> !LIBRARY_PROPERTIES.contains(k));
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        data.writeBytes(properties.toBytes());
        uint32(data, items.size());
        items.forEach(item -> stringBlock(data, item.name()));
        FixtureFiles.write(to, "Data", data.toByteArray());

        DirectoryEntry models = to.createDirectory("Models");
        FixtureFiles.write(models, "Header", new byte[4]);
        FixtureFiles.write(models, "Data", new byte[0]);

        DirectoryEntry toc = to.createDirectory("ComponentParamsTOC");
        String lines = items.stream().map(item -> "Name=" + PropertyRecord.raw(item.name(), ansi)
                        + "|Pad Count=" + item.source().pads() + "|Height=" + item.source().heightMil()
                        + "|Description=" + PropertyRecord.raw(item.description(), ansi) + "\r\n")
                .collect(Collectors.joining());
        byte[] body = (lines + "\0").getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream tocData = new ByteArrayOutputStream();
        PropertyRecord.writeHeader(tocData, body.length, 0);
        tocData.writeBytes(body);
        FixtureFiles.write(toc, "Header", new byte[] {1, 0, 0, 0});
        FixtureFiles.write(toc, "Data", tocData.toByteArray());
    }

    private byte[] parameters(byte[] fixture, Item item) {
        PropertyRecord parameters = PropertyRecord.parse(fixture);
        parameters.putRaw("PATTERN", PropertyRecord.raw(item.name(), ansi));
        parameters.removeIf(k -> k.equals("UNICODE") || k.startsWith("UNICODE__") || k.equals("%UTF8%PATTERN"));
        if (!item.description().isEmpty()) {
            parameters.putRaw("DESCRIPTION", PropertyRecord.raw(item.description(), ansi));
        }
        if (!PropertyRecord.isAscii(item.name())) {
            parameters.putRaw("UNICODE", "EXISTS");
            parameters.putRaw("UNICODE__PATTERN", item.name().chars()
                    .mapToObj(Integer::toString).collect(Collectors.joining(",")));
        }
        return parameters.toBytes();
    }

    /** {@code data} with its leading name string block set to {@code name}. */
    private byte[] renamedData(byte[] data, String name) {
        int length = (data[0] & 0xFF) | (data[1] & 0xFF) << 8 | (data[2] & 0xFF) << 16 | (data[3] & 0xFF) << 24;
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length + name.length() * 2);
        stringBlock(out, name);
        out.write(data, 4 + length, data.length - 4 - length);
        return out.toByteArray();
    }

    /**
     * {@code data} (a footprint's {@code Data} stream: name block, then primitive records of a type byte and
     * length-prefixed subrecords, six for a pad) with the centre, sizes and rotation in each pad's fifth subrecord set
     * to {@code pads}: x, y at bytes 13 and 17, top/mid/bottom size x, y from byte 21, rotation (a double) at 52, in
     * Altium's unit of 1/10,000 mil (as KiCad's importer reads {@code APAD6}).
     */
    private static byte[] withPads(byte[] data, LandPattern pads) {
        byte[] out = data.clone();
        int pos = 4 + readInt(out, 0);
        int pad = 0;
        while (pos < out.length) {
            int type = out[pos++] & 0xFF;
            int subrecords = switch (type) {
                case 2 -> 6;
                case 5 -> 2;
                case 1, 3, 4, 6, 11, 12 -> 1;
                default -> throw new IllegalStateException("unknown primitive record " + type + " in the fixture");
            };
            for (int i = 0; i < subrecords; i++) {
                int length = readInt(out, pos);
                pos += 4;
                if (type == 2 && i == 4) {
                    double x = (pad == 0 ? -1 : 1) * pads.pitch() / 2;
                    writeInt(out, pos + 13, units(x));
                    writeInt(out, pos + 17, 0);
                    for (int layer = 0; layer < 3; layer++) {
                        writeInt(out, pos + 21 + 8 * layer, units(pads.along()));
                        writeInt(out, pos + 25 + 8 * layer, units(pads.across()));
                    }
                    long zero = Double.doubleToLongBits(0.0);
                    for (int b = 0; b < 8; b++) {
                        out[pos + 52 + b] = (byte) (zero >>> 8 * b);
                    }
                    pad++;
                }
                pos += length;
            }
        }
        if (pad != 2) {
            throw new IllegalStateException("the fixture has " + pad + " pads, not 2");
        }
        return out;
    }

    private static int units(double mm) {
        return (int) Math.round(mm / 2.54e-6);
    }

    private static int readInt(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16 | (b[at + 3] & 0xFF) << 24;
    }

    private static void writeInt(byte[] b, int at, int value) {
        for (int i = 0; i < 4; i++) {
            b[at + i] = (byte) (value >>> 8 * i);
        }
    }

    /** A 32-bit length, then a Pascal string (8-bit length + bytes in the ANSI code page). */
    private void stringBlock(ByteArrayOutputStream out, String text) {
        byte[] bytes = text.getBytes(ansi);
        uint32(out, bytes.length + 1);
        out.write(bytes.length);
        out.writeBytes(bytes);
    }

    private static void uint32(ByteArrayOutputStream out, int value) {
        out.write(value & 0xFF);
        out.write(value >>> 8 & 0xFF);
        out.write(value >>> 16 & 0xFF);
        out.write(value >>> 24 & 0xFF);
    }
}
