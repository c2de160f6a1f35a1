package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.diplograph.store.DiplographServer;
import org.diplograph.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The serving options as the command line parses them, on a real server over an empty dataset. */
class ServeOptionsTest {
    @TempDir Path tmp;

    private static ServeOptions parse(String... args) {
        ServeCommand command = new ServeCommand();
        new CommandLine(command).parseArgs(args);
        return command.serving;
    }

    @Test
    void warnsWhenListeningBeyondLoopbackAndNotOtherwise() {
        try (Store store = Store.open(tmp.resolve("data"))) {
            for (String host : new String[] {"127.0.0.1", "0.0.0.0"}) {
                StringWriter err = new StringWriter();
                DiplographServer server = parse("--host", host, "--port", "0").start(store, new PrintWriter(err, true));
                try {
                    boolean warned = err.toString().contains("warning: listening on " + host + ", not loopback");
                    assertEquals(!host.startsWith("127."), warned, host + ": " + err);
                    assertTrue(server.queryUrl().startsWith("http://127.0.0.1:"), "reachable through loopback: " + server.queryUrl());
                } finally {
                    server.stop();
                }
            }
        }
    }

    @Test
    void defaultsAreLoopbackSixtySecondsAndAHundredThousandRows() {
        ServeOptions o = parse();
        assertEquals("127.0.0.1", o.host);
        assertEquals(60, o.timeoutSeconds);
        assertEquals(100_000, o.maxRows);
        assertEquals(false, o.allowUpdate);
    }

    @Test
    void aPasswordFileWithAnEmptyPasswordStopsServeWithOneLine() throws Exception {
        Path passwords = java.nio.file.Files.writeString(tmp.resolve("passwords"), "editor: a-long-secret\nbob:\n");
        // Before the check, serve started and served until Ctrl-C: hence the preemptive timeout.
        CommandRun run = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60), () ->
                CommandRun.of("serve", "--db", tmp.resolve("data").toString(), "--port", "0",
                        "--allow-update", "--password-file", passwords.toString()));
        assertEquals(1, run.exit(), run.out());
        assertEquals("diplograph: Password file " + passwords + ", line 2: empty password for user 'bob'\n", run.err());
        assertTrue(!run.out().contains("Serving"), run.out());
    }
}
