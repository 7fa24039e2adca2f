/**
 * What is wrong with a dataset, said once for every reader and checker: a {@link Problem} names where (a JSON path) and
 * what, a {@link ListElement} names by its id the list element a problem lies in, a {@link ProblemCollector} gathers
 * them so that one run reports them all, and
 * {@link Suggestions} finds the "did you mean" for a misspelt name.
 */
package org.forumplan.model.problem;
