/**
 * The report: the whole canned catalogue run as a script, written as CSV and JSON per query and
 * one self-contained HTML page with inline SVG charts and a link from every table into the Fuseki
 * console with the same query, parameters filled in.
 */
package org.diplograph.report;
