package org.diplograph.article;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads JSON written in a test through a temporary .json file, failing on any problem. */
final class JsonRecords {
    private JsonRecords() {}

    static List<SourceDoc> read(String json) {
        try {
            Path f = Files.createTempFile("records", ".json");
            try {
                Files.writeString(f, json);
                List<SourceDoc> out = new ArrayList<>();
                new SourceReader((o, m) -> {
                    throw new AssertionError(o + ": " + m);
                }).read(f, out::add);
                return out;
            } finally {
                Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
