/**
 * Benchmarks for analysts: suites of datasets and solver configurations run with Timefold's Benchmarker, a summary
 * table per run, and the comparison of two runs.
 */
package org.forumplan.bench;
