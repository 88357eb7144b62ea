package io.whalepod.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FieldPathTest {

  static Stream<Arguments> paths() {
    return Stream.of(
        Arguments.of(Named.of("a root", FieldPath.root("spec")), "spec"),
        Arguments.of(Named.of("children and an index",
            FieldPath.root("spec").child("containers").index(1).child("name")), "spec.containers[1].name"),
        Arguments.of(Named.of("several names at once", FieldPath.root("spec", "containers").index(0)
            .child("volumeMounts").index(2).child("name")), "spec.containers[0].volumeMounts[2].name"),
        Arguments.of(Named.of("a map key, unquoted", FieldPath.root("spec").child("containers").index(0)
            .child("resources", "limits").key("example.com/gpu")),
            "spec.containers[0].resources.limits[example.com/gpu]"),
        Arguments.of(Named.of("an index on a root", FieldPath.root("items").index(3)), "items[3]"),
        Arguments.of(Named.of("consecutive subscripts", FieldPath.root("matrix").index(1).index(2)),
            "matrix[1][2]"));
  }

  @ParameterizedTest(name = "{0} renders as {1}")
  @MethodSource("paths")
  void aPathRendersAsApimachineryDoes(FieldPath path, String expected) {
    assertEquals(expected, path.toString());
  }

  @Test
  void buildingAChildLeavesTheParentUnchanged() {
    FieldPath spec = FieldPath.root("spec");
    FieldPath containers = spec.child("containers");
    containers.index(0);
    assertEquals("spec", spec.toString());
    assertEquals("spec.containers", containers.toString());
    assertEquals(spec, containers.parent());
  }

  @Test
  void pathsThatRenderAlikeAreEqual() {
    assertEquals(FieldPath.root("spec").child("containers"), FieldPath.root("spec", "containers"));
    assertEquals(FieldPath.root("spec", "containers").hashCode(), FieldPath.root("spec").child("containers")
        .hashCode());
    assertNotEquals(FieldPath.root("spec"), FieldPath.root("metadata"));
  }
}
