package org.forumplan.model.domain;

import java.time.ZoneId;

/** Who holds the forum, where, and the time zone all its times are local to. */
public record ForumInfo(String name, String venue, ZoneId timeZone) {}
