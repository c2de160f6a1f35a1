package org.diplograph.article;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Fixture pages of src/test/resources/pages, read as the command line reads them. */
final class Pages {
    private Pages() {}

    static Path path(String name) {
        try {
            return Path.of(Pages.class.getResource("/pages/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every article of the fixture file; fails on any reported problem. */
    static List<SourceDoc> read(String name) {
        List<SourceDoc> out = new ArrayList<>();
        new SourceReader((origin, message) -> {
            throw new AssertionError(origin + ": " + message);
        }).read(path(name), out::add);
        return out;
    }

    static SourceDoc one(String name) {
        List<SourceDoc> docs = read(name);
        if (docs.size() != 1) throw new AssertionError(name + ": " + docs.size() + " articles");
        return docs.get(0);
    }

    /** The texts of the units of a kind. */
    static List<String> texts(Page page, Page.Kind kind) {
        return page.units().stream().filter(u -> u.kind() == kind).map(u -> u.text(page.text())).toList();
    }

    /** Code points [b, e) of s. */
    static String codePoints(String s, int b, int e) {
        return s.substring(s.offsetByCodePoints(0, b), s.offsetByCodePoints(0, e));
    }

}
