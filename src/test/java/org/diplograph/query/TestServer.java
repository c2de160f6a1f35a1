package org.diplograph.query;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;

/** A real Fuseki server on a free loopback port serving a dataset as {@code /diplo}, for endpoint tests. */
public final class TestServer implements AutoCloseable {
    private final FusekiServer server;

    private TestServer(FusekiServer server) {
        this.server = server;
    }

    public static TestServer start(DatasetGraph dsg) {
        return new TestServer(FusekiServer.create().loopback(true).port(0).enablePing(true)
                .add("/diplo", dsg).build().start());
    }

    /** The dataset URL, as a server record holds it: {@code http://127.0.0.1:PORT/diplo}. */
    public String datasetUrl() {
        return "http://127.0.0.1:" + server.getPort() + "/diplo";
    }

    /** The SPARQL query endpoint. */
    public String queryUrl() {
        return datasetUrl() + "/query";
    }

    @Override
    public void close() {
        server.stop();
    }
}
