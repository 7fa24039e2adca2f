package org.forumplan.model.domain;

/** A person's role in one session. */
public record Participation(Person person, Role role) {}
