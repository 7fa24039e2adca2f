package org.forumplan.model.domain;

/** A sub-theme or finer tag, with whether its sessions should be spread or clustered. */
public record Topic(String id, String name, TopicPolicy policy) {

    public boolean spreads() {
        return policy == TopicPolicy.SPREAD;
    }

    @Override
    public String toString() {
        return id;
    }
}
