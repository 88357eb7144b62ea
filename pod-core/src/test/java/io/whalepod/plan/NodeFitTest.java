package io.whalepod.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.whalepod.model.Pod;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NodeFitTest {
  private static final Map<String, String> NODE = Map.of("kubernetes.io/hostname", "vm", "kubernetes.io/os", "linux",
      "kubernetes.io/arch", "amd64", "disktype", "ssd");

  @ParameterizedTest(name = "nodeName {0}, selector {1}: fits {2}")
  @CsvSource(delimiter = ';', value = {
      "'';'';true",
      "vm;'';true",
      "other;'';false",
      "'';kubernetes.io/os=linux;true",
      "'';kubernetes.io/os=windows;false",
      "'';kubernetes.io/arch=amd64,disktype=ssd;true",
      "'';disktype=hdd;false",
      "'';gpu=true;false",
      "vm;disktype=ssd;true",
      "other;disktype=ssd;false"})
  void aPodFitsWhenItsNodeNameAndEverySelectorLabelMatch(String nodeName, String selector, boolean fits) {
    Pod.Builder pod = Pod.named("p").container(c -> c.name("c").image("busybox"));
    if (!nodeName.isEmpty()) {
      pod.nodeName(nodeName);
    }
    for (String label : selector.isEmpty() ? new String[0] : selector.split(",")) {
      pod.nodeSelector(label.substring(0, label.indexOf('=')), label.substring(label.indexOf('=') + 1));
    }
    assertEquals(fits, NodeFit.fits(pod.build().spec(), "vm", NODE));
  }
}
