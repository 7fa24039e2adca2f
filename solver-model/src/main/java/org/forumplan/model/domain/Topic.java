package org.forumplan.model.domain;

/** A sub-theme or finer tag, with whether its sessions should be spread or clustered. */
public record Topic(String id, String name, TopicPolicy policy) {

    public boolean spreads() {
        return policy == TopicPolicy.SPREAD;
    }

    // Identified by id, like every fact of a dataset: hashing a whole record (lists of timeslots, sets of features) on
    // every move would dominate the score calculation.
    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof Topic that && id.equals(that.id));
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
