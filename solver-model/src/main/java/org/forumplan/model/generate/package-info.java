/**
 * Synthetic forums for tests and benchmarks: realistic in the IGF's mix of session kinds, topics, tracks and people,
 * deterministic for a seed, and feasible by construction because every mandatory session is first given a place in a
 * planted schedule that breaks no hard constraint.
 */
package org.forumplan.model.generate;
