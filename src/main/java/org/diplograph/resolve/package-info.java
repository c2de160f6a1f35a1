/**
 * Telling whether two articles tell the same story, from their facts alone: the
 * {@link org.diplograph.resolve.Fingerprint} of a story's text and the similarity of two
 * fingerprints. It uses only {@code extract}: where the links between copies are kept, and how
 * candidates are looked up, is the summary graph's concern ({@code summary.Duplicates}).
 */
package org.diplograph.resolve;
