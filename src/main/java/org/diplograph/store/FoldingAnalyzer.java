package org.diplograph.store;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * The words of the text index: Unicode word boundaries, French elisions taken off ({@code l'Inde} is
 * the word {@code inde}), lower case, and diacritics folded to ASCII, so that {@code Hanoi} finds
 * {@code Hanoï} and {@code Nguyen} finds {@code Nguyễn}: the wires spell a name with and without its
 * accents, and an analyst types it either way. No stemming: most searches are for names, which a
 * French stemmer would cut ({@code Nguyen} and {@code Nguy} are not the same person).
 *
 * <p>The same analysis serves the index and the queries; {@link #normalize} applies the filters
 * that work on single terms, so that the prefix and fuzzy terms of a query ({@code nguy*},
 * {@code Nguyên~1}) are folded as the indexed words were.
 */
final class FoldingAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String field) {
        StandardTokenizer words = new StandardTokenizer();
        TokenStream out = new ElisionFilter(words, FrenchAnalyzer.DEFAULT_ARTICLES);
        out = new LowerCaseFilter(out);
        out = new ASCIIFoldingFilter(out);
        return new TokenStreamComponents(words, out);
    }

    @Override
    protected TokenStream normalize(String field, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
}
