package org.diplograph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.diplograph.query.CannedQuery;
import org.diplograph.query.Catalogue;
import org.diplograph.query.Params;
import org.diplograph.query.QueryRunner;
import org.diplograph.query.ResultTable;
import org.diplograph.rdf.Terms;
import org.diplograph.store.Store;
import org.diplograph.store.TestPipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The full-text index on a real TDB2 dataset: the seeds ingested, the canned queries that read it
 * ({@code mentions}, {@code find}, {@code name-like}) answer with and without diacritics, and it
 * follows a changed article, a removal and a re-extraction, and a rebuild gives the same hits.
 *
 * <p>What each search should find is asked of the dataset itself, by a regular expression over the
 * stored text (the oracle), not written down from the index's own answers.
 */
class TextSearchTest {
    private static final Catalogue CATALOGUE = Catalogue.load();

    @TempDir Path tmp;

    @Test
    void findsWordsWithAndWithoutDiacriticsAndFollowsEveryWrite() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            for (Path f : seeds.toList()) Files.copy(f, in.resolve(f.getFileName()));
        }
        try (Store store = Store.open(tmp.resolve("data"))) {
            Ingest.create().store(store).mapper(TestPipeline.mapper()).build().run(List.of(in.toString()));
            assertTrue(Files.isDirectory(tmp.resolve("data/text")), "the index lives beside the database");

            // a word the seeds write with its diacritic, typed three ways
            Set<String> hanoi = oracle(store, "\\\\bhano[iï]\\\\b");
            assertFalse(hanoi.isEmpty(), "the seeds name Hanoï");
            for (String typed : List.of("hanoi", "Hanoï", "HANOI", "d’Hanoï", "l'hanoi")) assertEquals(hanoi, mentions(store, typed, List.of()), typed);

            // a thing an article names with diacritics, found by the name typed without them
            Binding person = QueryRunner.local(store.dataset()).select(QueryFactory.create(Terms.PREFIXES
                    + "SELECT ?p ?name { GRAPH ?g { ?p rdfs:label ?name } ?p a ?type"
                    + " FILTER(?type IN (dip:Person, dip:Place, dip:Country, dip:Ministry) && REGEX(?name, \"[À-ỹ]\")"
                    + " && STRSTARTS(STR(?g), \"" + Terms.ARTICLE_GRAPHS + "\")) } ORDER BY ?p ?name LIMIT 1"))
                    .rows().get(0);
            String name = person.get("name").getLiteralLexicalForm();
            String folded = fold(name);
            assertFalse(folded.equals(name));
            String iri = person.get("p").getURI();
            assertTrue(column(store, "find", "text=" + folded).contains(iri), folded + " finds " + name);
            // each thing found has a name or headline holding every word typed, as the start of a word
            for (String found : column(store, "find", "text=" + folded)) {
                assertTrue(stated(store, found).stream().anyMatch(n -> holdsWordStarts(n, folded)), found + " for " + folded);
            }
            assertTrue(column(store, "name-like", "text=" + swapped(folded)).contains(iri),
                    swapped(folded) + " looks like " + name);
            assertTrue(column(store, "name-like", "text=" + folded).contains(iri));

            // a dated range leaves out what is published outside it
            Set<String> before2000 = mentions(store, "hanoi", List.of("to=1999-12-31"));
            assertEquals(Set.of(), before2000, "no seed is older than 2000");

            // a changed article: its new word found, its old text gone
            Path changed = firstHolding(in, "Hanoï");
            Files.writeString(changed, Files.readString(changed, StandardCharsets.UTF_8).replaceAll("(?i)hano[iï]", "Zanzibar"),
                    StandardCharsets.UTF_8);
            Ingest.create().store(store).mapper(TestPipeline.mapper()).build().run(List.of(in.toString()));
            Set<String> zanzibar = mentions(store, "zanzibar", List.of());
            assertEquals(oracle(store, "\\\\bzanzibar\\\\b"), zanzibar);
            assertEquals(1, zanzibar.size(), zanzibar.toString());
            Set<String> hanoiNow = oracle(store, "\\\\bhano[iï]\\\\b");
            assertEquals(hanoiNow, mentions(store, "hanoi", List.of()));
            assertFalse(hanoiNow.containsAll(zanzibar));

            // re-extraction writes every article again: the same hits
            Set<String> people = column(store, "find", "text=" + folded);
            Ingest.create().store(store).mapper(TestPipeline.mapper()).build().reextract();
            assertEquals(zanzibar, mentions(store, "zanzibar", List.of()));
            assertEquals(hanoiNow, mentions(store, "hanoi", List.of()));
            assertEquals(people, column(store, "find", "text=" + folded));

            // a rebuild from the dataset: the same documents, and so the same hits
            Map<String, Integer> kept = documents(tmp.resolve("data/text"));
            store.text().rebuild();
            assertEquals(kept, documents(tmp.resolve("data/text")), "the writes kept what a rebuild makes");
            assertEquals(zanzibar, mentions(store, "zanzibar", List.of()));
            assertEquals(hanoiNow, mentions(store, "hanoi", List.of()));
            assertEquals(people, column(store, "find", "text=" + folded));
            assertTrue(column(store, "name-like", "text=" + swapped(folded)).contains(iri));

            // an editor's correction of a name, made in the article graphs in place: the new name is found
            Curation.Recorded corrected = Curation.correct(store, person.get("p"), org.apache.jena.vocabulary.RDFS.label.asNode(),
                    org.apache.jena.graph.NodeFactory.createLiteralString("Zorglub Quintana"), person.get("name"), "editor", "test");
            assertTrue(corrected.articles() > 0, "corrected where it is stated");
            assertEquals(Set.of(iri), column(store, "find", "text=zorglub quint"));

            // a removal takes the article out of the index
            String key = zanzibar.iterator().next().substring(zanzibar.iterator().next().lastIndexOf('/') + 1);
            assertTrue(Removal.create().store(store).build().remove(key));
            assertEquals(Set.of(), mentions(store, "zanzibar", List.of()));
            assertEquals(oracle(store, "\\\\bhano[iï]\\\\b"), mentions(store, "hanoi", List.of()));

            // the correction and the removal too kept what a rebuild makes
            kept = documents(tmp.resolve("data/text"));
            store.text().rebuild();
            assertEquals(kept, documents(tmp.resolve("data/text")));
        }

        // opened again, the index is there as it was left (no rebuild needed, none made)
        try (Store store = Store.open(tmp.resolve("data"))) {
            assertEquals(Set.of(), mentions(store, "zanzibar", List.of()));
            assertEquals(oracle(store, "\\\\bhano[iï]\\\\b"), mentions(store, "hanoi", List.of()));
            assertFalse(Files.exists(tmp.resolve("data/text.changing")));
        }
    }

    @Test
    void aFolderWithoutAnIndexGetsOneWhenOpened() throws IOException {
        try (Store store = Store.open(tmp.resolve("data"))) {
            Ingest.create().store(store).mapper(TestPipeline.mapper()).build().run(List.of("seeds"));
        }
        // as a folder of format 1 left it: no index, and the stamp of then
        deleteTree(tmp.resolve("data/text"));
        Files.writeString(tmp.resolve("data/format"), "diplograph data format 1\n");
        try (Store store = Store.open(tmp.resolve("data"))) {
            // the index is the store's to build; the office rows and the new stamp are the command's
            // opening step's (EarlierDataFolderTest)
            assertEquals("diplograph data format 1", Files.readString(tmp.resolve("data/format")).strip());
            Set<String> hanoi = oracle(store, "\\\\bhano[iï]\\\\b");
            assertFalse(hanoi.isEmpty());
            assertEquals(hanoi, mentions(store, "hanoi", List.of()));
        }
        // an index whose commits do not say the shape of their documents (the first build's): built again
        try (FSDirectory dir = FSDirectory.open(tmp.resolve("data/text"));
                IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
            w.deleteAll();
            w.setLiveCommitData(Map.<String, String>of().entrySet());
            w.commit();
        }
        try (Store store = Store.open(tmp.resolve("data"))) {
            assertEquals(oracle(store, "\\\\bhano[iï]\\\\b"), mentions(store, "hanoi", List.of()));
        }
        // a write that reached the dataset and not the index (the process died between the two)
        Files.createFile(tmp.resolve("data/text.changing"));
        try (Store store = Store.open(tmp.resolve("data"))) {
            assertFalse(Files.exists(tmp.resolve("data/text.changing")), "rebuilt on opening");
            assertEquals(oracle(store, "\\\\bhano[iï]\\\\b"), mentions(store, "hanoi", List.of()));
        }
    }

    /** The articles whose headline or text matches {@code regex} (case aside), asked of the dataset. */
    static Set<String> oracle(Store store, String regex) {
        ResultTable t = QueryRunner.local(store.dataset()).select(QueryFactory.create(Terms.PREFIXES
                + "PREFIX schema: <https://schema.org/>\n"
                + "SELECT ?a { ?a a dip:Article ; dip:sourceText ?t OPTIONAL { ?a schema:headline ?h }"
                + " FILTER(REGEX(CONCAT(COALESCE(?h, \"\"), \" \", ?t), \"" + regex + "\", \"i\")) }"));
        Set<String> out = new TreeSet<>();
        for (Binding b : t.rows()) out.add(b.get("a").getURI());
        return out;
    }

    static Set<String> mentions(Store store, String text, List<String> more) {
        List<String> params = new java.util.ArrayList<>(more);
        params.add("text=" + text);
        params.add("limit=10000");
        return column(store, "mentions", params.toArray(String[]::new));
    }

    private static Set<String> column(Store store, String query, String... params) {
        CannedQuery q = CATALOGUE.get(query);
        return column(QueryRunner.local(store.dataset()).run(q, Params.parse(q, List.of(params))), q.returns().get(0));
    }

    static Set<String> column(ResultTable t, String column) {
        Set<String> out = new TreeSet<>();
        for (Binding b : t.rows()) out.add(b.get(column).toString());
        return out;
    }

    /**
     * The documents of the index in {@code folder}, as its last commit holds them: how many live
     * documents each key names (a name's pair key, an article's or a thing's IRI).
     */
    static Map<String, Integer> documents(Path folder) throws IOException {
        Map<String, Integer> out = new TreeMap<>();
        try (FSDirectory dir = FSDirectory.open(folder); DirectoryReader r = DirectoryReader.open(dir)) {
            for (LeafReaderContext leaf : r.leaves()) {
                Bits live = leaf.reader().getLiveDocs();
                for (String field : List.of("pair", "uri")) {
                    org.apache.lucene.index.Terms terms = leaf.reader().terms(field);
                    if (terms == null) continue;
                    TermsEnum te = terms.iterator();
                    for (BytesRef t = te.next(); t != null; t = te.next()) {
                        PostingsEnum docs = te.postings(null, PostingsEnum.NONE);
                        for (int d = docs.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = docs.nextDoc()) {
                            if (live == null || live.get(d)) out.merge(field + " " + t.utf8ToString(), 1, Integer::sum);
                        }
                    }
                }
            }
        }
        return out;
    }

    /** The names and headlines the dataset states of {@code iri}. */
    private static Set<String> stated(Store store, String iri) {
        ResultTable t = QueryRunner.local(store.dataset()).select(QueryFactory.create(Terms.PREFIXES
                + "PREFIX schema: <https://schema.org/>\n"
                + "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
                + "SELECT DISTINCT ?n { <" + iri + "> rdfs:label|skos:altLabel|skos:hiddenLabel|schema:headline ?n }"));
        Set<String> out = new TreeSet<>();
        for (Binding b : t.rows()) out.add(b.get("n").getLiteralLexicalForm());
        return out;
    }

    /** Whether each word of {@code typed} begins a word of {@code name}, case and diacritics aside. */
    private static boolean holdsWordStarts(String name, String typed) {
        String words = " " + fold(name).toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ");
        for (String w : fold(typed).toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty() && !words.contains(" " + w)) return false;
        }
        return true;
    }

    /** {@code text} without its diacritics, as typed on a keyboard without them. */
    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('đ', 'd').replace('Đ', 'D');
    }

    /** The longest word of {@code text} with two letters swapped: a typing slip. */
    static String swapped(String text) {
        String[] words = text.split(" ");
        int longest = 0;
        for (int i = 1; i < words.length; i++) if (words[i].length() > words[longest].length()) longest = i;
        char[] w = words[longest].toCharArray();
        char c = w[1];
        w[1] = w[2];
        w[2] = c;
        words[longest] = new String(w);
        return String.join(" ", words);
    }

    private static Path firstHolding(Path dir, String word) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                if (Files.readString(f, StandardCharsets.UTF_8).contains(word)) return f;
            }
        }
        throw new AssertionError("no seed holds " + word);
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
