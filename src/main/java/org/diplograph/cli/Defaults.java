package org.diplograph.cli;

/** Defaults shared by the commands, so that every command finds the same data without options. */
public final class Defaults {
    /**
     * The data folder commands use when none is given: it holds the TDB2 database (tdb2/), the
     * server's working area (fuseki/) and, while a server runs, server.url. Ignored by git.
     */
    public static final String DB = "data";

    private Defaults() {}
}
