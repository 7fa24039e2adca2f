/**
 * What each of the MAG's selection goals costs in proposal value: the goals one by one
 * ({@link org.forumplan.model.selection.SelectionGoal}), each taken away from the dataset and the programme solved
 * again ({@link org.forumplan.model.selection.GoalCosts}). How far a programme meets the goals is
 * {@link org.forumplan.model.analysis.SelectionReview}; the goals themselves are constraints of the catalogue.
 */
package org.forumplan.model.selection;
