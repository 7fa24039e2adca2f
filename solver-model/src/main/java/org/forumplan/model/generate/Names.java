package org.forumplan.model.generate;

import java.util.List;
import java.util.Map;
import java.util.Random;

/** Invented but plausible names: people, organizations and session titles. */
final class Names {

    private static final List<String> INITIALS = List.of(
            "A.", "B.", "C.", "D.", "E.", "F.", "G.", "H.", "I.", "J.", "K.", "L.", "M.", "N.", "O.", "P.", "R.", "S.",
            "T.", "U.", "V.", "Y.", "Z.");

    private static final String AFRICA = "Africa";
    private static final String ASIA_PACIFIC = "Asia-Pacific";
    private static final String LATIN_AMERICA = "Latin America and Caribbean";
    private static final String WESTERN_EUROPE = "Western Europe and others";

    /** Country code and common surnames there. */
    private static final List<List<String>> SURNAMES_BY_COUNTRY = List.of(
            List.of("BR", "Silva", "Santos", "Oliveira", "Souza", "Costa"),
            List.of("IN", "Sharma", "Patel", "Iyer", "Reddy", "Gupta"),
            List.of("KE", "Otieno", "Wanjiru", "Kamau", "Njoroge", "Achieng"),
            List.of("NG", "Okafor", "Adeyemi", "Bello", "Eze", "Ibrahim"),
            List.of("DE", "Müller", "Schmidt", "Weber", "Fischer", "Wagner"),
            List.of("FR", "Martin", "Bernard", "Dubois", "Lefèvre", "Moreau"),
            List.of("US", "Smith", "Johnson", "Brown", "Garcia", "Miller"),
            List.of("CN", "Wang", "Li", "Zhang", "Liu", "Chen"),
            List.of("JP", "Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe"),
            List.of("MX", "Hernández", "López", "Martínez", "González", "Pérez"),
            List.of("EG", "Hassan", "Mahmoud", "Ali", "Said", "Fahmy"),
            List.of("TR", "Yılmaz", "Kaya", "Demir", "Şahin", "Çelik"),
            List.of("ID", "Wijaya", "Saputra", "Hidayat", "Siregar", "Nugroho"),
            List.of("ZA", "Nkosi", "Dlamini", "Naidoo", "Botha", "Mokoena"),
            List.of("AR", "Fernández", "Rodríguez", "Gómez", "Díaz", "Romero"),
            List.of("SE", "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson"));

    /**
     * The UN regional group of each country above: the regions the IGF balances its speakers by. Turkey votes with
     * Western Europe and Others.
     */
    private static final Map<String, String> REGION_BY_COUNTRY = Map.ofEntries(
            Map.entry("BR", LATIN_AMERICA),
            Map.entry("IN", ASIA_PACIFIC),
            Map.entry("KE", AFRICA),
            Map.entry("NG", AFRICA),
            Map.entry("DE", WESTERN_EUROPE),
            Map.entry("FR", WESTERN_EUROPE),
            Map.entry("US", WESTERN_EUROPE),
            Map.entry("CN", ASIA_PACIFIC),
            Map.entry("JP", ASIA_PACIFIC),
            Map.entry("MX", LATIN_AMERICA),
            Map.entry("EG", AFRICA),
            Map.entry("TR", WESTERN_EUROPE),
            Map.entry("ID", ASIA_PACIFIC),
            Map.entry("ZA", AFRICA),
            Map.entry("AR", LATIN_AMERICA),
            Map.entry("SE", WESTERN_EUROPE));

    private static final List<String> ORGANIZATION_KINDS = List.of(
            "Ministry of Communications",
            "Internet Society Chapter",
            "University",
            "Digital Rights Foundation",
            "Telecom Regulator",
            "Network Information Centre",
            "Broadband Operators Association",
            "Youth Internet Network",
            "Research Institute on Internet Policy",
            "Chamber of Commerce Digital Committee");

    private static final List<String> FORMATS = List.of(
            "Roundtable on",
            "Debate:",
            "Panel on",
            "Birds of a feather:",
            "Break-out session on",
            "Lessons from",
            "Building",
            "Rethinking",
            "Toward",
            "Measuring");

    private final Random random;

    Names(Random random) {
        this.random = random;
    }

    /** A person's name and country: "K. Otieno", "KE". */
    String[] person() {
        List<String> country = pick(SURNAMES_BY_COUNTRY);
        String surname = country.get(1 + random.nextInt(country.size() - 1));
        return new String[] {pick(INITIALS) + " " + surname, country.get(0)};
    }

    /** The UN regional group of a country of {@link #person()}. */
    static String region(String country) {
        return REGION_BY_COUNTRY.get(country);
    }

    /** An organization in a country: "Telecom Regulator (KE)". */
    String organization(String country) {
        return pick(ORGANIZATION_KINDS) + " (" + country + ")";
    }

    /** A workshop-style title about a subject: "Roundtable on community networks". */
    String title(String subject) {
        return pick(FORMATS) + " " + subject;
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
