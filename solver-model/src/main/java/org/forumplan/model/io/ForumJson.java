package org.forumplan.model.io;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** {@code forum}: who holds it, where, and the time zone every time in the file is local to. */
@JsonPropertyOrder({"name", "venue", "timeZone"})
public record ForumJson(String name, String venue, String timeZone) {}
