package org.diplograph.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.sparql.util.NodeFactoryExtra;
import org.apache.jena.update.UpdateRequest;
import org.apache.jena.vocabulary.XSD;
import org.diplograph.DiplographException;
import org.diplograph.export.Corrections;
import org.diplograph.query.ParamType;
import org.diplograph.query.QueryRunner;
import org.diplograph.rdf.DIP;
import org.diplograph.rdf.PropertyRanges;
import org.diplograph.rdf.Vocab;
import org.diplograph.pipeline.Curation;
import org.diplograph.server.IngestClient;
import org.diplograph.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * {@code correct}, {@code retract} and {@code corrections}: an editor's corrections of the graph,
 * kept in the curation graph and applied to every article graph each time one is written
 * ({@link Curation}), so they outlast re-extraction and re-ingest.
 *
 * <p>Terms are typed as the tables print them and parsed into RDF terms, never pasted into query
 * text: an IRI as {@code id:…}, {@code dip:…} (any prefix of ontology/MODEL.md), {@code <…>} or a whole
 * {@code http(s)} IRI; a value by the range the ontology gives the property (a country code or IRI
 * for {@code dip:servesCountry}, a number for an {@code xsd:decimal}, ...), or in full as an RDF
 * literal ({@code "Tokyo"@fr}, {@code "3"^^xsd:integer}). On the data folder, plain text takes the
 * language or datatype of the values the articles state of the same subject and property.
 */
final class CurationCommands {
    private CurationCommands() {}

    /** Registers the three commands. */
    static void addTo(CommandLine cl) {
        cl.addSubcommand(new Correct());
        cl.addSubcommand(new Retract());
        cl.addSubcommand(new Listing());
    }

    /** An IRI as the tables print it; one line saying what was expected otherwise. */
    static Node iri(String what, String text) {
        try {
            return ParamType.IRI.parse(text, Vocab.prefixes());
        } catch (IllegalArgumentException e) {
            throw new DiplographException(what + " " + e.getMessage());
        }
    }

    /** A value of {@code property}: an RDF literal typed in full, an IRI, or text read by the property's range. */
    static Node value(Node property, String text) {
        String t = text.strip();
        if (t.startsWith("\"") || t.startsWith("'")) {
            try {
                return NodeFactoryExtra.parseNode(t, PrefixMapFactory.create(Vocab.prefixes()));
            } catch (RuntimeException e) {
                throw new DiplographException("value " + text + " is not an RDF literal (such as \"Tokyo\"@fr or \"3\"^^xsd:integer)");
            }
        }
        if (t.startsWith("<")) return iri("value", t);
        Optional<Node> range = PropertyRanges.range(property);
        if (range.isPresent() && range.get().getURI().startsWith(XSD.NS)) {
            String r = range.get().getURI();
            if (r.equals(XSD.xstring.getURI())) return NodeFactory.createLiteralString(text);
            RDFDatatype type = TypeMapper.getInstance().getSafeTypeByName(r);
            if (!type.isValid(t)) throw new DiplographException("value '" + text + "' is not an " + Vocab.prefixes().shortForm(r)
                    + ", the range of " + Vocab.shortForm(property));
            return NodeFactory.createLiteralDT(t, type);
        }
        try {
            if (range.isPresent() && range.get().equals(DIP.Country)) return ParamType.COUNTRY.parse(t, Vocab.prefixes());
            if (range.isPresent()) return ParamType.IRI.parse(t, Vocab.prefixes());
        } catch (IllegalArgumentException e) {
            throw new DiplographException("value of " + Vocab.shortForm(property) + " " + e.getMessage());
        }
        // no range known: a name with a known prefix or a whole IRI is an IRI, anything else text
        int colon = t.indexOf(':');
        boolean named = colon > 0 && Vocab.prefixes().getNsPrefixURI(t.substring(0, colon)) != null && !t.contains(" ");
        if (named || t.matches("(?i)https?://\\S+")) return iri("value", t);
        return NodeFactory.createLiteralString(text);
    }

    /** What {@code correct} and {@code retract} share: the target folder or server, who and why. */
    abstract static class Making extends StoreCommand {
        @Mixin
        ServerTarget server;

        @Option(names = "--by", paramLabel = "NAME",
                description = "Who makes it (default: the user running the command). Through --endpoint the server"
                        + " records the user of the password file instead.")
        String by;

        @Option(names = "--note", paramLabel = "TEXT", description = "Why, in a few words; shown by explain and corrections.")
        String note;

        @Override
        boolean usesFolder() {
            return !server.given();
        }

        /** Records {@code change}, on the folder or through the server, and says what it did. */
        int make(Curation.Change change) {
            Optional<IngestClient> client = server.client();
            if (client.isPresent()) return send(client.get(), change);
            if (!Store.exists(db)) {
                err().println("diplograph: no dataset at " + db);
                return SOME_INPUTS_FAILED;
            }
            try (Store store = OpenDataset.open(db)) {
                Curation.Recorded r = Curation.record(store, change);
                Corrections.Entry shown = entry(r.change());
                out().println((r.added() ? "Recorded " : "Already recorded, nothing changed: ") + Vocab.shortForm(r.change().id()));
                out().println("    " + shown.change());
                if (r.added()) out().println("    " + r.articles() + (r.articles() == 1 ? " article" : " articles") + " changed");
                out().flush();
                return OK;
            }
        }

