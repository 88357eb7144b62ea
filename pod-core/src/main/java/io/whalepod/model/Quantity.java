package io.whalepod.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Kubernetes resource quantity ({@code 500m}, {@code 64Mi}, {@code 1.5Gi}, {@code 1e3}), parsed exactly
 * with {@link BigDecimal}. Keeps the text as written, so YAML round trips are stable.
 */
public final class Quantity {
  // apimachinery's grammar: <signedNumber><suffix>, suffix binary (Ki..Ei), decimal (n u m "" k M G T P E) or exponent.
  private static final Pattern GRAMMAR =
      Pattern.compile("([+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+))(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E|[eE][+-]?[0-9]+)?");
  private static final Map<String, BigDecimal> SUFFIXES = Map.ofEntries(
      Map.entry("Ki", BigDecimal.valueOf(1L << 10)),
      Map.entry("Mi", BigDecimal.valueOf(1L << 20)),
      Map.entry("Gi", BigDecimal.valueOf(1L << 30)),
      Map.entry("Ti", BigDecimal.valueOf(1L << 40)),
      Map.entry("Pi", BigDecimal.valueOf(1L << 50)),
      Map.entry("Ei", BigDecimal.valueOf(1L << 60)),
      Map.entry("n", new BigDecimal("1e-9")),
      Map.entry("u", new BigDecimal("1e-6")),
      Map.entry("m", new BigDecimal("1e-3")),
      Map.entry("", BigDecimal.ONE),
      Map.entry("k", new BigDecimal("1e3")),
      Map.entry("M", new BigDecimal("1e6")),
      Map.entry("G", new BigDecimal("1e9")),
      Map.entry("T", new BigDecimal("1e12")),
      Map.entry("P", new BigDecimal("1e15")),
      Map.entry("E", new BigDecimal("1e18")));

  private final String text;
  private final BigDecimal value;

  private Quantity(String text, BigDecimal value) {
    this.text = text;
    this.value = value;
  }

  /**
   * Parses a quantity.
   *
   * @param text the quantity as Kubernetes writes it, such as {@code 64Mi}; never null
   * @return the quantity, keeping the text (trimmed) as written
   * @throws IllegalArgumentException when the text is not a Kubernetes quantity
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static Quantity parse(String text) {
    Objects.requireNonNull(text, "text");
    Matcher m = GRAMMAR.matcher(text.trim());
    // Exponents are bounded so "1e999999999" cannot make BigDecimal allocate without end.
    if (!m.matches() || text.length() > 64) {
      throw new IllegalArgumentException("quantities must match the regular expression "
          + "'^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'");
    }
    String suffix = m.group(2) == null ? "" : m.group(2);
    BigDecimal number = new BigDecimal(m.group(1).endsWith(".") ? m.group(1) + "0" : m.group(1));
    BigDecimal factor;
    if (SUFFIXES.containsKey(suffix)) {
      factor = SUFFIXES.get(suffix);
    } else {
      int exponent = Integer.parseInt(suffix.substring(1).replace("+", ""));
      if (Math.abs(exponent) > 64) {
        throw new IllegalArgumentException("quantity exponent out of range: " + text);
      }
      factor = BigDecimal.ONE.scaleByPowerOfTen(exponent);
    }
    return new Quantity(text.trim(), number.multiply(factor));
  }

  /**
   * Jackson also sees plain YAML numbers ({@code cpu: 2}).
   *
   * @param number the amount in base units
   * @return the quantity
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static Quantity of(long number) {
    return new Quantity(Long.toString(number), BigDecimal.valueOf(number));
  }

  /**
   * Plain YAML decimals ({@code cpu: 0.5}); the shortest decimal text is kept.
   *
   * @param number the amount in base units
   * @return the quantity
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static Quantity of(double number) {
    if (!Double.isFinite(number)) {
      throw new IllegalArgumentException("a quantity must be a finite number, not " + number);
    }
    BigDecimal exact = BigDecimal.valueOf(number);
    return new Quantity(exact.toPlainString(), exact);
  }

  /**
   * The exact value in base units (bytes, cores).
   *
   * @return the value; never null
   */
  public BigDecimal value() {
    return value;
  }

  /**
   * Whole base units, rounded up as Kubernetes' {@code Value()} does; capped at the int64 range as it is.
   *
   * @return the value rounded up to a whole number, capped
   */
  public long longValue() {
    return capped(value.setScale(0, RoundingMode.CEILING));
  }

  /**
   * Thousandths of a unit, rounded up as Kubernetes' {@code MilliValue()} does (cpu: millicores); capped too.
   *
   * @return the value in thousandths, rounded up, capped
   */
  public long milliValue() {
    return capped(value.movePointRight(3).setScale(0, RoundingMode.CEILING));
  }

  /** apimachinery: "no quantity may represent a number greater than 2^63-1 in magnitude ... [it] will be capped". */
  private static long capped(BigDecimal whole) {
    return whole.max(BigDecimal.valueOf(Long.MIN_VALUE)).min(BigDecimal.valueOf(Long.MAX_VALUE)).longValueExact();
  }

  /**
   * Whether the amount is below zero, which no resource allows.
   *
   * @return true for a negative amount
   */
  public boolean isNegative() {
    return value.signum() < 0;
  }

  @JsonValue
  @Override
  public String toString() {
    return text;
  }

  /** Equal when the amounts are equal: {@code 1Gi} equals {@code 1024Mi}. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Quantity q && value.compareTo(q.value) == 0;
  }

  @Override
  public int hashCode() {
    return value.stripTrailingZeros().hashCode();
  }
}
