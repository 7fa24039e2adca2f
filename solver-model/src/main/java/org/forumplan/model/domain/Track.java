package org.forumplan.model.domain;

/** A named series that participants follow end to end, so its sessions should not run in parallel. */
public record Track(String id, String name) {

    @Override
    public String toString() {
        return id;
    }
}
