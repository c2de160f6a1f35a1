package org.diplograph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of this build, the Maven project version, as the build wrote it into
 * {@code org/diplograph/version.properties}; the same whether run from the jar or from the classes
 * of a test run.
 */
public final class Version {
    private static final String RESOURCE = "version.properties";
    private static final String VALUE = read();

    private Version() {}

    /** The project version, such as {@code 0.1.0-SNAPSHOT}; {@code unknown} for classes built without Maven. */
    public static String get() {
        return VALUE;
    }

    private static String read() {
        try (InputStream in = Version.class.getResourceAsStream(RESOURCE)) {
            if (in == null) return "unknown";
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "").strip();
            return v.isEmpty() || v.startsWith("${") ? "unknown" : v;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
