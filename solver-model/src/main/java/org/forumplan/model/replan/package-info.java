/**
 * Re-planning an announced programme ({@code solve --from}, {@code --pin-published}): {@link
 * org.forumplan.model.replan.Replanner} merges the announced schedule into the changed dataset's document and builds it
 * once; the rest gives displaced sessions a starting place, pins the days already held and counts what moved.
 */
package org.forumplan.model.replan;
