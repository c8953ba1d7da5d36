package dev.lakehouse.explorer.ui.connections;

/** Where one step of the workshop setup is. */
public enum StepState { PENDING, RUNNING, DONE, FAILED }
