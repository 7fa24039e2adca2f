/**
 * Merging similar proposals, as the MAG invites workshops on one subject to merge: {@link
 * org.forumplan.model.merge.MergeCandidates} finds the optional proposals that are alike, with the reasons in words
 * and what a merge would free in the programme ({@code forumplan merges}); {@link
 * org.forumplan.model.merge.ProposalMerger} makes one session of two in the dataset document, every reference to the
 * two moved to it ({@code forumplan merge}).
 */
package org.forumplan.model.merge;
