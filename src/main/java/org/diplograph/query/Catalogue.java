package org.diplograph.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.jena.shared.PrefixMapping;
import org.diplograph.DiplographException;

/**
 * The canned queries: every {@code NAME.rq} in the folder {@code queries/}, read from the classpath
 * (the build copies the project's {@code queries/} there, so the jar carries them) or from a folder.
 *
 * <p>All files are read and checked when the catalogue is loaded ({@link CannedQuery#parse}); one
 * bad file fails the load with its name, rather than a query failing later in front of a user.
 */
public final class Catalogue {
    /** The classpath folder holding the queries. */
    public static final String RESOURCE_FOLDER = "queries";

    private final Map<String, CannedQuery> queries;

    private Catalogue(Map<String, CannedQuery> queries) {
        this.queries = Collections.unmodifiableMap(new TreeMap<>(queries));
    }

    /** The queries shipped on the classpath under {@code queries/}. */
    public static Catalogue load() {
        URL url = Catalogue.class.getClassLoader().getResource(RESOURCE_FOLDER);
        if (url == null) throw new DiplographException("no '" + RESOURCE_FOLDER + "' folder on the classpath");
        try {
            URI uri = url.toURI();
            if (!"jar".equals(uri.getScheme())) return fromDirectory(Path.of(uri));
            try {
                return fromDirectory(FileSystems.getFileSystem(uri).provider().getPath(uri));
            } catch (FileSystemNotFoundException e) {
                try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
                    return fromDirectory(fs.provider().getPath(uri));
                }
            }
        } catch (URISyntaxException | IOException e) {
            throw new DiplographException("cannot list the canned queries at " + url, e);
        }
    }

    /** The queries in {@code dir} (files ending in {@code .rq}). */
    public static Catalogue fromDirectory(Path dir) {
        Map<String, CannedQuery> found = new TreeMap<>();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.filter(p -> p.getFileName().toString().endsWith(".rq")).forEach(files::add);
        } catch (IOException e) {
            throw new DiplographException("cannot list the canned queries in " + dir, e);
        }
        for (Path f : files) {
            String file = f.getFileName().toString();
            String name = file.substring(0, file.length() - ".rq".length());
            try {
                found.put(name, CannedQuery.parse(name, Files.readString(f, StandardCharsets.UTF_8)));
            } catch (IOException | UncheckedIOException e) {
                throw new DiplographException("cannot read canned query " + file, e);
            }
        }
        return new Catalogue(found);
    }

    /** The queries, sorted by name. */
    public List<CannedQuery> list() {
        return List.copyOf(queries.values());
    }

    /**
     * The prefixes the canned queries declare, with {@code id:} for the graph's resources and the
     * usual {@code rdf:} and {@code xsd:}: those the console offers and the {@code sparql} command
     * adds to a query that does not declare them. A name two queries bind differently keeps the
     * first binding, by query name.
     */
    public PrefixMapping prefixes() {
        PrefixMapping out = PrefixMapping.Factory.create();
        for (CannedQuery q : queries.values()) {
            q.prefixes().getNsPrefixMap().forEach((name, iri) -> {
                if (out.getNsPrefixURI(name) == null) out.setNsPrefix(name, iri);
            });
        }
        for (String usual : List.of("rdf", "xsd")) {
            if (out.getNsPrefixURI(usual) == null) out.setNsPrefix(usual, org.diplograph.rdf.Vocab.prefixes().getNsPrefixURI(usual));
        }
        return out.lock();
    }

    /** The query called {@code name}, if there is one. */
    public Optional<CannedQuery> find(String name) {
        return Optional.ofNullable(queries.get(name));
    }

    /**
     * The query called {@code name}.
     *
     * @throws DiplographException listing the known names when there is none
     */
    public CannedQuery get(String name) {
        return find(name).orElseThrow(() -> new DiplographException("no canned query '" + name
                + "' (known: " + String.join(", ", queries.keySet()) + ")"));
    }
}
