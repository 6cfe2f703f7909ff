package io.github.altium2kicad.core.mapping.user;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the YAML form of a mapping table. Jackson's streaming YAML parser is used so that every key and value
 * keeps its line (a tree of {@code JsonNode}s would lose them):
 *
 * <pre>{@code
 * version: 1                       # optional
 * rules:
 *   - match: { "Footprint Ref": "RESC1608X55N" }                       # exact
 *     symbol: Device:R
 *     footprints: [Resistor_SMD:R_0603_1608Metric]
 *   - match:
 *       "Library Ref": { glob: "CAP*" }
 *       "Package / Case": { regex: "^0402\\b" }
 *     tables: ["Capacitors*"]
 *     symbol: Device:C
 *     footprints: Capacitor_SMD:C_0402_1005Metric                       # one footprint may be a plain value
 *     confidence: 0.9
 *     note: "0402 ceramic capacitors"
 * }</pre>
 */
final class YamlMappingTable {

    private static final YAMLFactory YAML = new YAMLFactory();
    private static final Set<String> TOP_KEYS = Set.of("version", "rules");
    private static final Set<String> RULE_KEYS = Set.of("match", "tables", "symbol", "footprints", "confidence", "note");

    /** A YAML value with the line it starts on; scalars keep their text exactly as written. */
    private sealed interface Node permits Scalar, Mapping, Sequence {
        int line();
    }

    private record Scalar(String text, int line) implements Node {
    }

    private record Field(String key, int line, Node value) {
    }

    private record Mapping(Map<String, Field> fields, int line) implements Node {
    }

    private record Sequence(List<Node> items, int line) implements Node {
    }

    private YamlMappingTable() {
    }

    /** Reads the rules of {@code reader} into entries; problems go to {@code problems}. */
    static List<MappingTableEntry> read(Reader reader, KicadNameCheck names, List<EntryBuilder.Problem> problems)
            throws IOException {
        Node root;
        try (JsonParser parser = YAML.createParser(reader)) {
            if (parser.nextToken() == null) {
                problems.add(new EntryBuilder.Problem(1, "the file is empty; expected a 'rules:' list"));
                return List.of();
            }
            root = readNode(parser, problems);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            problems.add(new EntryBuilder.Problem(at == null ? 1 : Math.max(1, at.getLineNr()),
                    "not valid YAML: " + e.getOriginalMessage()));
            return List.of();
        }
        if (!(root instanceof Mapping top)) {
            problems.add(new EntryBuilder.Problem(root.line(), "expected a mapping with a 'rules:' list at the top"));
            return List.of();
        }
        unknownKeys(top, TOP_KEYS, problems);
        Field version = top.fields().get("version");
        if (version != null && !(version.value() instanceof Scalar s && "1".equals(s.text()))) {
            problems.add(new EntryBuilder.Problem(version.line(), "unsupported version; this tool reads version 1"));
        }
        Field rules = top.fields().get("rules");
        if (rules == null) {
            problems.add(new EntryBuilder.Problem(top.line(), "missing 'rules:' list"));
            return List.of();
        }
        if (!(rules.value() instanceof Sequence list)) {
            problems.add(new EntryBuilder.Problem(rules.line(), "'rules' must be a list of rules ('- match: …')"));
            return List.of();
        }
        List<MappingTableEntry> entries = new ArrayList<>();
        for (Node item : list.items()) {
            rule(item, names, problems).ifPresent(entries::add);
        }
        return entries;
    }

