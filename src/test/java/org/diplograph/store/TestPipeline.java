package org.diplograph.store;

/** The mapper that the store and server tests load the seeds with: the project's own. */
final class TestPipeline {
    private TestPipeline() {}

    static ArticleMapper mapper() {
        return ArticleMapper.standard();
    }
}
