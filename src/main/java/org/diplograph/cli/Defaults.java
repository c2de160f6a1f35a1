package org.diplograph.cli;

/** Defaults shared by the commands, so that every command finds the same dataset without options. */
public final class Defaults {
    /** The TDB2 dataset folder commands use when none is given. Runtime state lives under {@code data/}. */
    public static final String DB = "data/db";

    private Defaults() {}
}
