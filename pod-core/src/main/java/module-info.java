/**
 * Whalepod's core: the Kubernetes v1 Pod model, strict YAML and JSON, validation and defaults, the status and the
 * plan, with no Docker and no I/O.
 */
module io.whalepod.core {
  // No public signature names a Jackson type (the model's annotations are not signatures): nothing is transitive.
  requires com.fasterxml.jackson.annotation;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires org.yaml.snakeyaml;

  exports io.whalepod;
  exports io.whalepod.model;
  exports io.whalepod.plan;
  exports io.whalepod.selection;
  exports io.whalepod.status;
  exports io.whalepod.validation;
  exports io.whalepod.yaml;

  // Jackson reads and writes the records' fields by reflection (Mappers: field visibility ANY).
  opens io.whalepod.model to com.fasterxml.jackson.databind;
}
