package org.diplograph.query;

import java.nio.file.Path;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** Base of the test classes that read the fixture: one TDB2 dataset in a temporary folder per class. */
public abstract class FixtureTest {
    @TempDir
    protected static Path fixtureDir;
    protected static DatasetGraph dsg;

    @BeforeAll
    static void loadFixture() {
        dsg = Fixture.load(fixtureDir.resolve("db"));
    }

    @AfterAll
    static void closeFixture() {
        dsg.close();
    }
}
