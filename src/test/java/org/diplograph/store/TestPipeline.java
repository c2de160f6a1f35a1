package org.diplograph.store;

/**
 * The mapper that the store and server tests load the seeds with.
 *
 * <p>Until the real mapper and ontology are part of the build, tests state the seeds' facts from a
 * hand-written fixture ({@link FixtureMapper}). To run every store and server test on the real
 * pipeline, make {@link #mapper()} return {@code ArticleMapper.standard()}.
 */
final class TestPipeline {
    private TestPipeline() {}

    static ArticleMapper mapper() {
        return new FixtureMapper();
    }
}
