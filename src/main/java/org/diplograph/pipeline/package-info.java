/**
 * The ingest pipeline: it drives the stages of the data flow for each article, in order,
 * read ({@code article}) → extract → resolve → map ({@code rdf}) → store, and keeps the summary
 * ({@code summary}) current at each write.
 *
 * <p>{@link org.diplograph.pipeline.Ingest} reads inputs, splits each page once and hands the page
 * to the extractor, maps the facts, checks the shapes and writes each article's graph through the
 * store's {@link org.diplograph.store.ArticleSink}, whose observer (the summary's
 * {@link org.diplograph.summary.SummaryObserver}, the only summary class the pipeline's writes use)
 * keeps the counts and duplicate links current in the same transaction;
 * {@link org.diplograph.pipeline.Removal} takes articles out the same way, and {@link org.diplograph.pipeline.Watcher} feeds a served
 * dataset from a folder. The editors' corrections ({@link org.diplograph.pipeline.Curation}) and the
 * telling apart of homonyms ({@link org.diplograph.pipeline.Homonyms}) live here because they act at
 * each article write, inside its transaction: an article graph is replaced whole, so what they do
 * must be done again every time it is written.
 *
 * <p>The pipeline may import every stage; no stage imports it, nor what sits on top of it (the
 * server, the command line).
 */
package org.diplograph.pipeline;