    private static Optional<MappingTableEntry> rule(Node item, KicadNameCheck names,
                                                              List<EntryBuilder.Problem> problems) {
        EntryBuilder b = new EntryBuilder(item.line(), names, problems);
        if (!(item instanceof Mapping rule)) {
            b.problem(item.line(), "a rule must be a mapping with 'match', 'symbol', 'footprints', …");
            return Optional.empty();
        }
        unknownKeys(rule, RULE_KEYS, problems);
        Field match = rule.fields().get("match");
        if (match != null) {
            if (match.value() instanceof Mapping conditions) {
                if (conditions.fields().isEmpty()) {
                    b.problem(match.line(), "'match' is empty");
                }
                for (Field c : conditions.fields().values()) {
                    condition(b, c);
                }
            } else {
                b.problem(match.line(), "'match' must map column names to patterns, e.g. { \"Footprint Ref\": RESC1608X55N }");
            }
        }
        Field tables = rule.fields().get("tables");
        if (tables != null) {
            for (Scalar s : scalars(tables, b)) {
                b.table(s.text(), s.line());
            }
        }
        Field symbol = rule.fields().get("symbol");
        if (symbol != null) {
            scalar(symbol, b).ifPresent(s -> b.symbol(s.text(), s.line()));
        }
        Field footprints = rule.fields().get("footprints");
        if (footprints != null) {
            List<Scalar> list = scalars(footprints, b);
            if (list.isEmpty() && footprints.value() instanceof Sequence) {
                b.problem(footprints.line(), "'footprints' is an empty list");
            }
            for (Scalar s : list) {
                b.footprint(s.text(), s.line());
            }
        }
        Field confidence = rule.fields().get("confidence");
        if (confidence != null) {
            scalar(confidence, b).ifPresent(s -> b.confidence(s.text(), s.line()));
        }
        Field note = rule.fields().get("note");
        if (note != null) {
            scalar(note, b).ifPresent(s -> b.note(s.text()));
        }
        return b.build();
    }

    private static void condition(EntryBuilder b, Field c) {
        if (c.value() instanceof Scalar s) {
            b.condition(c.key(), "exact", s.text(), s.line());
        } else if (c.value() instanceof Mapping m && m.fields().size() == 1) {
            Field typed = m.fields().values().iterator().next();
            if (typed.value() instanceof Scalar s) {
                b.condition(c.key(), typed.key(), s.text(), typed.line());
            } else {
                b.problem(typed.line(), "the pattern for column '" + c.key() + "' must be a single value");
            }
        } else {
            b.problem(c.line(), "column '" + c.key() + "' needs a value or exactly one of { exact: …, glob: …, regex: … }");
        }
    }

    private static Optional<Scalar> scalar(Field f, EntryBuilder b) {
        if (f.value() instanceof Scalar s && s.text() != null) {
            return Optional.of(s);
        }
        b.problem(f.line(), "'" + f.key() + "' needs a single value");
        return Optional.empty();
    }

    private static List<Scalar> scalars(Field f, EntryBuilder b) {
        if (f.value() instanceof Scalar s && s.text() != null) {
            return List.of(s);
        }
        if (f.value() instanceof Sequence seq) {
            List<Scalar> out = new ArrayList<>();
            for (Node n : seq.items()) {
                if (n instanceof Scalar s && s.text() != null) {
                    out.add(s);
                } else {
                    b.problem(n.line(), "'" + f.key() + "' must list single values");
                }
            }
            return out;
        }
        b.problem(f.line(), "'" + f.key() + "' needs a value or a list of values");
        return List.of();
    }

    private static void unknownKeys(Mapping m, Set<String> allowed, List<EntryBuilder.Problem> problems) {
        for (Field f : m.fields().values()) {
            if (!allowed.contains(f.key())) {
                problems.add(new EntryBuilder.Problem(f.line(), "unknown key '" + f.key() + "' (expected "
                        + String.join(", ", allowed.stream().sorted().toList()) + ")"));
            }
        }
    }

    /** Reads the value at the parser's current token, with its line. */
    private static Node readNode(JsonParser p, List<EntryBuilder.Problem> problems) throws IOException {
        int line = p.currentTokenLocation().getLineNr();
        JsonToken token = p.currentToken();
        switch (token) {
            case START_OBJECT -> {
                Map<String, Field> fields = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    int keyLine = p.currentTokenLocation().getLineNr();
                    p.nextToken();
                    Node value = readNode(p, problems);
                    if (fields.containsKey(key)) {
                        problems.add(new EntryBuilder.Problem(keyLine, "duplicate key '" + key + "'"));
                    } else {
                        fields.put(key, new Field(key, keyLine, value));
                    }
                }
                return new Mapping(fields, line);
            }
            case START_ARRAY -> {
                List<Node> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(readNode(p, problems));
                }
                return new Sequence(items, line);
            }
            case VALUE_NULL -> {
                return new Scalar(null, line);
            }
            default -> {
                return new Scalar(p.getText(), line);
            }
        }
    }
}
