/**
 * The report: the whole canned catalogue run as a script, written as CSV and JSON per query, a
 * summary file the next report compares with, and one self-contained HTML page (a summary on top,
 * inline SVG charts, tables by name with their long tails folded) with a link from every table into
 * the Fuseki console with the same query, parameters filled in.
 */
package org.diplograph.report;
