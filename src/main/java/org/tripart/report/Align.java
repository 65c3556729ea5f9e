package org.tripart.report;

/** How a column's cells line up: text to the left, numbers to the right. */
public enum Align {
  LEFT,
  RIGHT
}
