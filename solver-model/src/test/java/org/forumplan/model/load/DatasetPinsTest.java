package org.forumplan.model.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.forumplan.model.replan.AnnouncedForum.LATE_MORNING;
import static org.forumplan.model.replan.AnnouncedForum.announced;
import static org.forumplan.model.replan.AnnouncedForum.changed;

import java.util.List;
import org.forumplan.model.io.DatasetJson;
import org.forumplan.model.io.PlacementJson;
import org.forumplan.model.io.SessionJson;
import org.junit.jupiter.api.Test;

/** {@code forumplan pin}: sessions pinned at their scheduled placement, or unpinned. */
class DatasetPinsTest {

    @Test
    void aSessionIsPinnedWhereTheScheduleHasIt() {
        DatasetPins.Edit edit = DatasetPins.pin(announced(), List.of("WS3", "WS1"));

        assertThat(edit.changed()).containsExactly("WS3", "WS1");
        assertThat(pinOf(edit.document(), "WS3")).isEqualTo(new PlacementJson("ws-01", LATE_MORNING, null));
        assertThat(pinOf(edit.document(), "WS2")).isNull();
        assertThat(edit.document().schedule()).isEqualTo(announced().schedule());
    }

    @Test
    void pinningAPinnedSessionAgainChangesNothing() {
        DatasetJson pinned = DatasetPins.pin(announced(), List.of("WS3")).document();

        DatasetPins.Edit again = DatasetPins.pin(pinned, List.of("WS3", "WS3"));

        assertThat(again.changed()).isEmpty();
        assertThat(again.unchanged()).containsExactly("WS3");
        assertThat(again.document()).isEqualTo(pinned);
    }

    @Test
    void unpinningRemovesThePinAndKeepsThePlacementAsTheStartingPoint() {
        DatasetJson pinned = DatasetPins.pin(announced(), List.of("WS3")).document();

        DatasetPins.Edit edit = DatasetPins.unpin(pinned, List.of("WS3", "WS4"));

        assertThat(edit.changed()).containsExactly("WS3");
        assertThat(edit.unchanged()).containsExactly("WS4");
        assertThat(edit.document()).isEqualTo(announced());
    }

    @Test
    void anUnknownSessionIsNamedWithTheClosestId() {
        assertThatThrownBy(() -> DatasetPins.pin(announced(), List.of("WS1", "WS33")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no session \"WS33\" in the file; did you mean \"WS3\"?");
    }

    @Test
    void aSessionWithoutAScheduledPlaceCannotBePinned() {
        assertThatThrownBy(() -> DatasetPins.pin(changed().document(), List.of("WS1")))
                .hasMessage(
                        "WS1: the file has no schedule; a session is pinned at its scheduled place, so solve first");
        DatasetJson withWs6Unscheduled =
                changed().scheduled("WS1", "ws-01", "d1-0900").document();
        assertThatThrownBy(() -> DatasetPins.pin(withWs6Unscheduled, List.of("WS6")))
                .hasMessage("WS6 has no place in the file's schedule (it is unscheduled), so there is nowhere to pin"
                        + " it");
    }

    private static PlacementJson pinOf(DatasetJson document, String sessionId) {
        return document.sessions().stream()
                .filter(session -> session.id().equals(sessionId))
                .findFirst()
                .map(SessionJson::pinned)
                .orElse(null);
    }
}
