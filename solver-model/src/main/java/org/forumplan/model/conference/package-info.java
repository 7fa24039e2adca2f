/**
 * Academic conferences as CoSPLib states them: submissions (talks) in tracks, each needing consecutive timeslots of one
 * room within one session (a block of timeslots every room shares), scheduled under the library's weighted objective.
 * A second planning model beside the forum's, sharing the command line, I/O conventions and benchmark infrastructure;
 * see {@code docs/architecture.md} for why it is not a profile of the forum model.
 */
package org.forumplan.model.conference;
