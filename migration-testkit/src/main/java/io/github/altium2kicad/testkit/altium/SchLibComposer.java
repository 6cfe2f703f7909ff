package io.github.altium2kicad.testkit.altium;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Writes a {@code .SchLib} whose symbols are copies of real Altium-saved component storages
 * ({@link FixtureSymbol}) under new names, patched the way Altium names a component:
 * <ul>
 *   <li>the storage is named after the component, {@code /} replaced by {@code _}, cut to 31 characters;</li>
 *   <li>{@code FileHeader} lists {@code CompCount} and, per component, {@code LibRefN} (plus {@code %UTF8%LibRefN}
 *       for non-ASCII names), {@code CompDescrN} and {@code PartCountN};</li>
 *   <li>the component record that starts the storage's {@code Data} stream carries {@code LibReference};</li>
 *   <li>names that do not fit a storage name are listed in a {@code SectionKeys} stream
 *       ({@code KeyCount}, {@code LibRefN}, {@code SectionKeyN}).</li>
 * </ul>
 * Text is written in the ANSI code page given (the code page of the machine that "saved" the file). KiCad 9 lists
 * each symbol under its storage name. Names whose storage names are equal ignoring case are refused (a compound file
 * cannot hold both). Not thread-safe; one composer writes one file.
 */
public final class SchLibComposer {

    private record Item(String name, String description, FixtureSymbol source) {
    }

    private final Charset ansi;
    private final List<Item> items = new ArrayList<>();
    private final Map<String, String> storageNamesUpperCase = new HashMap<>();

    /** A composer writing text in {@code ansi} (e.g. windows-1252, GBK). */
    public SchLibComposer(Charset ansi) {
        this.ansi = ansi;
    }

    /** A composer writing text in windows-1252. */
    public SchLibComposer() {
        this(Charset.forName("windows-1252"));
    }

    /**
     * Adds a copy of {@code source} named {@code name}.
     *
     * @throws IllegalArgumentException if the name is blank or its storage name clashes (ignoring case) with one added
     */
    public SchLibComposer add(String name, String description, FixtureSymbol source) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a symbol name must not be blank");
        }
        String storage = FixtureFiles.storageName(name);
        String clash = storageNamesUpperCase.putIfAbsent(storage.toUpperCase(Locale.ROOT), name);
        if (clash != null) {
            throw new IllegalArgumentException("symbol '" + name + "' would be stored as '" + storage
                    + "', which symbol '" + clash + "' already uses (storage names are compared ignoring case)");
        }
        items.add(new Item(name, description == null ? "" : description, source));
        return this;
    }

    /** Whether a symbol with this storage name (ignoring case) was added. */
    public boolean contains(String name) {
        return storageNamesUpperCase.containsKey(FixtureFiles.storageName(name).toUpperCase(Locale.ROOT));
    }

    /** Writes the library to {@code file} (replacing it), creating its folder. */
    public ComposedLibrary write(Path file) throws IOException {
        List<ComposedEntry> entries = new ArrayList<>();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            DirectoryEntry root = fs.getRoot();
            FixtureFiles.write(root, "FileHeader", fileHeader());
            FixtureFiles.write(root, "Storage", PropertyRecord.empty()
                    .putRaw("HEADER", "Icon storage").putRaw("Weight", "0").toBytes());
            PropertyRecord sectionKeys = PropertyRecord.empty();
            int keys = 0;
            for (Item item : items) {
                String storage = FixtureFiles.storageName(item.name());
                DirectoryEntry from = FixtureFiles.storage(item.source().resource(), item.source().storage());
                DirectoryEntry to = root.createDirectory(storage);
                FixtureFiles.copyContents(from, to, n -> n.equals("Data"));
                FixtureFiles.write(to, "Data", renamedData(FixtureFiles.bytes(from, "Data"), item.name()));
                if (!storage.equals(item.name())) {
                    sectionKeys.putText("LibRef" + keys, item.name(), ansi);
                    sectionKeys.putText("SectionKey" + keys, storage, ansi);
                    keys++;
                }
                entries.add(new ComposedEntry(item.name(), storage, storage, item.source().name(), item.source().pins()));
            }
            if (keys > 0) {
                PropertyRecord withCount = PropertyRecord.empty().putRaw("KeyCount", Integer.toString(keys));
                sectionKeys.keys().forEach(k -> withCount.putRaw(k, sectionKeys.get(k)));
                FixtureFiles.write(root, "SectionKeys", withCount.toBytes());
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        return new ComposedLibrary(file, ComposedLibrary.Kind.SCHLIB, entries);
    }

    /** The header of {@code simple.SchLib} (fonts, sheet settings) with this library's component list. */
    private byte[] fileHeader() {
        DirectoryEntry fixture = FixtureFiles.root(FixtureSymbol.RESISTOR_2_PINS.resource());
        PropertyRecord header = PropertyRecord.parse(FixtureFiles.bytes(fixture, "FileHeader"));
        header.removeIf(k -> k.equals("COMPCOUNT") || k.matches("(%UTF8%)?(LIBREF|COMPDESCR|PARTCOUNT)\\d+"));
        header.putRaw("CompCount", Integer.toString(items.size()));
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            header.putText("LibRef" + i, item.name(), ansi);
            if (!item.description().isEmpty()) {
                header.putText("CompDescr" + i, item.description(), ansi);
            }
            String parts = PropertyRecord.parse(FixtureFiles.bytes(
                    FixtureFiles.storage(item.source().resource(), item.source().storage()), "Data")).get("PartCount");
            header.putRaw("PartCount" + i, parts == null ? "2" : parts);
        }
        return header.toBytes();
    }

    /** {@code data} with its first record's {@code LibReference} set to {@code name}. */
    private byte[] renamedData(byte[] data, String name) {
        int length = PropertyRecord.recordLength(data, 0);
        PropertyRecord component = PropertyRecord.parse(data);
        if (!"1".equals(component.get("RECORD"))) {
            throw new IllegalStateException("the first record of a component's Data stream is not RECORD=1");
        }
        component.putText("LibReference", name, ansi);
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length + name.length() * 2);
        out.writeBytes(component.toBytes());
        out.write(data, 4 + length, data.length - 4 - length);
        return out.toByteArray();
    }
}
