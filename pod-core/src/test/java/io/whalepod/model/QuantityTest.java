package io.whalepod.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuantityTest {

  @ParameterizedTest(name = "{0} is exactly {1}")
  @CsvSource({
      "500m,          0.5",
      "64Mi,          67108864",
      "1.5Gi,         1610612736",
      "1e3,           1000",
      "1E3,           1000",
      "129M,          129000000",
      "129e6,         129000000",
      "123Mi,         128974848",
      "128974848000m, 128974848",
      "0.1,           0.1",
      "100m,          0.1",
      "1Ki,           1024",
      "1k,            1000",
      "2,             2",
      "250u,          0.00025",
      "7n,            0.000000007",
      "1Ti,           1099511627776",
      "1P,            1000000000000000",
      "2Ei,           2305843009213693952",
      ".5,            0.5",
      "5.,            5",
      "+3,            3",
      "-64Mi,         -67108864"})
  void kubernetesQuantitiesParseExactly(String text, String value) {
    assertEquals(0, new BigDecimal(value).compareTo(Quantity.parse(text).value()),
        () -> text + " parsed as " + Quantity.parse(text).value());
  }

  @ParameterizedTest(name = "\"{0}\" is rejected")
  @ValueSource(strings = {"1.2.3", "abc", "5 Mi", "1Zi", "", "Mi", "1ki", "1mi", "1e", "--1", "1Gi1", "0x10"})
  void malformedQuantitiesAreRejected(String text) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Quantity.parse(text));
    assertTrue(e.getMessage().startsWith("quantities must match the regular expression"), e.getMessage());
  }

  @Test
  void aPointOneCoreEqualsAHundredMillicores() {
    assertEquals(Quantity.parse("0.1"), Quantity.parse("100m"));
    assertEquals(Quantity.parse("0.1").hashCode(), Quantity.parse("100m").hashCode());
  }

  @Test
  void oneGibibyteEqualsAThousandAndTwentyFourMebibytes() {
    assertEquals(Quantity.parse("1Gi"), Quantity.parse("1024Mi"));
    assertEquals(Quantity.parse("1Gi").hashCode(), Quantity.parse("1024Mi").hashCode());
    assertNotEquals(Quantity.parse("1G"), Quantity.parse("1Gi"));
  }

  @ParameterizedTest(name = "{0} is {1} whole units and {2} thousandths, rounded up")
  @CsvSource({
      "500m,   1,          500",
      "1500m,  2,          1500",
      "1,      1,          1000",
      "0.0001, 1,          1",
      "100n,   1,          1",
      "1.5Gi,  1610612736, 1610612736000",
      "0,      0,          0"})
  void valuesRoundUpAsKubernetesDoes(String text, long value, long milli) {
    Quantity q = Quantity.parse(text);
    assertEquals(value, q.longValue());
    assertEquals(milli, q.milliValue());
  }

  @Test
  void theTextIsKeptAsWritten() {
    assertEquals("1.5Gi", Quantity.parse("1.5Gi").toString());
    assertEquals("100m", Quantity.parse("100m").toString());
    assertEquals("2", Quantity.of(2).toString());
    assertEquals("0.5", Quantity.of(0.5).toString());
  }

  @Test
  void numbersFromYamlAreQuantitiesToo() {
    assertEquals(Quantity.parse("2"), Quantity.of(2));
    assertEquals(Quantity.parse("500m"), Quantity.of(0.5));
  }

  @Test
  void onlyANegativeAmountIsNegative() {
    assertTrue(Quantity.parse("-1").isNegative());
    assertTrue(!Quantity.parse("0").isNegative());
    assertTrue(!Quantity.parse("1m").isNegative());
  }

  @Test
  void aHugeExponentIsRejectedRatherThanAllocated() {
    assertThrows(IllegalArgumentException.class, () -> Quantity.parse("1e999999999"));
  }
}