        /**
         * Through a server: checked as on the folder, then sent as {@code INSERT DATA} of the record
         * into the curation graph; the server applies it before it answers and records its user as
         * who made it.
         */
        private int send(IngestClient client, Curation.Change change) {
            if (by != null) {
                throw new ParameterException(spec.commandLine(), "--by works on the data folder: a server records the user of"
                        + " the password file as who made the correction");
            }
            QueryRunner runner = QueryRunner.remote(client.queryUrl());
            String refused = Curation.refusal((q, b) -> {
                java.util.Map<org.apache.jena.sparql.core.Var, Node> values = new java.util.HashMap<>();
                b.forEach(values::put);
                return runner.ask(QueryTransformOps.transform(q, values));
            }, change);
            if (refused != null) throw new DiplographException(refused);
            QuadDataAcc data = new QuadDataAcc();
            change.quads().forEach(data::addQuad);
            client.update(new UpdateRequest(new UpdateDataInsert(data)).toString());
            out().println("Sent " + Vocab.shortForm(change.id()) + " to " + server.endpoint);
            out().println("    " + entry(change).change());
            out().flush();
            return OK;
        }

        String who() {
            return by != null ? by : System.getProperty("user.name", "unknown");
        }
    }

    private static Corrections.Entry entry(Curation.Change c) {
        return new Corrections.Entry(c.id(), c.kind() == Curation.Kind.CORRECTION ? "corrected" : "retracted", c.subject(),
                c.property(), c.oldValue(), c.newValue(), c.by(), c.when(), c.note(), java.util.List.of());
    }

    /** {@code correct SUBJECT PROPERTY NEWVALUE [--old VALUE]}. */
    @Command(name = "correct", mixinStandardHelpOptions = true,
            description = {"Correct a value the articles state: SUBJECT PROPERTY takes NEWVALUE in every article that"
                    + " states it (only where it is OLD, with --old). The correction is kept in the curation graph and"
                    + " applied again each time an article is read, so it outlasts --reextract and re-ingest.",
                    "Exit status: 0 recorded (or already), 1 refused, with the reason."})
    static final class Correct extends Making {
        @Parameters(index = "0", paramLabel = "SUBJECT", description = "the node, as the tables print it: id:person/…, <https://…>")
        String subject;

        @Parameters(index = "1", paramLabel = "PROPERTY", description = "a property: dip:servesCountry, rdfs:label, …")
        String property;

        @Parameters(index = "2", paramLabel = "NEWVALUE",
                description = "the right value: an IRI (id:country/FR, or FR for a country), text, a number, or a literal in full (\"…\"@fr)")
        String newValue;

        @Option(names = "--old", paramLabel = "VALUE", description = "replace this value only (default: every value of the property)")
        String old;

        @Override
        int run() {
            Node p = iri("property", property);
            return make(Curation.Change.of(Curation.Kind.CORRECTION, iri("subject", subject), p, old == null ? null : value(p, old),
                    value(p, newValue), server.given() ? null : who(), note));
        }
    }

    /** {@code retract SUBJECT [PROPERTY [VALUE]]}, or {@code retract --undo ID}. */
    @Command(name = "retract", mixinStandardHelpOptions = true,
            description = {"Retract what the articles state: a whole node (an event, an agreement: SUBJECT alone), every"
                    + " value of a property, or one value, from every article that states it; kept in the curation graph"
                    + " and applied again each time an article is read. --undo ID takes back any correction or"
                    + " retraction: the articles it changed are read again from their stored text.",
                    "Exit status: 0 done, 1 refused, with the reason, or no such correction."})
    static final class Retract extends Making {
        @Parameters(index = "0", arity = "0..1", paramLabel = "SUBJECT", description = "the node, as the tables print it")
        String subject;

        @Parameters(index = "1", arity = "0..1", paramLabel = "PROPERTY", description = "only this property of it")
        String property;

        @Parameters(index = "2", arity = "0..1", paramLabel = "VALUE", description = "only this value of the property")
        String value;

        @Option(names = "--undo", paramLabel = "ID", description = "take back the correction or retraction ID (id:correction/…), on the data folder")
        String undo;

        @Override
        int run() {
            if ((undo == null) == (subject == null)) throw new ParameterException(spec.commandLine(), "give SUBJECT [PROPERTY [VALUE]], or --undo ID alone");
            if (undo != null) return undo();
            Node p = property == null ? null : iri("property", property);
            return make(Curation.Change.of(Curation.Kind.RETRACTION, iri("subject", subject), p,
                    value == null ? null : value(p, value), null, server.given() ? null : who(), note));
        }

        private int undo() {
            if (server.given()) throw new ParameterException(spec.commandLine(), "--undo works on the data folder, not through --endpoint");
            if (!Store.exists(db)) {
                err().println("diplograph: no dataset at " + db);
                return SOME_INPUTS_FAILED;
            }
            try (Store store = OpenDataset.open(db)) {
                Optional<Curation.Change> undone = Curation.undo(store, undo);
                if (undone.isEmpty()) {
                    err().println("diplograph: no correction " + undo + " in " + db);
                    return SOME_INPUTS_FAILED;
                }
                out().println("Took back " + Vocab.shortForm(undone.get().id()) + "; read again "
                        + undone.get().appliedTo().size() + (undone.get().appliedTo().size() == 1 ? " article" : " articles"));
                out().flush();
                return OK;
            }
        }
    }

    /** {@code corrections [--db DIR | --endpoint URL]}. */
    @Command(name = "corrections", mixinStandardHelpOptions = true,
            description = {"List the corrections and retractions, oldest first: what each changes, who made it, when,"
                    + " why, and the articles it changes now.", "Exit status: 0 listed, 1 the graph could not be read."})
    static final class Listing implements Callable<Integer> {
        @Mixin
        GraphSource source;

        @Override
        public Integer call() {
            return source.report(() -> source.run(runner -> Corrections.text(Corrections.all(runner))));
        }
    }
}
