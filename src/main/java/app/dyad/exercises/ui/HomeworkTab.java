package app.dyad.exercises.ui;

import app.dyad.base.ClinicCalendar;
import app.dyad.base.EditConflictException;
import app.dyad.base.InvalidInputException;
import app.dyad.base.ui.Formats;
import app.dyad.couples.CouplePartners;
import app.dyad.exercises.ExerciseLibrary;
import app.dyad.exercises.HomeworkItem;
import app.dyad.exercises.HomeworkService;
import app.dyad.exercises.ResponseState;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;

/** The couple's homework for their counselor: every assignment with each partner's status; assign, cancel, read, reply. */
class HomeworkTab extends VerticalLayout {

    private final HomeworkService homework;
    private final ExerciseLibrary library;
    private final ClinicCalendar calendar;
    private final long coupleId;
    private final CouplePartners partners;
    private final Div list = new Div();
    private final Span completion = new Span();
    private static final int PAGE = 20;
    private int shown;

    HomeworkTab(HomeworkService homework, ExerciseLibrary library, ClinicCalendar calendar, long coupleId) {
        this.homework = homework;
        this.library = library;
        this.calendar = calendar;
        this.coupleId = coupleId;
        this.partners = homework.partnersOf(coupleId);
        setPadding(false);
        Button assign = new Button(
                getTranslation("homework.assign"),
                VaadinIcon.PLUS.create(),
                click -> new AssignDialog(homework, library, partners, calendar.today(), this::refresh).open());
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        assign.setId("assign-exercise");
        list.setId("homework-list");
        list.setWidthFull();
        completion.setId("completion");
        completion.addClassName("dyad-muted");
        add(assign, completion, list);
        refresh();
    }

    void refresh() {
        var rates = homework.lastFourWeeks(coupleId);
        completion.setText(
                rates.stream().allMatch(c -> c.due() == 0)
                        ? getTranslation("homework.completion-none")
                        : getTranslation(
                                "homework.completion",
                                rates.stream()
                                        .map(c -> c.due() == 0
                                                ? getTranslation(
                                                        "homework.completion-nothing-due",
                                                        partners.nameOf(c.partnerId()))
                                                : getTranslation(
                                                        "homework.completion-of",
                                                        partners.nameOf(c.partnerId()),
                                                        c.submitted(),
                                                        c.due()))
                                        .collect(Collectors.joining(" · "))));
        list.removeAll();
        shown = 0;
        showMore();
    }

    /** Pages in more assignments (latest due first), so a long history never loads at once. */
    private void showMore() {
        list.getChildren().filter(c -> c instanceof Button).toList().forEach(list::remove);
        List<HomeworkItem> items = homework.homeworkOfCouple(coupleId, PageRequest.of(shown / PAGE, PAGE));
        long total = homework.countHomeworkOfCouple(coupleId);
        if (total == 0) {
            Span none = new Span(getTranslation("homework.none"));
            none.addClassName("dyad-muted");
            list.add(none);
        }
        LocalDate today = calendar.today();
        items.forEach(item -> list.add(card(item, today)));
        shown += items.size();
        if (shown < total) {
            Button more = new Button(getTranslation("homework.show-more", total - shown), click -> showMore());
            more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            more.setId("more-homework");
            list.add(more);
        }
    }

    private Div card(HomeworkItem item, LocalDate today) {
        Span title = new Span(item.exerciseTitle());
        title.addClassName("dyad-partner-name");
        Span meta = new Span(getTranslation(
                "homework.meta",
                Formats.date(this, item.dueOn()),
                forWhom(item),
                getTranslation("homework.visibility." + item.visibility().name())));
        meta.addClassName("dyad-muted");
        Div states = new Div();
        states.addClassName("dyad-case-meta");
        if (item.cancelled()) {
            states.add(chip(getTranslation("homework.state.cancelled"), "neutral"));
        } else {
            for (Long author : authors(item)) {
                states.add(state(item, author, today));
            }
        }
        Div card = new Div(title, meta, states);
        card.addClassNames("dyad-partner-card", "dyad-homework");
        Button answers = new Button(
                getTranslation("homework.answers"),
                click -> new AnswersDialog(homework, library, partners, item, this::refresh).open());
        answers.addThemeVariants(ButtonVariant.LUMO_SMALL);
        boolean anySubmitted = item.progress().stream().anyMatch(p -> p.state() == ResponseState.SUBMITTED);
        Div actions = new Div(answers);
        if (item.reviewedOn() != null) {
            states.add(chip(getTranslation("homework.reviewed-on", Formats.date(this, item.reviewedOn())), "info"));
        } else if (anySubmitted) {
            Button reviewed = new Button(getTranslation("homework.mark-reviewed"), click -> {
                homework.markReviewedInSession(item.id());
                refresh();
            });
            reviewed.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            actions.add(reviewed);
        }
        if (!item.cancelled() && !anySubmitted) {
            boolean anyAnswer = !item.progress().isEmpty();
            Button edit = new Button(
                    getTranslation("homework.edit"),
                    click -> new EditAssignmentDialog(homework, item, anyAnswer, this::refresh).open());
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            actions.add(edit);
            Button cancel = new Button(getTranslation("homework.cancel"), click -> confirmCancel(item));
            cancel.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            actions.add(cancel);
        }
        actions.addClassName("dyad-actions");
        card.add(actions);
        return card;
    }

    private List<Long> authors(HomeworkItem item) {
        return switch (item.audience()) {
            case JOINT -> Collections.singletonList(null);
            case ONE_PARTNER -> List.of(Objects.requireNonNull(item.partnerId()));
            case BOTH_SEPARATELY -> List.of(partners.partnerOneId(), partners.partnerTwoId());
        };
    }

    private Span state(HomeworkItem item, Long author, LocalDate today) {
        ResponseState state = item.progress().stream()
                .filter(p -> Objects.equals(p.partnerId(), author))
                .map(HomeworkItem.PartnerProgress::state)
                .findFirst()
                .orElse(null);
        String who = author == null ? getTranslation("homework.together") : partners.nameOf(author);
        if (state == ResponseState.SUBMITTED) {
            return chip(getTranslation("homework.state.submitted", who), "success");
        }
        if (item.dueOn().isBefore(today)) {
            return chip(getTranslation("homework.state.overdue", who), "error");
        }
        return state == ResponseState.DRAFT
                ? chip(getTranslation("homework.state.draft", who), "info")
                : chip(getTranslation("homework.state.not-started", who), "neutral");
    }

    private String forWhom(HomeworkItem item) {
        return switch (item.audience()) {
            case BOTH_SEPARATELY -> getTranslation("homework.for.both");
            case JOINT -> getTranslation("homework.for.joint");
            case ONE_PARTNER -> partners.nameOf(Objects.requireNonNull(item.partnerId()));
        };
    }

    private static Span chip(String text, String tone) {
        Span chip = new Span(text);
        chip.addClassNames("dyad-status", "dyad-status-" + tone);
        return chip;
    }

    /** Withdrawing homework cannot be undone, so it takes a second, deliberate click. */
    private void confirmCancel(HomeworkItem item) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("homework.cancel.title", item.exerciseTitle()));
        confirm.setText(getTranslation("homework.cancel.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("homework.cancel.keep"));
        confirm.setConfirmText(getTranslation("homework.cancel.confirm"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(event -> cancel(item));
        confirm.open();
    }

    private void cancel(HomeworkItem item) {
        try {
            homework.cancel(item.id(), item.version());
        } catch (InvalidInputException | EditConflictException changed) {
            Notification.show(getTranslation("homework.changed-meanwhile"), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        refresh();
    }
}
