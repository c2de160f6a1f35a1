package org.diplograph.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.diplograph.article.Page;
import org.diplograph.article.PageSplitter;
import org.diplograph.article.SourceReader;
import org.diplograph.corpus.Corpus;
import org.diplograph.extract.Facts;
import org.diplograph.rdf.ArticleMapper;
import org.diplograph.rdf.GraphCollector;
import org.diplograph.rdf.ReferenceTables;
import org.diplograph.resolve.Fingerprint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The keys an article joins, taken from its facts ({@link SummaryKeys#ofFacts}), are those the
 * standard mapper's quads of the same facts name ({@link SummaryKeys#in}), for every article (every
 * teaser too) of the seeds, the development set and a generated corpus: the ingest may then count
 * what an article joins without a pass over its quads.
 */
class KeysFromFactsTest {
    @TempDir Path tmp;

    private final Function<Page, Facts.Article> extractor = ReferenceTables.load().extractor()::extract;
    private final ArticleMapper mapper = ArticleMapper.standard();

    @Test
    void theSeedsJoinTheKeysTheirQuadsName() {
        assertTrue(check(Path.of("seeds")) > 10);
    }

    @Test
    void theDevelopmentSetJoinsTheKeysItsQuadsName() {
        assertTrue(check(Path.of("src/test/resources/devset/pages")) > 10);
    }

    @Test
    void aGeneratedCorpusJoinsTheKeysItsQuadsName() {
        Corpus.Written w = Corpus.create().seed(2024).count(300).build().write(tmp.resolve("corpus"));
        Corpus.Written html = Corpus.create().seed(17).count(50).html(true).build().write(tmp.resolve("html"));
        assertTrue(check(w.pages()) > 900);
        assertTrue(check(html.pages()) > 150);
    }

    /** Compares the keys of every article read under {@code input}; returns how many there were, keys or not. */
    private int check(Path input) {
        SourceReader reader = new SourceReader((origin, message) -> { throw new AssertionError(origin + ": " + message); });
        List<String> differing = new ArrayList<>();
        int[] articles = new int[1];
        Set<Node> all = new HashSet<>();
        for (SourceReader.Input in : reader.inputs(List.of(input.toString()))) {
            reader.read(in.file(), doc -> {
                for (Page page : PageSplitter.withTeasers(PageSplitter.split(doc))) {
                    Facts.Article facts = Fingerprint.fingerprinted(extractor.apply(page));
                    GraphCollector out = new GraphCollector(mapper.graphFor(page.source().key()));
                    mapper.map(facts, in.name(), "hash", out);
                    List<Quad> quads = out.quads();
                    Set<Node> fromQuads = SummaryKeys.in(quads.iterator());
                    Set<Node> fromFacts = SummaryKeys.ofFacts(facts);
                    if (!fromQuads.equals(fromFacts)) {
                        differing.add(page.source().origin() + ": quads " + fromQuads + ", facts " + fromFacts);
                    }
                    all.addAll(fromQuads);
                    articles[0]++;
                }
            });
        }
        assertEquals(List.of(), differing, differing.size() + " of " + articles[0] + " articles");
        assertTrue(all.stream().anyMatch(k -> k.getURI().startsWith(SummaryKeys.RELATIONS)), "some relation among " + all);
        return articles[0];
    }
}
