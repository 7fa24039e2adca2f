/**
 * The MAG's selection goals seen from the programme: how far a solved programme meets each goal
 * ({@link org.forumplan.model.selection.SelectionReview}) and what each goal costs in proposal value
 * ({@link org.forumplan.model.selection.GoalCosts}). The goals themselves are constraints of the catalogue; this package
 * only reads programmes.
 */
package org.forumplan.model.selection;
