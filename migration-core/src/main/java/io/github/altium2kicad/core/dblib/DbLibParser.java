package io.github.altium2kicad.core.dblib;

import io.github.altium2kicad.api.MigrationException;
import io.github.altium2kicad.api.dblib.ConnectionString;
import io.github.altium2kicad.api.dblib.DatabaseLinks;
import io.github.altium2kicad.api.dblib.FieldMapping;
import io.github.altium2kicad.api.dblib.LibraryDescriptor;
import io.github.altium2kicad.api.dblib.TableDescriptor;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
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
 * <p>Each table gets the field maps whose {@code TableNameOnly} names it (case-insensitively) and a key column:
 * the column of a {@code FieldType=0} field map ({@code FIELD_TYPE}), else the column on the left of
 * {@code UserWhereText} ({@code USER_WHERE_TEXT}), else {@code Part Number} ({@code CONVENTION}).
 *
 * <p>Problems with the file are reported as {@link MigrationException#badInput(String) bad input} naming the
 * file, line and section. Neither messages nor logs ever contain the connection string as written (it may hold
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

    /** Parses {@code dbLibFile}; see the class comment for what is accepted and what is reported. */
    public LibraryDescriptor parse(Path dbLibFile) {
        Path file = dbLibFile.toAbsolutePath().normalize();
        List<String> lines = readLines(file);
        List<Section> sections = readSections(file, lines);

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
        DatabaseLinks databaseLinks = databaseLinks(file, links);

        List<String> tableNames = tableSections.stream().map(s -> s.value("TableName", "")).toList();
        List<FieldMapping> fieldMappings = new ArrayList<>();
        for (Section section : fieldMapSections) {
            fieldMappings.add(fieldMapping(file, section, tableNames));
        }
        Map<String, List<FieldMapping>> mappingsByTable = new HashMap<>();
        for (FieldMapping mapping : fieldMappings) {
            mappingsByTable.computeIfAbsent(tableKey(mapping.tableName()), k -> new ArrayList<>()).add(mapping);
        }

        List<TableDescriptor> tables = new ArrayList<>();
        for (Section section : tableSections) {
            tables.add(table(file, section, databaseLinks,
                    mappingsByTable.getOrDefault(tableKey(section.value("TableName", "")), List.of())));
        }
        warnAboutOrphanMappings(file, tables, fieldMappings, fieldMapSections);

        LibraryDescriptor descriptor = new LibraryDescriptor(file, version, databaseLinks, tables, fieldMappings);
        if (LOG.isDebugEnabled()) {
            LOG.debug("{}: version {}, connection {}, {} tables ({} enabled), {} field maps", file, version,
                    databaseLinks.connectionString().redacted(), tables.size(), descriptor.enabledTables().size(),
                    fieldMappings.size());
        }
        return descriptor;
    }

    // ---------------------------------------------------------------- reading

    private static List<String> readLines(Path file) {
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
        DbLibTextDecoder.DecodedText decoded = DbLibTextDecoder.decode(bytes);
        if (decoded.text().isBlank()) {
            throw MigrationException.badInput(file + " is empty; pass an Altium .DbLib file with a "
                    + "[DatabaseLinks] section (save the library again from Altium if it was truncated)");
        }
        if (looksBinary(decoded.text())) {
            throw notADbLib(file, "holds binary data, not text (a database such as .mdb/.accdb, or an .IntLib, "
                    + "is not a DbLib)");
        }
        LOG.debug("{}: decoded as {}{}", file, decoded.charset(), decoded.byteOrderMark() ? " (byte-order mark)" : "");
        return decoded.lines();
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

    private static List<Section> readSections(Path file, List<String> lines) {
        boolean hasLinks = lines.stream().map(String::strip)
                .anyMatch(l -> l.equalsIgnoreCase("[" + LINKS_SECTION + "]"));
        if (!hasLinks) {
            throw notADbLib(file, "has no [DatabaseLinks] section");
        }
        List<Section> sections = new ArrayList<>();
        Map<String, Integer> firstLineOfSection = new HashMap<>();
        Section current = null;
        for (int i = 0; i < lines.size(); i++) {
            int lineNumber = i + 1;
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith(";") || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                String name = line.substring(1, line.length() - 1).strip();
                Integer previous = isKnownSection(name) ? firstLineOfSection.putIfAbsent(lower(name), lineNumber)
                        : null;
                if (previous != null) {
                    throw MigrationException.badInput(file + ", line " + lineNumber + ": section [" + name
                            + "] appears a second time (first at line " + previous + "); remove or renumber "
                            + "one of them");
                }
                current = new Section(name, lineNumber, new LinkedHashMap<>());
                sections.add(current);
                continue;
            }
            int eq = line.indexOf('=');
            if (current == null) {
                throw MigrationException.badInput(file + ", line " + lineNumber + ": text before the first "
                        + "[section]; a DbLib starts with [OutputDatabaseLinkFile] — remove the line or put a "
                        + "';' in front of it");
            }
            if (eq < 0 && !isKnownSection(current.name())) {
                LOG.debug("{}, line {}: skipping a line without '=' in section [{}], which is not used", file,
                        lineNumber, current.name());
                continue;
            }
            if (eq < 0) {
                throw MigrationException.badInput(file + ", line " + lineNumber + " in section [" + current.name()
                        + "]: the line has no '=' (expected Key=Value); fix or delete the line (blank lines and "
                        + "lines starting with ';' or '#' are allowed)");
            }
            // keep the value exactly as written after the first '=', from the unstripped line
            String raw = lines.get(i);
            int rawEq = raw.indexOf('=');
            String key = raw.substring(0, rawEq).strip();
            if (key.isEmpty()) {
                throw MigrationException.badInput(file + ", line " + lineNumber + " in section [" + current.name()
                        + "]: the line starts with '=' and has no key; fix or delete the line");
            }
            Entry previous = current.entries().put(lower(key), new Entry(key, raw.substring(rawEq + 1),
                    lineNumber));
            if (previous != null) {
                LOG.debug("{}, line {} in [{}]: {} is set again (first at line {}); the last one wins", file,
                        lineNumber, current.name(), key, previous.line());
            }
        }
        return sections;
    }

    // ---------------------------------------------------------------- [DatabaseLinks]

    private static DatabaseLinks databaseLinks(Path file, Section links) {
        Optional<Entry> connectionEntry = links.entry("ConnectionString");
        String connectionText = connectionEntry.map(Entry::value).orElse("");
        String databasePath = links.value("LibraryDatabasePath", "").strip();
        if (connectionText.isBlank() && databasePath.isEmpty()) {
            throw MigrationException.badInput(file + ", section [DatabaseLinks] at line " + links.line()
                    + ": ConnectionString and LibraryDatabasePath are both missing or blank, so the DbLib names "
                    + "no database; set the connection in Altium's database library editor, or pass the "
                    + "database with --database <path-or-jdbc-url>");
        }
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
                bool(file, links, "QuoteTableNames", false),
                bool(file, links, "UseTableSchemaName", false),
                links.value("SchemaName", "").strip(),
                links.value("LibraryDatabaseType", "").strip(),
                databasePath,
                bool(file, links, "DatabasePathRelative", false),
                searchPaths,
                bool(file, links, "SearchSubDirectories", false),
                settings);
    }

    // ---------------------------------------------------------------- [TableN]

    private static TableDescriptor table(Path file, Section section, DatabaseLinks links,
                                         List<FieldMapping> mappings) {
        int index = sectionNumber(file, section, TABLE_SECTION);
        String tableName = section.value("TableName", "");
        if (tableName.isBlank()) {
            throw MigrationException.badInput(file + ", section [" + section.name() + "] at line "
                    + section.line() + ": TableName is missing or blank; give the table's name or delete the "
                    + "section");
        }
        String userWhereText = section.value("UserWhereText", "");
        KeyColumnDetector.KeyColumn key = KeyColumnDetector.detect(mappings, userWhereText, links.leftQuote(),
                links.rightQuote());
        LOG.debug("{}: table '{}' has key column '{}' ({})", file, tableName, key.column(), key.source());
        return new TableDescriptor(index,
                section.value("SchemaName", "").strip(),
                tableName,
                bool(file, section, "Enabled", true),
                bool(file, section, "UserWhere", false),
                userWhereText,
                mappings,
                Optional.of(key.column()),
                key.source());
    }

    // ---------------------------------------------------------------- [FieldMapN]

    private static FieldMapping fieldMapping(Path file, Section section, List<String> tableNames) {
        int index = sectionNumber(file, section, FIELD_MAP_SECTION);
        Entry optionsEntry = section.entry("Options").orElseThrow(() -> MigrationException.badInput(file
                + ", section [" + section.name() + "] at line " + section.line() + ": has no Options= line; "
                + "a field map needs Options=FieldName=<table>.<column>|TableNameOnly=<table>|FieldNameOnly="
                + "<column>|…; add it or delete the section"));
        String where = file + ", line " + optionsEntry.line() + " in section [" + section.name() + "]";

        Map<String, String> options = new LinkedHashMap<>();
        Map<String, String> byLowerKey = new HashMap<>();
        for (String part : optionsEntry.value().split("\\|")) {
            if (part.isBlank()) {
                continue;
            }
            int eq = part.indexOf('=');
            String key = (eq < 0 ? part : part.substring(0, eq)).strip();
            String value = eq < 0 ? "" : part.substring(eq + 1);
            if (eq < 0) {
                LOG.warn("{}: option '{}' has no '='; kept with an empty value", where, key);
            }
            options.put(key, value);
            byLowerKey.put(lower(key), value);
        }

        String tableName = byLowerKey.get("tablenameonly");
        String columnName = byLowerKey.get("fieldnameonly");
        if (tableName == null || columnName == null) {
            String fieldName = byLowerKey.get("fieldname");
            if (fieldName == null || fieldName.indexOf('.') < 0) {
                throw MigrationException.badInput(where + ": Options has neither TableNameOnly and FieldNameOnly "
                        + "nor FieldName=<table>.<column>; fix the field map in Altium or delete the section");
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
                throw MigrationException.badInput(where + ": FieldType=" + fieldTypeText.strip()
                        + " is not a number; Altium writes 0 (key) or 1 (field)");
            }
        }
        String parameterName = byLowerKey.getOrDefault("parametername", "");
        if (parameterName.isBlank()) {
            parameterName = columnName;
        }
        boolean visibleOnAdd = parseBool(byLowerKey.get("visibleonadd"), false, where, "VisibleOnAdd");
        return new FieldMapping(index, tableName, columnName, fieldType, parameterName, visibleOnAdd, options);
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

    private static void warnAboutOrphanMappings(Path file, List<TableDescriptor> tables,
                                                List<FieldMapping> mappings, List<Section> fieldMapSections) {
        Set<String> known = new HashSet<>();
        tables.forEach(t -> known.add(tableKey(t.tableName())));
        for (int i = 0; i < mappings.size(); i++) {
            FieldMapping mapping = mappings.get(i);
            if (!known.contains(tableKey(mapping.tableName()))) {
                LOG.warn("{}: [{}] at line {} maps column '{}' of table '{}', which has no [TableN] section; "
                                + "the mapping is kept but no table uses it", file, fieldMapSections.get(i).name(),
                        fieldMapSections.get(i).line(), mapping.columnName(), mapping.tableName());
            }
        }
    }

    // ---------------------------------------------------------------- values

    private static int sectionNumber(Path file, Section section, Pattern pattern) {
        Matcher m = pattern.matcher(section.name());
        if (!m.matches()) {
            throw new IllegalStateException("not a numbered section: " + section.name());
        }
        try {
            return Integer.parseInt(m.group(1));
        } catch (NumberFormatException e) {
            throw MigrationException.badInput(file + ", section [" + section.name() + "] at line "
                    + section.line() + ": the section number is too large; renumber the section");
        }
    }

    private static boolean bool(Path file, Section section, String key, boolean fallback) {
        Optional<Entry> entry = section.entry(key);
        if (entry.isEmpty()) {
            return fallback;
        }
        return parseBool(entry.get().value(), fallback,
                file + ", line " + entry.get().line() + " in section [" + section.name() + "]", key);
    }

    /** {@code True/False} or {@code 1/0}, any case; blank or absent gives {@code fallback}. */
    private static boolean parseBool(String value, boolean fallback, String where, String key) {
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
        throw MigrationException.badInput(where + ": " + key + "=" + v + " is not a boolean; use True/False or "
                + "1/0");
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

    /** Table names match case-insensitively (as in Access and Altium) and ignoring surrounding blanks. */
    private static String tableKey(String tableName) {
        return lower(tableName.strip());
    }
}
