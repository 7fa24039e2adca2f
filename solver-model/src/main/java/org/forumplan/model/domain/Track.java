package org.forumplan.model.domain;

/** A named series that participants follow end to end, so its sessions should not run in parallel. */
public record Track(String id, String name) {

    // Identified by id, like every fact of a dataset: hashing a whole record (lists of timeslots, sets of features) on
    // every move would dominate the score calculation.
    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof Track that && id.equals(that.id));
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return id;
    }
}
