package app.dyad.sessions.ui;

import app.dyad.sessions.SessionSummary;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.DomEvent;
import java.time.LocalTime;
import java.util.OptionalInt;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import org.jspecify.annotations.Nullable;

/**
 * A day column's empty half hours, with one listener for the whole column instead of a button per half hour: the
 * browser says which half hour was clicked or dropped on (by the pointer's height in the column), and the half-hour
 * lines are drawn by the column's background. A week of buttons kept about 1.3 MB per open agenda on the server (196
 * buttons, each with its listener, drop target and label); this keeps one listener, one drop target and one hover
 * marker per day. Clicks on a session tile are the tile's, not a new session's.
 */
final class EmptySlots {

    /** Which half hour, counted from the column's top, the pointer is on: sent with a click or a drop. */
    static final String SLOT =
            "Math.floor((event.clientY - element.getBoundingClientRect().top) * element.dataset.slots"
                    + " / element.getBoundingClientRect().height)";

    /** Only a click on the column's empty background, not on a session tile or its buttons. */
    static final String ON_EMPTY = "event.target === element";

    /** The hover marker follows the pointer in the browser alone, snapped to the half hour under it. */
    private static final String FOLLOW_POINTER = """
            const column = this, marker = this.querySelector('.dyad-cal-hover');
            const place = e => {
              if (e.target !== column) { marker.style.display = 'none'; return; }
              const box = column.getBoundingClientRect();
              const slot = Math.floor((e.clientY - box.top) * column.dataset.slots / box.height);
              marker.style.top = (slot * 100 / column.dataset.slots) + '%';
              marker.style.display = 'block';
            };
            column.addEventListener('mousemove', place);
            column.addEventListener('mouseleave', () => { marker.style.display = 'none'; });""";

    private final int firstMinute;
    private final int slots;
    private final IntConsumer onSchedule;
    private final BiConsumer<SessionSummary, Integer> onMove;

    /** A drop gives the session and the slot as two events of one round trip, in either order. */
    private @Nullable SessionSummary dropped;

    private @Nullable Integer droppedAt;

    private EmptySlots(int firstMinute, int slots, IntConsumer onSchedule, BiConsumer<SessionSummary, Integer> onMove) {
        this.firstMinute = firstMinute;
        this.slots = slots;
        this.onSchedule = onSchedule;
        this.onMove = onMove;
    }

    /**
     * Makes the column's {@code slots} half hours from {@code firstMinute} (after midnight) schedule where clicked and
     * take dropped sessions.
     */
    static void wire(
            Div column,
            int firstMinute,
            int slots,
            Consumer<LocalTime> schedule,
            BiConsumer<SessionSummary, LocalTime> move) {
        EmptySlots empty = new EmptySlots(
                firstMinute,
                slots,
                minute -> schedule.accept(time(minute)),
                (session, minute) -> move.accept(session, time(minute)));
        column.getElement().setAttribute("data-slots", String.valueOf(slots));
        column.getElement()
                .addEventListener("click", empty::clicked)
                .addEventData(SLOT)
                .setFilter(ON_EMPTY);
        column.getElement().addEventListener("drop", empty::droppedAt).addEventData(SLOT);
        DropTarget.create(column)
                .addDropListener(drop -> drop.getDragData()
                        .filter(SessionSummary.class::isInstance)
                        .map(SessionSummary.class::cast)
                        .ifPresent(session -> empty.dropped(column, session)));
        Div marker = new Div();
        marker.addClassName("dyad-cal-hover");
        column.add(marker);
        column.getElement().executeJs(FOLLOW_POINTER);
    }

    private static LocalTime time(int minute) {
        return LocalTime.of(minute / 60, minute % 60);
    }

    private void clicked(DomEvent event) {
        minuteOf(event).ifPresent(onSchedule::accept);
    }

    private void droppedAt(DomEvent event) {
        minuteOf(event).ifPresent(minute -> {
            droppedAt = minute;
            moveWhenBothKnown((Div) event.getSource().getComponent().orElseThrow());
        });
    }

    private void dropped(Div column, SessionSummary session) {
        dropped = session;
        moveWhenBothKnown(column);
    }

    private void moveWhenBothKnown(Div column) {
        // what one drop left unmatched (a file dropped, not a session) must not meet the next drop's half
        column.getUI()
                .ifPresent(ui -> ui.beforeClientResponse(column, done -> {
                    dropped = null;
                    droppedAt = null;
                }));
        if (dropped != null && droppedAt != null) {
            SessionSummary session = dropped;
            int minute = droppedAt;
            dropped = null;
            droppedAt = null;
            onMove.accept(session, minute);
        }
    }

    /** The half hour's start, or none for a position outside the column (the browser's word is not trusted). */
    private OptionalInt minuteOf(DomEvent event) {
        double slot = event.getEventData().path(SLOT).asDouble(-1);
        if (slot < 0 || slot >= slots || slot != Math.rint(slot)) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(firstMinute + (int) slot * CalendarGrid.SLOT_MINUTES);
    }
}
