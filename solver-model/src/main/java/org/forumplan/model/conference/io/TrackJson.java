package org.forumplan.model.conference.io;

import java.util.List;

/** A track and the people who chair its sessions. */
public record TrackJson(String name, List<String> chairs) {}
