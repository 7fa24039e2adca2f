/**
 * Converts between the dataset document and the planning problem: builds the {@code Programme} with everything derived
 * once at load time (the grid's periods, each session's possible placements), and writes a solved schedule back.
 */
package org.forumplan.model.load;
