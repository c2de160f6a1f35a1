package org.diplograph.server;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** Base of the tests that need the seeds served: one store and server per test class. */
abstract class ServedSeeds {
    @TempDir static Path tmp;
    static SeedServer seeds;

    @BeforeAll
    static void startServer() {
        seeds = SeedServer.start(tmp.resolve("data"));
    }

    @AfterAll
    static void stopServer() {
        seeds.close();
    }
}
