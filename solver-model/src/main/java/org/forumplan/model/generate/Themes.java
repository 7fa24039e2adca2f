package org.forumplan.model.generate;

import java.util.List;
import org.forumplan.model.domain.TopicPolicy;
import org.forumplan.model.io.TopicJson;

/**
 * The topics of a generated forum: the eight IGF sub-themes with their share of the May 2014 workshop list, and finer
 * topics that some sessions carry as well, one of which clusters.
 */
final class Themes {

    /** A sub-theme, its share of workshops, and subjects to write titles about. */
    record Theme(String id, String name, double share, List<String> subjects) {}

    static final List<Theme> SUB_THEMES = List.of(
            new Theme(
                    "access",
                    "Policies Enabling Access",
                    0.10,
                    List.of("affordable broadband in rural areas", "community networks", "spectrum for development")),
            new Theme(
                    "content",
                    "Content Creation, Dissemination and Use",
                    0.10,
                    List.of("local content in local languages", "open educational resources", "digital archives")),
            new Theme(
                    "growth",
                    "Internet as an Engine for Growth and Development",
                    0.10,
                    List.of("digital trade for small businesses", "mobile money", "e-government services")),
            new Theme(
                    "igf-future",
                    "IGF and the Future of the Internet Ecosystem",
                    0.17,
                    List.of("national and regional IGFs", "multistakeholder decision making", "the IGF mandate")),
            new Theme(
                    "trust",
                    "Enhancing Digital Trust",
                    0.14,
                    List.of("incident response teams", "spam and unwanted communications", "trust in e-commerce")),
            new Theme(
                    "human-rights",
                    "Internet and Human Rights",
                    0.16,
                    List.of(
                            "freedom of expression online",
                            "privacy and surveillance",
                            "access for persons with disabilities")),
            new Theme(
                    "cir",
                    "Critical Internet Resources",
                    0.06,
                    List.of("the IANA stewardship transition", "IPv6 deployment", "new generic top-level domains")),
            new Theme(
                    "emerging",
                    "Emerging Issues",
                    0.09,
                    List.of(
                            "the internet of things",
                            "cloud computing in developing countries",
                            "big data and development")));

    /** Finer topics carried by some sessions besides their sub-theme. */
    static final List<TopicJson> FINER = List.of(
            new TopicJson("child-protection", "Online child protection", TopicPolicy.CLUSTER),
            new TopicJson("gender", "Gender and the internet", null),
            new TopicJson("youth", "Youth engagement", null),
            new TopicJson("cybersecurity", "Cybersecurity", null),
            new TopicJson("net-neutrality", "Network neutrality", null));

    private Themes() {}

    /** All topics of the forum, sub-themes first. */
    static List<TopicJson> topics() {
        List<TopicJson> sub = SUB_THEMES.stream()
                .map(theme -> new TopicJson(theme.id(), theme.name(), null))
                .toList();
        return java.util.stream.Stream.concat(sub.stream(), FINER.stream()).toList();
    }
}
