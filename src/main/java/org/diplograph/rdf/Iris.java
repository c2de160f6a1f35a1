package org.diplograph.rdf;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * TEMPORARY STAND-IN, to be replaced by the real {@code Iris} of the mapper: only what the store and
 * the command line call, with the same signature, so that they compile and run before the mapper
 * is merged. Keys are percent-encoded here instead of slugged.
 */
public final class Iris {
    public static final String ID = "https://w3id.org/diplograph/id/";

    private Iris() {}

    /** The IRI of the named graph of the article with this key. */
    public static String articleGraph(String key) {
        return ID + "graph/article/" + URLEncoder.encode(key, StandardCharsets.UTF_8);
    }

    /** The IRI of the article with this key. */
    public static String article(String key) {
        return ID + "article/" + URLEncoder.encode(key, StandardCharsets.UTF_8);
    }
}
