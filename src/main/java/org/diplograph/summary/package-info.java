/**
 * The counts kept at ingest in the summary graph ({@code id:graph/summary}): per bilateral relation,
 * country and ministry, per source and month, each office holder's offices by country and date, and
 * the duplicate links between stories, so that the canned queries read rows by index instead of
 * grouping the whole graph.
 *
 * <p>They are derived data: {@link org.diplograph.summary.SummaryObserver}, the observer of the
 * store's article sink, keeps them current in the transaction that changes the articles (through
 * {@link org.diplograph.summary.SummaryUpdate}), from the keys each change leaves and joins; {@link org.diplograph.summary.PendingCounts} counts what a
 * load put off to its end (a step every command runs after opening a dataset), and
 * {@link org.diplograph.summary.SummaryRebuild} counts everything again from the article graphs.
 * The duplicate links ({@link org.diplograph.summary.Duplicates}) are found through the bands of
 * each fingerprint kept beside them ({@link org.diplograph.summary.Bands}, or in memory,
 * {@link org.diplograph.summary.CopyIndex}); what makes two stories copies (their
 * {@link org.diplograph.resolve.Fingerprint}s' similarity) is {@code resolve}'s.
 * This package sits after the store in the flow: it may use the store, never the pipeline.
 */
package org.diplograph.summary;
