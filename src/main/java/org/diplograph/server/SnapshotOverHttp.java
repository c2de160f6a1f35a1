package org.diplograph.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.servlets.BaseActionREST;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.diplograph.DiplographException;
import org.diplograph.extract.Extractor;
import org.diplograph.rdf.Vocab;
import org.diplograph.store.Store;
import org.diplograph.store.StoreSnapshot;

/**
 * The server side of {@code snapshot --endpoint}: {@code POST /diplo/snapshot?name=NAME} writes a
 * snapshot of the served dataset ({@link StoreSnapshot}) into the data folder's {@code snapshots/NAME},
 * while the server goes on answering queries and taking articles.
 *
 * <p>It exists only with updates enabled, behind the same password (the password
 * file's users): anyone else gets 401. {@code NAME} is a letter or digit followed by at most 63
 * letters, digits, dots, dashes or underscores (so it names one folder and no other place), else 400;
 * a name already taken is 409; snapshots are written one at a time. The answer is JSON with
 * the name and what the manifest says ({@code articles}, {@code quads}, {@code files}, {@code bytes},
 * {@code created}), never the server's folders.
 */
final class SnapshotOverHttp extends BaseActionREST {
    static final Operation OPERATION = Operation.alloc(Vocab.ID + "operation/snapshot", "diplograph-snapshot",
            "Write a snapshot of the dataset under the data folder");
    /** The folder, inside the data folder, that holds the snapshots the server writes. */
    static final String FOLDER = "snapshots";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private final Store store;
    private final Object writing = new Object();

    SnapshotOverHttp(Store store) {
        this.store = store;
    }

    /** Why {@code name} cannot name a snapshot, or null when it can. */
    static String refusal(String name) {
        if (name == null || name.isEmpty()) return "give ?name=NAME";
        if (!NAME.matcher(name).matches()) {
            return "a snapshot's name is a letter or digit then at most 63 letters, digits, '.', '-' or '_'";
        }
        return null;
    }

    @Override
    public void validate(HttpAction action) {
        if (!"POST".equals(action.getRequestMethod())) ServletOps.errorMethodNotAllowed(action.getRequestMethod());
        String refused = refusal(action.getRequestParameter("name"));
        if (refused != null) ServletOps.errorBadRequest(refused);
    }

    @Override
    protected void doPost(HttpAction action) {
        String name = action.getRequestParameter("name");
        Path target = store.folder().resolve(FOLDER).resolve(name);
        StoreSnapshot.Result r;
        synchronized (writing) {
            if (Files.exists(target)) {
                ServletOps.error(409, "a snapshot named \"" + name + "\" exists already");
                return;
            }
            try {
                r = StoreSnapshot.write(store, target, Extractor.VERSION);
            } catch (DiplographException e) {
                action.log.error("snapshot {}: {}", name, e.getMessage(), e);
                ServletOps.errorOccurred("the snapshot \"" + name + "\" could not be written (see the server's log)");
                return;
            }
        }
        ObjectMapper json = new ObjectMapper();
        try {
            byte[] body = json.writeValueAsBytes(json.createObjectNode().put("name", name)
                    .put("articles", r.manifest().articles()).put("quads", r.manifest().quads())
                    .put("files", r.manifest().files().size()).put("bytes", r.bytes()).put("created", r.manifest().created()));
            action.setResponseStatus(200);
            action.setResponseContentType("application/json");
            action.getResponseOutputStream().write(body);
        } catch (IOException e) {
            ServletOps.errorOccurred(e);
        }
    }
}
