package org.forumplan.model.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SessionFacetTest {

    private static final Room ROOM = new Room(
            "ws-02",
            "Workshop Room 02",
            50,
            EnumSet.noneOf(RoomFeature.class),
            EnumSet.allOf(SessionKind.class),
            List.of());
    private static final Person ALICE = person("p-alice", "Alice Aydın");
    private static final Topic CIR = new Topic("cir", "Critical Internet Resources", TopicPolicy.SPREAD);
    private static final Track ACCESS = new Track("access", "Access");

    static Stream<Arguments> facets() {
        return Stream.of(
                Arguments.of(SessionFacet.room(ROOM), "in ws-02"),
                Arguments.of(SessionFacet.person(ALICE), "with Alice Aydın (p-alice)"),
                Arguments.of(SessionFacet.person(person("p-017", null)), "with p-017"),
                Arguments.of(SessionFacet.person(person("p-018", "p-018")), "with p-018"),
                Arguments.of(SessionFacet.spreadTopic(CIR), "on Critical Internet Resources"),
                Arguments.of(SessionFacet.track(ACCESS), "in track Access"),
                Arguments.of(SessionFacet.organization("Example Registry"), "run by Example Registry"));
    }

    @ParameterizedTest
    @MethodSource("facets")
    void eachKindOfFacetSaysWhatItsSessionsShare(SessionFacet facet, String sharing) {
        assertThat(facet.describeSharing()).isEqualTo(sharing);
    }

    @Test
    void facetsAreEqualByKindAndValueWhateverTheirWords() {
        assertThat(SessionFacet.person(ALICE)).isEqualTo(SessionFacet.person(person("p-alice", "Alice A.")));
        assertThat(SessionFacet.person(ALICE).name()).isEqualTo("Alice Aydın (p-alice)");
        assertThat(SessionFacet.room(ROOM))
                .isNotEqualTo(SessionFacet.organization("ws-02"))
                .isNotEqualTo(SessionFacet.track(new Track("ws-02", "ws-02")));
    }

    private static Person person(String id, String name) {
        return new Person(id, name, "Example University", StakeholderGroup.ACADEMIA, "TR", null, List.of());
    }
}
