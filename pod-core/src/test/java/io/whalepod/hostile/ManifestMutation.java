package io.whalepod.hostile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One change to a manifest, the way a careless edit or a fuzzer breaks one: on the YAML tree (delete a field,
 * replace a value with another of any type, duplicate a list entry, insert a field) or on the raw text (delete or
 * duplicate a line, insert junk characters). A {@code selector} picks the place, modulo what exists.
 */
interface ManifestMutation {
  /** A lenient mapper that only takes seeds apart and puts them together again; the strict one is under test. */
  YAMLMapper PLAIN = new YAMLMapper();

  String applyTo(String yaml);

  record DeleteValue(int selector) implements TreeMutation {
    @Override
    public void mutate(List<Slot> slots, List<ContainerNode<?>> containers) {
      Slot slot = pick(slots, selector);
      if (slot.parent() instanceof ObjectNode object) {
        object.remove(slot.field());
      } else {
        ((ArrayNode) slot.parent()).remove(slot.index());
      }
    }
  }

  record ReplaceValue(int selector, JsonNode junk) implements TreeMutation {
    @Override
    public void mutate(List<Slot> slots, List<ContainerNode<?>> containers) {
      Slot slot = pick(slots, selector);
      if (slot.parent() instanceof ObjectNode object) {
        object.set(slot.field(), junk.deepCopy());
      } else {
        ((ArrayNode) slot.parent()).set(slot.index(), junk.deepCopy());
      }
    }
  }

  record DuplicateEntry(int selector) implements TreeMutation {
    @Override
    public void mutate(List<Slot> slots, List<ContainerNode<?>> containers) {
      List<Slot> entries = slots.stream().filter(s -> s.parent() instanceof ArrayNode).toList();
      if (!entries.isEmpty()) {
        Slot slot = pick(entries, selector);
        ArrayNode list = (ArrayNode) slot.parent();
        list.insert(slot.index(), list.get(slot.index()).deepCopy());
      }
    }
  }

  record InsertValue(int selector, String key, JsonNode junk) implements TreeMutation {
    @Override
    public void mutate(List<Slot> slots, List<ContainerNode<?>> containers) {
      ContainerNode<?> container = pick(containers, selector);
      if (container instanceof ObjectNode object) {
        object.set(key, junk.deepCopy());
      } else {
        ((ArrayNode) container).add(junk.deepCopy());
      }
    }
  }

  record DeleteLine(int selector) implements LineMutation {
    @Override
    public void mutate(List<String> lines, int line) {
      lines.remove(line);
    }
  }

  record DuplicateLine(int selector) implements LineMutation {
    @Override
    public void mutate(List<String> lines, int line) {
      lines.add(line, lines.get(line));
    }
  }

  record InsertText(int selector, String junk) implements ManifestMutation {
    @Override
    public String applyTo(String yaml) {
      int at = Math.floorMod(selector, yaml.length() + 1);
      return yaml.substring(0, at) + junk + yaml.substring(at);
    }
  }

  /** A place in the tree: a field of an object or an index of a list. */
  record Slot(ContainerNode<?> parent, String field, int index) {}

  /** Works on the YAML tree of every document; a text that is no longer YAML is left as it is. */
  interface TreeMutation extends ManifestMutation {
    void mutate(List<Slot> slots, List<ContainerNode<?>> containers);

    @Override
    default String applyTo(String yaml) {
      List<JsonNode> documents;
      try {
        documents = PLAIN.readerFor(JsonNode.class).<JsonNode>readValues(yaml).readAll();
      } catch (IOException | RuntimeException notYamlAnyMore) {
        return yaml;
      }
      List<Slot> slots = new ArrayList<>();
      List<ContainerNode<?>> containers = new ArrayList<>();
      documents.forEach(d -> collect(d, slots, containers));
      if (slots.isEmpty()) {
        return yaml;
      }
      mutate(slots, containers);
      return documents.stream().map(ManifestMutation::write).collect(Collectors.joining());
    }
  }

  /** Works on one line of the text. */
  interface LineMutation extends ManifestMutation {
    int selector();

    void mutate(List<String> lines, int line);

    @Override
    default String applyTo(String yaml) {
      List<String> lines = new ArrayList<>(yaml.lines().toList());
      if (lines.isEmpty()) {
        return yaml;
      }
      mutate(lines, Math.floorMod(selector(), lines.size()));
      return String.join("\n", lines) + "\n";
    }
  }

  static <T> T pick(List<T> items, int selector) {
    return items.get(Math.floorMod(selector, items.size()));
  }

  private static void collect(JsonNode node, List<Slot> slots, List<ContainerNode<?>> containers) {
    if (node instanceof ObjectNode object) {
      containers.add(object);
      for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        slots.add(new Slot(object, name, -1));
        collect(object.get(name), slots, containers);
      }
    } else if (node instanceof ArrayNode array) {
      containers.add(array);
      for (int i = 0; i < array.size(); i++) {
        slots.add(new Slot(array, null, i));
        collect(array.get(i), slots, containers);
      }
    }
  }

  private static String write(JsonNode document) {
    try {
      return PLAIN.writeValueAsString(document);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }
}
