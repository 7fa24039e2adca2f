/**
 * Merging similar proposals, as the MAG invites workshops on one subject to merge: {@link
 * org.forumplan.model.merge.MergeCandidates} finds the optional proposals that are alike, with the reasons in words
 * and what a merge would free in the programme ({@code forumplan merges}).
 */
package org.forumplan.model.merge;
