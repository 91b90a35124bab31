package org.newsfuse.eval.rougecheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CheckTableTest {

  @Test
  void marksFiguresWithinATenthOkAndOthersOff() {
    CheckRow close = new CheckRow("A", 35.95, 36.001, 7.47, 7.512);
    CheckRow off = new CheckRow("B", 35.95, 35.54, 7.47, 7.47);
    CheckRow unpublished = new CheckRow("C", Double.NaN, 37.2, Double.NaN, 9.2);
    assertThat(close.withinTolerance(0.1)).isTrue();
    assertThat(off.withinTolerance(0.1)).isFalse();
    assertThat(unpublished.withinTolerance(0.1)).isTrue();
    List<String> lines = CheckTable.format(List.of(close, off, unpublished), 0.1).lines().toList();
    assertThat(lines.get(1)).startsWith("A").endsWith("OK").contains("36.001");
    assertThat(lines.get(2)).startsWith("B").endsWith("OFF").contains("0.41");
    assertThat(lines.get(3)).startsWith("C").endsWith("n/a");
  }
}
