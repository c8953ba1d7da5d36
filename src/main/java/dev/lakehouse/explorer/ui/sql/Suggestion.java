package dev.lakehouse.explorer.ui.sql;

/**
 * One completion proposal.
 *
 * @param text   what is inserted, quoted with back-ticks when the name needs it
 * @param kind   what it names
 * @param detail a hint shown beside it: a column's type and table, a table's schema
 */
public record Suggestion(String text, Kind kind, String detail) {

    public enum Kind { COLUMN, TABLE, SCHEMA, KEYWORD }
}
