package dev.lakehouse.explorer.ui.sql;

/** How a result tab shows its rows. */
public enum ResultMode { GRID, CHART }
