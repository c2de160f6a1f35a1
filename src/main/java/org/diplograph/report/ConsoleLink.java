package org.diplograph.report;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.diplograph.DiplographException;

/**
 * Where the Fuseki console shows a dataset, and how to open a query in it:
 * {@code CONSOLE#/dataset/NAME/query?query=URLENCODED}. The console's query page reads the
 * {@code query} parameter of its route into the editor, so the link carries the whole query text
 * (with the report's parameter values already substituted) and needs no server-side state.
 *
 * @param consoleUrl the console's address, ending in {@code /}: {@code http://127.0.0.1:3030/}
 * @param dataset    the dataset name without slashes: {@code diplo}
 */
public record ConsoleLink(String consoleUrl, String dataset) {
    public ConsoleLink {
        if (!consoleUrl.endsWith("/")) consoleUrl = consoleUrl + "/";
        if (dataset.isEmpty() || dataset.contains("/")) throw new DiplographException("not a dataset name: '" + dataset + "'");
    }

    /**
     * The console serving the dataset behind a SPARQL endpoint or dataset URL:
     * {@code http://h:p/diplo/query} and {@code http://h:p/diplo} both give {@code http://h:p/} and {@code diplo}.
     *
     * @throws DiplographException when the URL names no dataset
     */
    public static ConsoleLink forEndpoint(String url) {
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            throw new DiplographException("not a URL: '" + url + "'", e);
        }
        if (uri.getScheme() == null || uri.getRawAuthority() == null || uri.getPath() == null) {
            throw new DiplographException("not an http URL of a dataset: '" + url + "'");
        }
        String[] parts = uri.getPath().replaceAll("^/+|/+$", "").split("/");
        if (parts.length == 0 || parts[0].isEmpty()) throw new DiplographException("no dataset in the URL '" + url + "'");
        // /diplo, /diplo/query, /diplo/sparql: the dataset is the segment before the service, if any
        String dataset = parts.length == 1 ? parts[0] : parts[parts.length - 2];
        String base = uri.getPath().substring(0, uri.getPath().lastIndexOf("/" + dataset) + 1);
        return new ConsoleLink(uri.getScheme() + "://" + uri.getRawAuthority() + base, dataset);
    }

    /** The link opening {@code queryText} in the console's query page of the dataset. */
    public String to(String queryText) {
        return consoleUrl + "#/dataset/" + dataset + "/query?query="
                + URLEncoder.encode(queryText, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
