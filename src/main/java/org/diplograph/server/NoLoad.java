package org.diplograph.server;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_Update;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateException;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.apache.jena.web.HttpSC;
import org.diplograph.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.diplograph.pipeline.Curation;

/**
 * Fuseki's SPARQL Update operation without {@code LOAD}: an update request that holds a
 * {@code LOAD} is refused whole, with 403, before anything runs.
 *
 * <p>{@code LOAD <url>} makes the server itself read the URL: {@code file:} reads the server's own
 * files (issue 15: an editor's update read local files, and the parser's error echoed their first
 * words), {@code http:} reaches whatever the server's network reaches. Over HTTP there is no need
 * for either: whoever can send an update can send the data itself to the graph store endpoint
 * ({@code PUT}/{@code POST /diplo/data}), and {@code import} reads files on the operator's own
 * command line. So LOAD is refused for every URL, whatever {@code --service-host} allows for
 * SERVICE: one rule, with no list of fetchable hosts to keep right. Updates run in this process on
 * the store (none uses LOAD) are not affected.
 *
 * <p>The request is read and parsed once here to look for LOAD, then handed to Fuseki as received;
 * a request that does not parse is handed on unchanged, so Fuseki reports the syntax error as
 * usual. Both parses stop at the request's deadline (the query timeout from its arrival, as for a
 * query, {@link BudgetedQuery}): a long update is answered 503 instead of keeping a thread for
 * minutes. A body stopped by {@link BodyLimit} is answered 413.
 *
 * <p>After an update commits, the records of the curation graph are applied to the article graphs
 * ({@link Curation#sync}): an editor corrects a fact by {@code INSERT DATA} of a record into
 * {@code id:graph/curation}, and the record gets the authenticated user as {@code dip:correctedBy}
 * and the time as {@code prov:generatedAtTime} when it does not say them.
 */
final class NoLoad extends SPARQL_Update {
    private static final Logger LOG = LoggerFactory.getLogger(NoLoad.class);

    private final Store store;

    /** Updates of {@code store}, whose corrections are applied after each update ({@link Curation#sync}). */
    NoLoad(Store store) {
        this.store = store;
    }

    @Override
    protected void execute(HttpAction action, InputStream input) {
        // the update's time, counted from its arrival as a query's is (BudgetedQuery): its parses stop at the deadline
        long deadline = BudgetedQuery.deadline(action);
        byte[] body;
        try {
            body = input.readAllBytes();
        } catch (IOException e) {
            if (BodyLimit.tooLarge(e)) ServletOps.error(HttpSC.PAYLOAD_TOO_LARGE_413, "update request too large");
            ServletOps.errorBadRequest("cannot read the update request");
            return;
        }
        if (holdsLoad(action, body, deadline)) {
            LOG.warn("[{}] Refused an update with LOAD: the server fetches nothing for a request", action.id);
            ServletOps.errorForbidden("LOAD is disabled on this server: send the data itself to the graph store"
                    + " endpoint (PUT or POST " + DiplographServer.DATASET + "/data?graph=...) instead");
        }
        // parsed again by Fuseki, within what is left of the same deadline
        super.execute(action, BudgetedQuery.deadlined(new ByteArrayInputStream(body), deadline));
        // committed: the corrections an editor inserted into the curation graph reach the article graphs
        // before the answer leaves, in a transaction of their own, who and when filled in from the request
        try {
            Curation.sync(store, action.getUser());
        } catch (RuntimeException e) {
            LOG.error("[{}] The update committed, but its corrections could not be applied: {}", action.id, e.getMessage(), e);
            ServletOps.errorOccurred("the update was committed, but its corrections could not be applied (see the server's log)");
        }
    }

    /** Whether the update holds LOAD; 503 when it cannot be parsed within its deadline. */
    private static boolean holdsLoad(HttpAction action, byte[] body, long deadline) {
        UpdateRequest request;
        try {
            request = UpdateFactory.read(BudgetedQuery.deadlined(new ByteArrayInputStream(body), deadline),
                    Fuseki.BaseParserSPARQL, Syntax.syntaxARQ);
        } catch (QueryException | UpdateException e) {
            if (BudgetedQuery.expired(e)) {
                LOG.warn("[{}] Update not parsed within its time, stopped", action.id);
                ServletOps.error(HttpSC.SERVICE_UNAVAILABLE_503, "Update timed out");
            }
            return false;
        }
        for (Update u : request) {
            if (u instanceof UpdateLoad) return true;
        }
        return false;
    }
}
