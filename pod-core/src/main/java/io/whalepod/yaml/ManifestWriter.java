package io.whalepod.yaml;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.whalepod.model.KubernetesObject;
import io.whalepod.model.PodList;
import java.util.List;

/**
 * Writes Kubernetes objects as YAML or JSON that an API server accepts: Kubernetes field order, no nulls, no
 * empty lists, no Whalepod-only fields.
 */
public final class ManifestWriter {
  private ManifestWriter() {}

  /**
   * One object as a YAML document.
   *
   * @param object a Pod, ConfigMap or Secret; never null
   * @return the YAML text
   */
  public static String toYaml(KubernetesObject object) {
    return write(Mappers.YAML, object);
  }

  /**
   * kubectl's List object as YAML ({@code get pods -o yaml}).
   *
   * @param list the list; never null
   * @return the YAML text
   */
  public static String toYaml(PodList list) {
    return write(Mappers.YAML, list);
  }

  /**
   * Several objects as one multi-document YAML stream.
   *
   * @param objects the objects, in order; never null
   * @return the documents separated by {@code ---}; empty for no objects
   */
  public static String toYaml(List<? extends KubernetesObject> objects) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < objects.size(); i++) {
      out.append(i == 0 ? "" : "---\n").append(toYaml(objects.get(i)));
    }
    return out.toString();
  }

  /**
   * Pretty-printed JSON, as {@code kubectl get -o json}.
   *
   * @param object a model object, such as a Pod or PodList; never null
   * @return the JSON text, ending in a newline
   */
  public static String toJson(Object object) {
    return write(Mappers.JSON, object) + "\n";
  }

  private static String write(ObjectMapper mapper, Object object) {
    try {
      return mapper.writeValueAsString(object);
    } catch (JsonProcessingException e) {
      // Only our own model is written; a failure here is a bug, not bad input.
      throw new IllegalStateException("cannot serialise " + object.getClass().getSimpleName(), e);
    }
  }
}
