package org.diplograph.pipeline;

import java.util.List;
import java.util.function.Consumer;
import org.diplograph.store.Store;
import org.diplograph.summary.SummaryObserver;

/**
 * What is derived from the article graphs as a whole once they were loaded by other means than the
 * transactional writes that keep it current (a bulk load, {@code recount}): each step reads the whole
 * dataset in grouped passes and writes what it derives in transactions of its own.
 *
 * <p>The steps, in order: the summary graph's counts and rows and the planner's statistics
 * ({@link SummaryObserver#countAll}). Anything else kept in step with the writes through an
 * {@link org.diplograph.store.ArticleObserver} (a full-text index) is built again here too, since a
 * bulk load tells no observer: add its rebuild to {@link #STEPS}.
 */
public final class AfterLoad {
    /** The steps, run in this order. */
    static final List<Consumer<Store>> STEPS = List.of(SummaryObserver::countAll);

    private AfterLoad() {}

    /** Runs every step on {@code store}. */
    public static void run(Store store) {
        for (Consumer<Store> step : STEPS) step.accept(store);
    }
}
