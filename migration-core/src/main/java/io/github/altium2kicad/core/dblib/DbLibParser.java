package io.github.altium2kicad.core.dblib;

import io.github.altium2kicad.api.MigrationException;
import io.github.altium2kicad.api.MigrationWarning;
import io.github.altium2kicad.api.MigrationWarning.Kind;
import io.github.altium2kicad.api.dblib.ConnectionString;
import io.github.altium2kicad.api.dblib.DatabaseLinks;
import io.github.altium2kicad.api.dblib.DbLibEncoding;
import io.github.altium2kicad.api.dblib.FieldMapping;
import io.github.altium2kicad.api.dblib.LibraryDescriptor;
import io.github.altium2kicad.api.dblib.TableDescriptor;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads an Altium database library file ({@code .DbLib} or {@code .SVNDbLib}) into a {@link LibraryDescriptor}.
 *
 * <p>The file is INI-like: {@code [OutputDatabaseLinkFile]}, {@code [DatabaseLinks]}, {@code [TableN]} and
 * {@code [FieldMapN]} sections of {@code Key=Value} lines. Keys and section names compare case-insensitively;
 * a value is everything after the first {@code =}, kept as written. Blank lines and lines starting with
 * {@code ;} or {@code #} are skipped; unknown sections (such as the SVN settings of an {@code .SVNDbLib}) are
 * skipped with a debug log. Bytes are decoded by {@link DbLibTextDecoder}.
 *
 * <p>Repeated sections and keys are read the way Altium reads them. Altium is written in Delphi, whose INI readers
 * agree here: {@code TIniFile} asks Windows' {@code GetPrivateProfileString}, which looks a key up in the first
 * section of that name only (Wine's {@code PROFILE_Find} stops at the first matching section; a key missing there
 * gives the default even if a later section of that name has it), and {@code TMemIniFile} (like Free Pascal's
 * Delphi-compatible {@code IniFiles}, {@code fpc/FPCSource packages/fcl-base/src/inifiles.pp}: every {@code [Name]}
 * line adds a new section object, {@code SectionByName} returns the first) keeps later sections of the same name
 * unreachable. Within a section both return the first line of a key. So: the first section of a name wins, and
 * within it the first value of a key; the rest is ignored with a {@link MigrationWarning}: one of kind
 * {@link Kind#REPEATED_SECTION} for an identical repeat, of kind {@link Kind#CONFLICTING_SECTION} (with both line
 * numbers) when the content differs.
 *
 * <p>Each table gets the field maps whose {@code TableNameOnly} names it (case-insensitively, and also when the field
 * map puts a schema in front, {@code altium.Resistors}, {@code [dbo].[Resistors]}, {@code "dbo"."Resistors"}; see
 * {@link TableNameMatcher}) and a key column: the column of a {@code FieldType=0} field map ({@code FIELD_TYPE}),
 * else the column on the left of {@code UserWhereText} ({@code USER_WHERE_TEXT}), else {@code Part Number}
 * ({@code CONVENTION}).
 *
 * <p>Like Altium, the parser reads what makes sense and warns about the rest: lines that are not {@code Key=Value},
 * unreadable booleans and numbers (the default is used), tables without {@code TableName} and field maps without
 * their table and column (left out). It fails, as {@link MigrationException#badInput(String) bad input} naming the
 * file, line and section, only where no sensible reading exists: no such file, not text, no
 * {@code [DatabaseLinks]}, a connection string that cannot be parsed. Neither messages nor logs ever contain the connection string as written (it may hold
 * a password); only {@link ConnectionString#redacted()} is logged. Instances are stateless and thread-safe.
 */
public final class DbLibParser {

    private static final Logger LOG = LoggerFactory.getLogger(DbLibParser.class);

    private static final Pattern TABLE_SECTION = Pattern.compile("(?i)table(\\d+)");
    private static final Pattern FIELD_MAP_SECTION = Pattern.compile("(?i)fieldmap(\\d+)");
    private static final String HEADER_SECTION = "OutputDatabaseLinkFile";
    private static final String LINKS_SECTION = "DatabaseLinks";
    private static final String NOT_A_DBLIB_HINT = "is this an Altium .DbLib file?";

    /** One {@code Key=Value} line. */
    private record Entry(String key, String value, int line) {
    }

    /** One {@code [Name]} section with its entries by lower-cased key. */
    private record Section(String name, int line, Map<String, Entry> entries) {

        Optional<Entry> entry(String key) {
            return Optional.ofNullable(entries.get(key.toLowerCase(Locale.ROOT)));
        }

        String value(String key, String fallback) {
            return entry(key).map(Entry::value).orElse(fallback);
        }
    }

    /** What one parse found wrong but read anyway. */
    private static final class Warnings {
        private final List<MigrationWarning> list = new ArrayList<>();

        void add(Kind kind, String message) {
            list.add(new MigrationWarning(kind, message));
            LOG.debug("{}", message);
        }
    }

    /**
     * Parses {@code dbLibFile}; see the class comment for what is accepted and what is reported. A file in an ANSI
     * code page is read as Windows-1252 here; {@link #parseReadings} gives every code page to choose from.
     */
    public LibraryDescriptor parse(Path dbLibFile) {
        return parseReadings(dbLibFile, Optional.empty()).get(0);
    }

    /**
     * Parses {@code dbLibFile} in every way its bytes can be read: one descriptor if {@code encoding} is given, or
     * the file has a byte-order mark or is valid UTF-8; otherwise one per ANSI code page the bytes are valid in
     * (Windows-1252 first), each with its {@link LibraryDescriptor#encoding()}, for
     * {@link io.github.altium2kicad.core.dblib.DbLibEncodingChooser} to pick from.
     */
    public List<LibraryDescriptor> parseReadings(Path dbLibFile, Optional<Charset> encoding) {
        Path file = dbLibFile.toAbsolutePath().normalize();
        List<DbLibTextDecoder.Reading> readings = readTexts(file, encoding);
        List<LibraryDescriptor> descriptors = new ArrayList<>();
        for (DbLibTextDecoder.Reading reading : readings) {
            String basis = reading.basis() == DbLibTextDecoder.Basis.ANSI_CANDIDATE && readings.size() == 1
                    ? "ANSI code page: the only one the bytes are valid in" : reading.basis().description();
            descriptors.add(parse(file, reading.text().lines(),
                    new DbLibEncoding(reading.text().charset().name(), basis)));
        }
        return descriptors;
    }

    private LibraryDescriptor parse(Path file, List<String> lines, DbLibEncoding encoding) {
        Warnings warnings = new Warnings();
        List<Section> sections = firstOfEachName(file, readSections(file, lines, warnings), warnings);

        String version = "";
        Section links = null;
        List<Section> tableSections = new ArrayList<>();
        List<Section> fieldMapSections = new ArrayList<>();
        for (Section section : sections) {
            if (section.name().equalsIgnoreCase(HEADER_SECTION)) {
                version = section.value("Version", "").strip();
            } else if (section.name().equalsIgnoreCase(LINKS_SECTION)) {
                links = section;
            } else if (TABLE_SECTION.matcher(section.name()).matches()) {
                tableSections.add(section);
            } else if (FIELD_MAP_SECTION.matcher(section.name()).matches()) {
                fieldMapSections.add(section);
            } else {
                LOG.debug("{}: skipping section [{}] at line {}, which a database library does not need",
                        file, section.name(), section.line());
            }
        }
        if (links == null) {
            throw notADbLib(file, "has no [DatabaseLinks] section");
        }
        DatabaseLinks databaseLinks = databaseLinks(file, links, warnings);

        List<Section> namedTables = new ArrayList<>();
        for (Section section : tableSections) {
            if (section.value("TableName", "").isBlank()) {
                warnings.add(Kind.INCOMPLETE_SECTION, file + ", section [" + section.name() + "] at line "
                        + section.line() + ": TableName is missing or blank, so the section names no table; it is "
                        + "left out (give the table's name or delete the section)");
            } else if (sectionNumber(file, section, TABLE_SECTION, warnings) >= 0) {
                namedTables.add(section);
            }
        }
        List<String> tableNames = namedTables.stream().map(s -> s.value("TableName", "")).toList();
        List<FieldMapping> fieldMappings = new ArrayList<>();
        List<Section> mappingSections = new ArrayList<>();
        for (Section section : fieldMapSections) {
            fieldMapping(file, section, tableNames, warnings).ifPresent(m -> {
                fieldMappings.add(m);
                mappingSections.add(section);
            });
        }
        TableNameMatcher matcher = new TableNameMatcher(tableNames);
        Map<Integer, List<FieldMapping>> mappingsByTable = new HashMap<>();
        for (int i = 0; i < fieldMappings.size(); i++) {
            FieldMapping mapping = fieldMappings.get(i);
            Optional<Integer> table = matcher.match(mapping.tableName());
            if (table.isPresent()) {
                mappingsByTable.computeIfAbsent(table.get(), k -> new ArrayList<>()).add(mapping);
            } else {
                Section section = mappingSections.get(i);
                warnings.add(Kind.ORPHAN_FIELD_MAP, file + ": [" + section.name() + "] at line " + section.line()
                        + " maps column '" + mapping.columnName() + "' of table '" + mapping.tableName() + "', which "
                        + "has no [TableN] section; no table uses it");
            }
        }

        List<TableDescriptor> tables = new ArrayList<>();
        for (int i = 0; i < namedTables.size(); i++) {
            tables.add(table(file, namedTables.get(i), databaseLinks, mappingsByTable.getOrDefault(i, List.of()),
                    warnings));
        }

        LibraryDescriptor descriptor = new LibraryDescriptor(file, version, databaseLinks, tables, fieldMappings,
                encoding, warnings.list);
        if (LOG.isDebugEnabled()) {
            LOG.debug("{}: version {}, {}, connection {}, {} tables ({} enabled), {} field maps, {} warnings", file,
                    version, encoding, databaseLinks.connectionString().redacted(), tables.size(),
                    descriptor.enabledTables().size(), fieldMappings.size(), warnings.list.size());
        }
        return descriptor;
    }

    /**
     * The first section of each known name, as Altium reads the file; later ones are dropped with a warning that
     * says whether their content differs.
     */
    private static List<Section> firstOfEachName(Path file, List<Section> sections, Warnings warnings) {
        Map<String, Section> first = new HashMap<>();
        List<Section> kept = new ArrayList<>();
        for (Section section : sections) {
            if (!isKnownSection(section.name())) {
                kept.add(section);
                continue;
            }
            Section earlier = first.putIfAbsent(lower(section.name()), section);
            if (earlier == null) {
                kept.add(section);
            } else if (sameContent(earlier, section)) {
                warnings.add(Kind.REPEATED_SECTION, file + ", line " + section.line() + ": section [" + section.name()
                        + "] repeats the one at line " + earlier.line() + " with the same content; the repeat is "
                        + "ignored");
            } else {
                warnings.add(Kind.CONFLICTING_SECTION, file + ", line " + section.line() + ": section ["
                        + section.name() + "] appears again (first at line " + earlier.line() + ") with different "
                        + "content (" + differingKeys(earlier, section) + "); Altium reads the first one, so the "
                        + "section at line " + earlier.line() + " is used and the one at line " + section.line()
                        + " is ignored. Renumber or delete one of them if both are meant.");
            }
        }
        return kept;
    }

    private static boolean sameContent(Section a, Section b) {
        if (!a.entries().keySet().equals(b.entries().keySet())) {
            return false;
        }
        return a.entries().entrySet().stream()
                .allMatch(e -> e.getValue().value().strip().equals(b.entries().get(e.getKey()).value().strip()));
    }

    /** The keys whose values differ or that only one of the sections has (names only: values may be secrets). */
    private static String differingKeys(Section a, Section b) {
        Set<String> keys = new java.util.LinkedHashSet<>(a.entries().keySet());
        keys.addAll(b.entries().keySet());
        List<String> differ = new ArrayList<>();
        for (String key : keys) {
            Entry x = a.entries().get(key);
            Entry y = b.entries().get(key);
            if (x == null || y == null || !x.value().strip().equals(y.value().strip())) {
                differ.add((x != null ? x : y).key());
            }
        }
        return "differs in " + String.join(", ", differ);
    }

    // ---------------------------------------------------------------- reading

    private static List<DbLibTextDecoder.Reading> readTexts(Path file, Optional<Charset> encoding) {
        if (!Files.exists(file)) {
            throw MigrationException.badInput(file + ": no such file; check the path of the Altium .DbLib file");
        }
        if (Files.isDirectory(file)) {
            throw MigrationException.badInput(file + " is a directory, not a DbLib file; pass the path of the "
                    + ".DbLib or .SVNDbLib file itself");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (AccessDeniedException e) {
            throw MigrationException.badInput(file + ": permission denied; make the DbLib file readable", e);
        } catch (IOException e) {
            throw MigrationException.failure(file + ": cannot read the DbLib file: " + e.getMessage(), e);
        }
        List<DbLibTextDecoder.Reading> readings = DbLibTextDecoder.readings(bytes, encoding);
        DbLibTextDecoder.DecodedText decoded = readings.get(0).text();
        if (decoded.text().isBlank()) {
            throw MigrationException.badInput(file + " is empty; pass an Altium .DbLib file with a "
                    + "[DatabaseLinks] section (save the library again from Altium if it was truncated)");
        }
        if (looksBinary(decoded.text())) {
            throw notADbLib(file, "holds binary data, not text (a database such as .mdb/.accdb, or an .IntLib, "
                    + "is not a DbLib)");
        }
        LOG.debug("{}: readable as {}", file, readings.stream().map(r -> r.text().charset().name()).toList());
        return readings;
    }

    /** Text with NULs or more than 1% control characters other than tab, line ends and form feed. */
    private static boolean looksBinary(String text) {
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return true;
            }
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                controls++;
            }
        }
        return controls * 100L > text.length();
    }

    private static List<Section> readSections(Path file, List<String> lines, Warnings warnings) {
        boolean hasLinks = lines.stream().map(String::strip)
                .anyMatch(l -> l.equalsIgnoreCase("[" + LINKS_SECTION + "]"));
        if (!hasLinks) {
            throw notADbLib(file, "has no [DatabaseLinks] section");
        }
        List<Section> sections = new ArrayList<>();
        Section current = null;
        for (int i = 0; i < lines.size(); i++) {
            int lineNumber = i + 1;
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith(";") || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                String name = line.substring(1, line.length() - 1).strip();
                current = new Section(name, lineNumber, new LinkedHashMap<>());
                sections.add(current);
                continue;
            }
            int eq = line.indexOf('=');
            if (current == null) {
                warnings.add(Kind.MALFORMED_LINE, file + ", line " + lineNumber + ": text before the first "
                        + "[section], which Altium ignores too; ignored (a DbLib starts with [OutputDatabaseLinkFile])");
                continue;
            }
            if (eq < 0) {
                if (isKnownSection(current.name())) {
                    warnings.add(Kind.MALFORMED_LINE, file + ", line " + lineNumber + " in section ["
                            + current.name() + "]: the line has no '=' (expected Key=Value); ignored, as Altium does");
                } else {
                    LOG.debug("{}, line {}: skipping a line without '=' in section [{}], which is not used", file,
                            lineNumber, current.name());
                }
                continue;
            }
            // keep the value exactly as written after the first '=', from the unstripped line
            String raw = lines.get(i);
            int rawEq = raw.indexOf('=');
            String key = raw.substring(0, rawEq).strip();
            if (key.isEmpty()) {
                warnings.add(Kind.MALFORMED_LINE, file + ", line " + lineNumber + " in section [" + current.name()
                        + "]: the line starts with '=' and has no key; ignored");
                continue;
            }
            Entry entry = new Entry(key, raw.substring(rawEq + 1), lineNumber);
            Entry previous = current.entries().putIfAbsent(lower(key), entry);
            if (previous != null && isKnownSection(current.name())) {
                boolean same = previous.value().strip().equals(entry.value().strip());
                warnings.add(Kind.REPEATED_KEY, file + ", line " + lineNumber + " in section [" + current.name()
                        + "]: " + key + " is set again (first at line " + previous.line() + ")"
                        + (same ? " to the same value" : " to another value") + "; the first one is used, as Altium "
                        + "does");
            }
        }
        return sections;
    }

    // ---------------------------------------------------------------- [DatabaseLinks]

    private static DatabaseLinks databaseLinks(Path file, Section links, Warnings warnings) {
        Optional<Entry> connectionEntry = links.entry("ConnectionString");
        String connectionText = connectionEntry.map(Entry::value).orElse("");
        String databasePath = links.value("LibraryDatabasePath", "").strip();
        ConnectionString connection;
        try {
            connection = ConnectionString.parse(connectionText);
        } catch (IllegalArgumentException e) {
            // ConnectionString's messages name keys and positions only, never values
            int line = connectionEntry.map(Entry::line).orElse(links.line());
            throw MigrationException.badInput(file + ", line " + line + " in section [DatabaseLinks]: the "
                    + "ConnectionString cannot be parsed (" + e.getMessage() + "); fix it in Altium's database "
                    + "library editor or pass the database with --database <path-or-jdbc-url>");
        }
        Map<String, String> settings = new LinkedHashMap<>();
        for (Entry entry : links.entries().values()) {
            if (!entry.key().equalsIgnoreCase("ConnectionString")) {
                settings.put(entry.key(), entry.value());
            }
        }
        List<String> searchPaths = Arrays.stream(links.value("LibrarySearchPath", "").split(";"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
        return new DatabaseLinks(connection,
                links.value("LeftQuote", "").strip(),
                links.value("RightQuote", "").strip(),
                bool(file, links, "QuoteTableNames", false, warnings),
                bool(file, links, "UseTableSchemaName", false, warnings),
                links.value("SchemaName", "").strip(),
                links.value("LibraryDatabaseType", "").strip(),
                databasePath,
                bool(file, links, "DatabasePathRelative", false, warnings),
                searchPaths,
                bool(file, links, "SearchSubDirectories", false, warnings),
                settings);
    }

    // ---------------------------------------------------------------- [TableN]

    private static TableDescriptor table(Path file, Section section, DatabaseLinks links,
                                         List<FieldMapping> mappings, Warnings warnings) {
        int index = sectionNumber(file, section, TABLE_SECTION, warnings);
        String tableName = section.value("TableName", "");
        String userWhereText = section.value("UserWhereText", "");
        KeyColumnDetector.KeyColumn key = KeyColumnDetector.detect(mappings, userWhereText, links.leftQuote(),
                links.rightQuote());
        LOG.debug("{}: table '{}' has key column '{}' ({})", file, tableName, key.column(), key.source());
        return new TableDescriptor(index,
                section.value("SchemaName", "").strip(),
                tableName,
                bool(file, section, "Enabled", true, warnings),
                bool(file, section, "UserWhere", false, warnings),
                userWhereText,
                mappings,
                Optional.of(key.column()),
                key.source());
    }

    // ---------------------------------------------------------------- [FieldMapN]

    private static Optional<FieldMapping> fieldMapping(Path file, Section section, List<String> tableNames,
                                                       Warnings warnings) {
        int index = sectionNumber(file, section, FIELD_MAP_SECTION, warnings);
        Optional<Entry> optionsEntry = section.entry("Options");
        if (index < 0) {
            return Optional.empty();
        }
        if (optionsEntry.isEmpty()) {
            warnings.add(Kind.INCOMPLETE_SECTION, file + ", section [" + section.name() + "] at line " + section.line()
                    + ": has no Options= line, so it maps no column; left out (a field map needs Options=FieldName="
                    + "<table>.<column>|TableNameOnly=<table>|FieldNameOnly=<column>|…)");
            return Optional.empty();
        }
        String where = file + ", line " + optionsEntry.get().line() + " in section [" + section.name() + "]";

        Map<String, String> options = new LinkedHashMap<>();
        Map<String, String> byLowerKey = new HashMap<>();
        for (String part : optionsEntry.get().value().split("\\|")) {
            if (part.isBlank()) {
                continue;
            }
            int eq = part.indexOf('=');
            String key = (eq < 0 ? part : part.substring(0, eq)).strip();
            String value = eq < 0 ? "" : part.substring(eq + 1);
            if (eq < 0) {
                LOG.debug("{}: option '{}' has no '='; kept with an empty value", where, key);
            }
            options.put(key, value);
            byLowerKey.putIfAbsent(lower(key), value);
        }

        String tableName = blankToNull(byLowerKey.get("tablenameonly"));
        String columnName = blankToNull(byLowerKey.get("fieldnameonly"));
        if (tableName == null || columnName == null) {
            String fieldName = byLowerKey.get("fieldname");
            if (fieldName == null || fieldName.indexOf('.') < 0) {
                warnings.add(Kind.INCOMPLETE_SECTION, where + ": Options has neither TableNameOnly and "
                        + "FieldNameOnly nor FieldName=<table>.<column>, so it names no column; left out (fix the "
                        + "field map in Altium or delete the section)");
                return Optional.empty();
            }
            String[] split = splitFieldName(fieldName, tableNames);
            tableName = tableName != null ? tableName : split[0];
            columnName = columnName != null ? columnName : split[1];
        }

        int fieldType = 1;
        String fieldTypeText = byLowerKey.get("fieldtype");
        if (fieldTypeText != null && !fieldTypeText.isBlank()) {
            try {
                fieldType = Integer.parseInt(fieldTypeText.strip());
            } catch (NumberFormatException e) {
                warnings.add(Kind.INVALID_VALUE, where + ": FieldType=" + fieldTypeText.strip() + " is not a "
                        + "number (Altium writes 0 for the key, 1 for a field); read as 1, a plain field");
            }
        }
        String parameterName = byLowerKey.getOrDefault("parametername", "");
        if (parameterName.isBlank()) {
            parameterName = columnName;
        }
        boolean visibleOnAdd = parseBool(byLowerKey.get("visibleonadd"), false, where, "VisibleOnAdd", warnings);
        return Optional.of(new FieldMapping(index, tableName, columnName, fieldType, parameterName, visibleOnAdd,
                options));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /**
     * Splits {@code FieldName=<table>.<column>} when TableNameOnly/FieldNameOnly are missing: at the end of the
     * longest known table name it starts with (table names can hold dots), else at the last dot.
     */
    private static String[] splitFieldName(String fieldName, List<String> tableNames) {
        String best = null;
        for (String table : tableNames) {
            if (fieldName.length() > table.length() + 1
                    && fieldName.regionMatches(true, 0, table + ".", 0, table.length() + 1)
                    && (best == null || table.length() > best.length())) {
                best = table;
            }
        }
        int split = best != null ? best.length() : fieldName.lastIndexOf('.');
        return new String[] {fieldName.substring(0, split), fieldName.substring(split + 1)};
    }

    // ---------------------------------------------------------------- values

    /** The N of a numbered section, or -1 (with a warning) if it is too large to be one. */
    private static int sectionNumber(Path file, Section section, Pattern pattern, Warnings warnings) {
        Matcher m = pattern.matcher(section.name());
        if (!m.matches()) {
            throw new IllegalStateException("not a numbered section: " + section.name());
        }
        try {
            return Integer.parseInt(m.group(1));
        } catch (NumberFormatException e) {
            if (warnings != null) {
                warnings.add(Kind.INCOMPLETE_SECTION, file + ", section [" + section.name() + "] at line "
                        + section.line() + ": the section number is too large; left out (renumber the section)");
            }
            return -1;
        }
    }

    private static boolean bool(Path file, Section section, String key, boolean fallback, Warnings warnings) {
        Optional<Entry> entry = section.entry(key);
        if (entry.isEmpty()) {
            return fallback;
        }
        return parseBool(entry.get().value(), fallback,
                file + ", line " + entry.get().line() + " in section [" + section.name() + "]", key, warnings);
    }

    /**
     * {@code True/False} or {@code 1/0}, any case; blank or absent gives {@code fallback}, and so does anything else,
     * with a warning.
     */
    private static boolean parseBool(String value, boolean fallback, String where, String key, Warnings warnings) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        String v = value.strip();
        if (v.equalsIgnoreCase("true") || v.equals("1")) {
            return true;
        }
        if (v.equalsIgnoreCase("false") || v.equals("0")) {
            return false;
        }
        warnings.add(Kind.INVALID_VALUE, where + ": " + key + "=" + v + " is not a boolean (True/False or 1/0); "
                + "read as " + (fallback ? "True" : "False") + ", the default");
        return fallback;
    }

    private static boolean isKnownSection(String name) {
        return name.equalsIgnoreCase(HEADER_SECTION) || name.equalsIgnoreCase(LINKS_SECTION)
                || TABLE_SECTION.matcher(name).matches() || FIELD_MAP_SECTION.matcher(name).matches();
    }

    private static MigrationException notADbLib(Path file, String problem) {
        return MigrationException.badInput(file + " " + problem + "; " + NOT_A_DBLIB_HINT);
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

}
