package io.github.altium2kicad.core.altium;

import io.github.altium2kicad.api.mapping.TwoPadLayout;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.DocumentEntry;
import org.apache.poi.poifs.filesystem.DocumentInputStream;
import org.apache.poi.poifs.filesystem.Entry;
import io.github.altium2kicad.api.mapping.AltiumLibraryCatalog;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The names of the symbols in a {@code .SchLib} or of the footprints in a {@code .PcbLib}, read from the OLE
 * compound file's directory and headers with Apache POI (nothing else of the file is parsed). Immutable.
 *
 * <p>Where the names come from (as KiCad's Altium importer and AltiumSharp read them):
 * <ul>
 *   <li>Both: each symbol or footprint is a top-level storage named after it, cut to 31 characters (the compound
 *       file limit) with {@code /} replaced by {@code _}; a {@code SectionKeys} stream, when present, maps full
 *       names to those storage names.</li>
 *   <li>{@code .SchLib}: the {@code FileHeader} property list ({@code |LibRef0=…|LibRef1=…}), possibly followed by a
 *       binary name list, and the {@code LIBREFERENCE} of the component record that starts each storage's
 *       {@code Data} stream; {@code SectionKeys} is a property list ({@code KEYCOUNT}, {@code LIBREFn},
 *       {@code SECTIONKEYn}).</li>
 *   <li>{@code .PcbLib}: the name list in {@code Library/Data} (property list, count, one string block per
 *       footprint), the {@code PATTERN} of each storage's {@code Parameters} stream; {@code SectionKeys} is a
 *       count followed by (name, storage name) pairs.</li>
 *   <li>{@code .IntLib}: the libraries inside are compressed; their names are not read ({@link Status#UNVERIFIABLE}).</li>
 * </ul>
 *
 * <p>{@link #kicadName} gives the name under which KiCad 9 lists a component: for a {@code .SchLib} the storage that
 * holds it (KiCad names symbols after their storages, so a name longer than 31 characters is listed cut), paired with
 * its full name by the storage's own {@code LIBREFERENCE}, else by {@code SectionKeys}, else by Altium's storage naming
 * rule; for a {@code .PcbLib} the full name as the file spells it (its {@code %UTF8%PATTERN} where it has one, as
 * KiCad prefers). KiCad looks names up ignoring letter case, as Altium does.
 *
 * <p>A {@code .PcbLib}'s pads are counted only when first asked for ({@link #padCount}), as they take reading every
 * footprint's primitives; the names are read at once. Thread-safe; immutable but for that one lazy read.
 */
public final class AltiumLibraryContents {

    /** Longest storage name in a compound file. */
    static final int MAX_STORAGE_NAME = AltiumLibraryCatalog.MAX_STORAGE_NAME;

    private static final Logger LOG = LoggerFactory.getLogger(AltiumLibraryContents.class);
    private static final Pattern LIB_REF = Pattern.compile("(%UTF8%)?LIBREF\\d+");
    private static final Set<String> PCBLIB_SYSTEM_STORAGES = Set.of("library", "fileversioninfo");
    /** The version of {@link #encode}'s format; bump it when the format or what is read changes. */
    private static final int ENCODING_VERSION = 2;

    /** The kind of library file, from its extension. */
    public enum Kind { SCHLIB, PCBLIB, INTLIB, OTHER }

    /** Whether the names could be read. */
    public enum Status {
        /** The names were read. */
        READ,
        /** The file was read but its names cannot be checked (an {@code .IntLib}, or an unknown extension). */
        UNVERIFIABLE,
        /** The file could not be read: not a compound file, damaged, or unreadable. */
        UNREADABLE
    }

    /** How a name was found in the library. */
    public enum Lookup {
        /** Listed under exactly that name. */
        FOUND,
        /** Listed only in another letter case: Altium and KiCad both find it (they compare names ignoring case). */
        FOUND_DIFFERENT_CASE,
        /** The file lists no full names, but a storage carries the name (cut to 31 characters). */
        FOUND_AS_STORAGE,
        /** Not in the library. */
        MISSING,
        /** The library's names could not be read. */
        NOT_CHECKED
    }

    private final Path file;
    private final Kind kind;
    private final Status status;
    private final String reason;
    private final Set<String> names;
    private final Set<String> namesLowerCase;
    private final Map<String, String> storagesByLowerCase;
    private final Map<String, String> kicadNames;
    /** Pad counts by lower-case name and storage; {@code null} while a {@code .PcbLib}'s pads are not counted yet. */
    private volatile Map<String, Integer> padCounts;
    /** Two-pad land patterns, by the same keys; written before {@link #padCounts}, with it. */
    private volatile Map<String, TwoPadLayout> layouts;
    private final Object padLock = new Object();

    private AltiumLibraryContents(Path file, Kind kind, Status status, String reason, Set<String> names,
                                  Set<String> storages) {
        this(file, kind, status, reason, names, storages, Map.of(), Map.of(), Map.of());
    }

    private AltiumLibraryContents(Path file, Kind kind, Status status, String reason, Set<String> names,
                                  Set<String> storages, Map<String, String> kicadNames, Map<String, Integer> padCounts,
                                  Map<String, TwoPadLayout> layouts) {
        this.file = file;
        this.kind = kind;
        this.status = status;
        this.reason = reason;
        this.names = Set.copyOf(names);
        Set<String> lower = new HashSet<>();
        names.forEach(n -> lower.add(n.toLowerCase(Locale.ROOT)));
        this.namesLowerCase = Set.copyOf(lower);
        Map<String, String> storageLower = new HashMap<>();
        storages.forEach(s -> storageLower.putIfAbsent(s.toLowerCase(Locale.ROOT), s));
        this.storagesByLowerCase = Map.copyOf(storageLower);
        this.kicadNames = Map.copyOf(kicadNames);
        this.layouts = layouts == null ? null : Map.copyOf(layouts);
        this.padCounts = padCounts == null || layouts == null ? null : Map.copyOf(padCounts);
    }

    /** The kind of library {@code file} is, from its extension. */
    public static Kind kindOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".schlib")) {
            return Kind.SCHLIB;
        }
        if (name.endsWith(".pcblib")) {
            return Kind.PCBLIB;
        }
        return name.endsWith(".intlib") ? Kind.INTLIB : Kind.OTHER;
    }

    /**
     * Reads the names in {@code file} (a {@code .PcbLib}'s pads when first asked for); never throws: a file that
     * cannot be read gives {@link Status#UNREADABLE}.
     */
    public static AltiumLibraryContents read(Path file) {
        return read(file, false);
    }

    /**
     * Reads the names in {@code file}, and with {@code withPads} every footprint's pads at once; never throws.
     */
    public static AltiumLibraryContents read(Path file, boolean withPads) {
        Kind kind = kindOf(file);
        Set<String> names = new TreeSet<>();
        Set<String> storages = new TreeSet<>();
        Map<String, String> kicadNames = new LinkedHashMap<>();
        Map<String, Integer> padCounts = kind == Kind.PCBLIB && !withPads ? null : new HashMap<>();
        Map<String, TwoPadLayout> layouts = padCounts == null ? null : new HashMap<>();
        if (!Files.isRegularFile(file)) {
            return new AltiumLibraryContents(file, kind, Status.UNREADABLE, "the file does not exist", names, storages);
        }
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryEntry root = fs.getRoot();
            switch (kind) {
                case SCHLIB -> readSchLib(root, names, storages, kicadNames);
                case PCBLIB -> readPcbLib(root, names, storages, kicadNames, padCounts, layouts);
                case INTLIB -> {
                    return new AltiumLibraryContents(file, kind, Status.UNVERIFIABLE,
                            "cannot verify names inside an IntLib (its libraries are stored compressed)", names, storages);
                }
                default -> {
                    return new AltiumLibraryContents(file, kind, Status.UNVERIFIABLE,
                            "not a .SchLib, .PcbLib or .IntLib file", names, storages);
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("Cannot read Altium library {}", file, e);
            return new AltiumLibraryContents(file, kind, Status.UNREADABLE,
                    "not a readable Altium library (OLE compound file): " + e.getMessage(), Set.of(), Set.of());
        }
        return new AltiumLibraryContents(file, kind, Status.READ, "", names, storages, kicadNames, padCounts, layouts);
    }

    private static void readSchLib(DirectoryEntry root, Set<String> names, Set<String> storages,
                                   Map<String, String> kicadNames) throws IOException {
        byte[] header = stream(root, "FileHeader");
        if (header != null) {
            AltiumBinaryReader in = new AltiumBinaryReader(header);
            in.properties().forEach((key, value) -> {
                if (LIB_REF.matcher(key).matches() && !value.isEmpty()) {
                    names.add(value);
                }
            });
            optionalNameList(in, names);
        }
        Map<String, String> storageByLowerName = new HashMap<>();
        for (Entry entry : root) {
            if (entry instanceof DirectoryEntry storage) {
                storages.add(storage.getName());
                storageByLowerName.putIfAbsent(storage.getName().toLowerCase(Locale.ROOT), storage.getName());
                byte[] data = firstRecord(storage, "Data");
                if (data != null) {
                    Map<String, String> component = new AltiumBinaryReader(data).properties();
                    if ("1".equals(component.get("RECORD"))) {
                        String listed = storage.getName() + displayModeSuffix(component);
                        for (String ref : new String[] {component.get("LIBREFERENCE"), component.get("%UTF8%LIBREFERENCE")}) {
                            if (ref != null && !ref.isBlank()) {
                                names.add(ref);
                                kicadNames.putIfAbsent(lower(ref), listed); // the storage says what it holds
                            }
                        }
                    }
                }
            }
        }
        byte[] sectionKeys = stream(root, "SectionKeys");
        if (sectionKeys != null) {
            Map<String, String> keys = new AltiumBinaryReader(sectionKeys).properties();
            keys.forEach((key, value) -> {
                if (LIB_REF.matcher(key).matches() && !value.isEmpty()) {
                    names.add(value);
                    String section = keys.get(key.replace("LIBREF", "SECTIONKEY"));
                    String storage = section == null ? null : storageByLowerName.get(lower(section));
                    if (storage != null) {
                        kicadNames.putIfAbsent(lower(value), storage);
                    }
                }
            });
        }
        for (String name : names) { // listed names not paired above: the storage Altium's naming rule gives them
            String derived = storageName(name);
            kicadNames.putIfAbsent(lower(name), storageByLowerName.getOrDefault(lower(derived), derived));
        }
    }

    /**
     * KiCad 9 lists a component with several display modes ({@code DISPLAYMODECOUNT} > 1) once per mode,
     * {@code <name> (Altium Display N)}, and never under its plain name; a part placed from the database gets the
     * first (normal) mode.
     */
    private static String displayModeSuffix(Map<String, String> component) {
        try {
            return Integer.parseInt(component.getOrDefault("DISPLAYMODECOUNT", "1").strip()) > 1 ? " (Altium Display 1)" : "";
        } catch (NumberFormatException e) {
            return "";
        }
    }

    private static String lower(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }

    /** Reads a {@code .PcbLib}'s names, and its pads into {@code padCounts} and {@code layouts} unless they are {@code null}. */
    private static void readPcbLib(DirectoryEntry root, Set<String> names, Set<String> storages,
                                   Map<String, String> kicadNames, Map<String, Integer> padCounts,
                                   Map<String, TwoPadLayout> layouts) throws IOException {
        if (root.hasEntry("Library") && root.getEntry("Library") instanceof DirectoryEntry library) {
            byte[] data = stream(library, "Data");
            if (data != null) {
                AltiumBinaryReader in = new AltiumBinaryReader(data);
                in.properties();
                long count = in.uint32();
                for (long i = 0; i < count && in.remaining() > 0; i++) {
                    addIfPresent(names, in.stringBlock());
                }
            }
            sectionKeys(stream(library, "SectionKeys"), names);
        }
        sectionKeys(stream(root, "SectionKeys"), names);
        for (Entry entry : root) {
            if (entry instanceof DirectoryEntry storage
                    && !PCBLIB_SYSTEM_STORAGES.contains(storage.getName().toLowerCase(Locale.ROOT))) {
                storages.add(storage.getName());
                byte[] parameters = firstRecord(storage, "Parameters");
                Optional<PcbLibPads.Reading> reading = padCounts == null ? Optional.empty()
                        : PcbLibPads.read(stream(storage, "Data"), AltiumBinaryReader.WINDOWS_1252);
                OptionalInt pads = reading.isPresent() ? OptionalInt.of(reading.get().count()) : OptionalInt.empty();
                Optional<TwoPadLayout> layout = reading.flatMap(PcbLibPads.Reading::layout);
                if (pads.isPresent()) {
                    padCounts.putIfAbsent(storage.getName().toLowerCase(Locale.ROOT), pads.getAsInt());
                }
                layout.ifPresent(l -> layouts.putIfAbsent(storage.getName().toLowerCase(Locale.ROOT), l));
                if (parameters != null) {
                    Map<String, String> p = new AltiumBinaryReader(parameters).properties();
                    addIfPresent(names, p.get("PATTERN"));
                    addIfPresent(names, p.get("%UTF8%PATTERN"));
                    String utf8 = p.get("%UTF8%PATTERN");
                    String unicode = unicodeProperty(p, "PATTERN");
                    if (unicode != null) { // KiCad's importer reads the UTF-16 spelling first (ListLibFootprints)
                        addIfPresent(names, unicode);
                        utf8 = unicode;
                    }
                    if (pads.isPresent()) {
                        for (String spelling : new String[] {p.get("PATTERN"), utf8, unicode}) {
                            if (spelling != null && !spelling.isBlank()) {
                                padCounts.putIfAbsent(lower(spelling), pads.getAsInt());
                                layout.ifPresent(l -> layouts.putIfAbsent(lower(spelling), l));
                            }
                        }
                    }
                    if (utf8 != null && !utf8.isBlank()) { // KiCad lists the UTF-8 spelling where there is one
                        kicadNames.putIfAbsent(lower(utf8), utf8.strip());
                        if (p.get("PATTERN") != null && !p.get("PATTERN").isBlank()) {
                            kicadNames.putIfAbsent(lower(p.get("PATTERN")), utf8.strip());
                        }
                    }
                }
            }
        }
        for (String name : names) { // in file order of the name list: the file's own spelling
            kicadNames.putIfAbsent(lower(name), name.strip());
        }
    }

    /**
     * A property's Unicode spelling as Altium's PCB editor writes it for text that its ANSI code page cannot hold:
     * {@code UNICODE=EXISTS} and {@code UNICODE__<KEY>} holding the UTF-16 code units as comma-separated decimals
     * (read this way by KiCad's {@code ALTIUM_PROPS_UTILS::ReadUnicodeString}); {@code null} when absent or malformed.
     */
    static String unicodeProperty(Map<String, String> properties, String key) {
        String units = properties.get("UNICODE__" + key);
        if (!"EXISTS".equalsIgnoreCase(String.valueOf(properties.get("UNICODE")).strip()) || units == null
                || units.isBlank()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (String unit : units.split(",")) {
            try {
                int value = Integer.parseInt(unit.strip());
                if (value < 0 || value > 0xFFFF) {
                    return null;
                }
                text.append((char) value);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return text.toString().isBlank() ? null : text.toString();
    }

    /** A PcbLib {@code SectionKeys} stream: a count, then (full name, storage name) pairs. */
    private static void sectionKeys(byte[] stream, Set<String> names) {
        if (stream == null) {
            return;
        }
        AltiumBinaryReader in = new AltiumBinaryReader(stream);
        long count = in.uint32();
        for (long i = 0; i < count && in.remaining() > 0; i++) {
            addIfPresent(names, in.pascalString());
            in.stringBlock();
        }
    }

    /** The binary name list newer SchLibs write after the FileHeader's property list; ignored if absent or odd. */
    private static void optionalNameList(AltiumBinaryReader in, Set<String> names) {
        if (in.remaining() < 4) {
            return;
        }
        try {
            long count = in.uint32();
            for (long i = 0; i < count && in.remaining() > 0; i++) {
                addIfPresent(names, in.stringBlock());
            }
        } catch (IllegalStateException e) {
            LOG.debug("Ignoring an unexpected FileHeader name list: {}", e.getMessage());
        }
    }

    private static void addIfPresent(Set<String> names, String name) {
        if (name != null && !name.isBlank()) {
            names.add(name);
        }
    }

    private static byte[] stream(DirectoryEntry dir, String name) throws IOException {
        if (!dir.hasEntry(name) || !(dir.getEntry(name) instanceof DocumentEntry doc)) {
            return null;
        }
        try (InputStream in = new DocumentInputStream(doc)) {
            return in.readAllBytes();
        }
    }

    /** The first length-prefixed record of a stream (all that is needed of a symbol's or footprint's data). */
    private static byte[] firstRecord(DirectoryEntry dir, String name) throws IOException {
        if (!dir.hasEntry(name) || !(dir.getEntry(name) instanceof DocumentEntry doc)) {
            return null;
        }
        try (DocumentInputStream in = new DocumentInputStream(doc)) {
            byte[] head = in.readNBytes(4);
            if (head.length < 4) {
                return null;
            }
            long length = ((head[0] & 0xFFL) | (head[1] & 0xFFL) << 8 | (head[2] & 0xFFL) << 16) & 0x00FFFFFFL;
            byte[] body = in.readNBytes((int) Math.min(length, doc.getSize()));
            byte[] record = new byte[4 + body.length];
            System.arraycopy(head, 0, record, 0, 4);
            System.arraycopy(body, 0, record, 4, body.length);
            return body.length == length ? record : null;
        }
    }

    /** The storage name Altium gives {@code name}: at most 31 characters, {@code /} replaced by {@code _}. */
    static String storageName(String name) {
        return AltiumLibraryCatalog.storageName(name);
    }

    /**
     * The name under which KiCad 9 lists {@code name} of this library (see the class comment), or empty if the file
     * was not read or does not hold {@code name} (whatever its letter case).
     */
    public Optional<String> kicadName(String name) {
        if (status != Status.READ || name == null || name.isBlank()) {
            return Optional.empty();
        }
        String known = kicadNames.get(lower(name));
        if (known != null) {
            return Optional.of(known);
        }
        if (find(name) == Lookup.FOUND_AS_STORAGE) {
            return Optional.of(storagesByLowerCase.get(storageName(name).toLowerCase(Locale.ROOT)));
        }
        return Optional.empty();
    }

    /**
     * The numbered pads (distinct designators) of footprint {@code name} of this {@code .PcbLib} (whatever its letter
     * case), or empty if the file was not read, does not hold it, or its primitives are in a form not known.
     */
    public OptionalInt padCount(String name) {
        if (status != Status.READ || name == null || name.isBlank()) {
            return OptionalInt.empty();
        }
        Map<String, Integer> counts = padCounts();
        Integer pads = counts.get(lower(name));
        if (pads == null) {
            pads = counts.get(storageName(name).toLowerCase(Locale.ROOT));
        }
        return pads == null ? OptionalInt.empty() : OptionalInt.of(pads);
    }

    /**
     * The land pattern of two-pad footprint {@code name} of this {@code .PcbLib} (whatever its letter case), or empty if
     * the file was not read, does not hold it, or it has not exactly two numbered pads with a readable geometry.
     */
    public Optional<TwoPadLayout> twoPadLayout(String name) {
        if (status != Status.READ || name == null || name.isBlank()) {
            return Optional.empty();
        }
        padCounts(); // the layouts are read with the pads
        TwoPadLayout layout = layouts.get(lower(name));
        return Optional.ofNullable(layout != null ? layout : layouts.get(storageName(name).toLowerCase(Locale.ROOT)));
    }

    /** Whether the pads are counted already (always, but for a {@code .PcbLib} not yet asked for them). */
    public boolean padsCounted() {
        return padCounts != null;
    }

    private Map<String, Integer> padCounts() {
        Map<String, Integer> counts = padCounts;
        if (counts == null) {
            synchronized (padLock) {
                if (padCounts == null) {
                    Map<String, TwoPadLayout> read = new HashMap<>();
                    Map<String, Integer> counts2 = countPads(file, read);
                    layouts = Map.copyOf(read);
                    padCounts = Map.copyOf(counts2);
                }
                counts = padCounts;
            }
        }
        return counts;
    }

    /** The pads of every footprint of a {@code .PcbLib}; none if it cannot be read now (then no pad check is made). */
    private static Map<String, Integer> countPads(Path file, Map<String, TwoPadLayout> layouts) {
        Map<String, Integer> pads = new HashMap<>();
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            readPcbLib(fs.getRoot(), new TreeSet<>(), new TreeSet<>(), new LinkedHashMap<>(), pads, layouts);
        } catch (IOException | RuntimeException e) {
            LOG.debug("Cannot count the pads of Altium library {}", file, e);
            pads.clear();
            layouts.clear();
        }
        return pads;
    }

    /**
     * This library's contents as bytes, for the persistent cache ({@link #decode} reads them back); the pads only
     * if counted.
     */
    public byte[] encode() {
        try {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            try (java.io.DataOutputStream out = new java.io.DataOutputStream(bytes)) {
                out.writeInt(ENCODING_VERSION);
                out.writeUTF(kind.name());
                out.writeUTF(status.name());
                out.writeUTF(reason);
                writeStrings(out, names);
                writeStrings(out, storagesByLowerCase.values());
                out.writeInt(kicadNames.size());
                for (Map.Entry<String, String> e : kicadNames.entrySet()) {
                    out.writeUTF(e.getKey());
                    out.writeUTF(e.getValue());
                }
                Map<String, Integer> pads = padCounts;
                out.writeInt(pads == null ? -1 : pads.size());
                if (pads != null) {
                    for (Map.Entry<String, Integer> e : pads.entrySet()) {
                        out.writeUTF(e.getKey());
                        out.writeInt(e.getValue());
                    }
                    out.writeInt(layouts.size());
                    for (Map.Entry<String, TwoPadLayout> e : layouts.entrySet()) {
                        out.writeUTF(e.getKey());
                        out.writeDouble(e.getValue().pitch());
                        out.writeDouble(e.getValue().along());
                        out.writeDouble(e.getValue().across());
                    }
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // a byte array does not fail
        }
    }

    /** The contents of {@code file} that {@link #encode} wrote; empty if the bytes are of another version or damaged. */
    public static Optional<AltiumLibraryContents> decode(Path file, byte[] encoded) {
        try (java.io.DataInputStream in = new java.io.DataInputStream(new java.io.ByteArrayInputStream(encoded))) {
            if (in.readInt() != ENCODING_VERSION) {
                return Optional.empty();
            }
            Kind kind = Kind.valueOf(in.readUTF());
            Status status = Status.valueOf(in.readUTF());
            String reason = in.readUTF();
            Set<String> names = readStrings(in);
            Set<String> storages = readStrings(in);
            Map<String, String> kicadNames = new LinkedHashMap<>();
            for (int i = in.readInt(); i > 0; i--) {
                kicadNames.put(in.readUTF(), in.readUTF());
            }
            int padEntries = in.readInt();
            Map<String, Integer> pads = padEntries < 0 ? null : new HashMap<>();
            for (int i = 0; i < padEntries; i++) {
                pads.put(in.readUTF(), in.readInt());
            }
            Map<String, TwoPadLayout> layouts = pads == null ? null : new HashMap<>();
            for (int i = pads == null ? 0 : in.readInt(); i > 0; i--) {
                layouts.put(in.readUTF(), new TwoPadLayout(in.readDouble(), in.readDouble(), in.readDouble()));
            }
            if (kind != kindOf(file) || in.available() > 0) {
                return Optional.empty();
            }
            return Optional.of(new AltiumLibraryContents(file, kind, status, reason, names, storages, kicadNames, pads,
                    layouts));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static void writeStrings(java.io.DataOutputStream out, java.util.Collection<String> strings) throws IOException {
        out.writeInt(strings.size());
        for (String s : strings) {
            out.writeUTF(s);
        }
    }

    private static Set<String> readStrings(java.io.DataInputStream in) throws IOException {
        Set<String> out = new TreeSet<>();
        for (int i = in.readInt(); i > 0; i--) {
            out.add(in.readUTF());
        }
        return out;
    }

    /** How {@code name} is found in this library. */
    public Lookup find(String name) {
        if (status != Status.READ) {
            return Lookup.NOT_CHECKED;
        }
        String n = name.strip();
        if (names.contains(n)) {
            return Lookup.FOUND;
        }
        if (namesLowerCase.contains(n.toLowerCase(Locale.ROOT))) {
            return Lookup.FOUND_DIFFERENT_CASE;
        }
        if (names.isEmpty() && storagesByLowerCase.containsKey(storageName(n).toLowerCase(Locale.ROOT))) {
            return Lookup.FOUND_AS_STORAGE;
        }
        return Lookup.MISSING;
    }

    public Path file() {
        return file;
    }

    public Kind kind() {
        return kind;
    }

    public Status status() {
        return status;
    }

    /** Why the names could not be read; empty when {@link Status#READ}. */
    public String reason() {
        return reason;
    }

    /** The full names listed in the file (empty if it lists none or could not be read). */
    public Set<String> names() {
        return names;
    }

    @Override
    public String toString() {
        return file + " (" + kind + ", " + status + (status == Status.READ ? ", " + names.size() + " names" : ": " + reason) + ")";
    }
}
