package org.diplograph.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.diplograph.server.IngestClient;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The options of the commands that can change a dataset through a running server instead of the
 * data folder: {@code --endpoint URL --password-file FILE}, given together or not at all.
 */
final class ServerTarget {
    @Option(names = "--endpoint", paramLabel = "URL",
            description = "Work through a running server instead (its dataset URL, such as http://127.0.0.1:3030/diplo),"
                    + " started with --allow-update; the change is visible at once.")
    String endpoint;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "With --endpoint: the user and password to send (first 'user: password' line).")
    Path passwordFile;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    /** Whether a server was named. */
    boolean given() {
        return endpoint != null;
    }

    /** The client of the named server, or empty when none was named; a usage error when only one option is given. */
    Optional<IngestClient> client() {
        if ((endpoint == null) != (passwordFile == null)) {
            throw new ParameterException(spec.commandLine(), "--endpoint and --password-file go together");
        }
        return endpoint == null ? Optional.empty() : Optional.of(IngestClient.of(endpoint, passwordFile));
    }
}
