package org.diplograph.store;

import org.diplograph.rdf.ArticleMapper;

/** The mapper that the store and server tests load the seeds with: the project's own. */
public final class TestPipeline {
    private TestPipeline() {}

    public static ArticleMapper mapper() {
        return ArticleMapper.standard();
    }
}
