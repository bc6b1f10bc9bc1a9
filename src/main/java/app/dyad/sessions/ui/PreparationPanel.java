package app.dyad.sessions.ui;

import app.dyad.base.ui.Formats;
import app.dyad.checkins.ScoreChange;
import app.dyad.couples.CouplePartners;
import app.dyad.exercises.HomeworkItem;
import app.dyad.exercises.ResponseState;
import app.dyad.exercises.ui.HomeworkActions;
import app.dyad.sessions.SessionPreparation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The top of the session page: since the last session, per partner, homework completed and overdue, their shared
 * answers and those private to the counselor, and the last session's plan; then the homework to review, each
 * partner's state and a link to the answers.
 */
class PreparationPanel extends VerticalLayout {

    PreparationPanel(SessionPreparation prep, HomeworkActions homework, LocalDate today, List<ScoreChange> scores) {
        setPadding(false);
        setId("preparation");
        CouplePartners partners = prep.partners();
        H3 title = new H3(
                prep.previousSessionStart() == null
                        ? getTranslation("prep.title-first")
                        : getTranslation(
                                "prep.title",
                                Formats.date(
                                        this, LocalDate.ofInstant(prep.previousSessionStart(), Formats.clinicZone()))));
        Div digest = new Div(
                partner(
                        partners.partnerOneName(),
                        PreSessionSummary.of(partners.partnerOneId(), prep.homework(), today),
                        scoresOf(scores, partners.partnerOneId())),
                partner(
                        partners.partnerTwoName(),
                        PreSessionSummary.of(partners.partnerTwoId(), prep.homework(), today),
                        scoresOf(scores, partners.partnerTwoId())));
        digest.addClassName("dyad-columns");
        digest.setId("digest");
        add(title, digest);
        if (prep.lastPlan() != null) {
            Div plan = new Div(
                    new H4(getTranslation(prep.lastPlanSigned() ? "prep.last-plan" : "prep.last-plan-draft")),
                    new Paragraph(prep.lastPlan()));
            plan.addClassName("dyad-card");
            plan.setId("last-plan");
            plan.getChildren()
                    .skip(1)
                    .forEach(p -> p.getElement().getClassList().add("dyad-note-text"));
            add(plan);
        }
        add(review(prep, homework, today));
    }

    private static List<ScoreChange> scoresOf(List<ScoreChange> scores, long partnerId) {
        return scores.stream().filter(s -> s.partnerId() == partnerId).toList();
    }

    /** A partner's latest check-in scores and how they moved since the last session. */
    private Paragraph checkIns(List<ScoreChange> scores) {
        Paragraph line = new Paragraph();
        line.addClassName("dyad-prep-scores");
        line.setText(scores.stream()
                .map(score -> score.change() == null
                        ? getTranslation("checkins.prep.score", score.instrumentTitle(), number(score.latest()))
                        : getTranslation(
                                "checkins.prep.change",
                                score.instrumentTitle(),
                                number(score.latest()),
                                signed(score.change())))
                .collect(Collectors.joining(" · ")));
        return line;
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    private static String signed(double v) {
        return (v > 0 ? "+" : v < 0 ? "−" : "±") + number(Math.abs(v));
    }

    private Div partner(String name, PreSessionSummary d, List<ScoreChange> scores) {
        Div card = new Div(new H4(name));
        card.addClassName("dyad-card");
        card.add(new Paragraph(getTranslation("prep.completed-overdue", d.completed(), d.overdue())));
        if (!scores.isEmpty()) {
            card.add(checkIns(scores));
        }
        if (!d.sharedAnswers().isEmpty()) {
            card.add(new Paragraph(getTranslation("prep.shared", String.join(", ", d.sharedAnswers()))));
        }
        if (!d.privateAnswers().isEmpty()) {
            Paragraph p = new Paragraph(getTranslation("prep.private", String.join(", ", d.privateAnswers())));
            p.addComponentAsFirst(SessionText.badge(getTranslation("prep.private-to-you"), "info"));
            card.add(p);
        }
        return card;
    }

    private Div review(SessionPreparation prep, HomeworkActions homework, LocalDate today) {
        Div block = new Div(new H3(getTranslation("prep.review")));
        block.setId("homework-review");
        if (prep.homework().isEmpty()) {
            Span none = new Span(getTranslation("prep.review-none"));
            none.addClassName("dyad-muted");
            block.add(none);
        }
        CouplePartners p = prep.partners();
        for (HomeworkItem item : prep.homework()) {
            Div row = new Div(
                    new Span(item.exerciseTitle()),
                    new Span(getTranslation("prep.due", Formats.date(this, item.dueOn()))));
            row.addClassName("dyad-review-row");
            row.add(
                    state(item, p.partnerOneId(), p.partnerOneName(), today),
                    state(item, p.partnerTwoId(), p.partnerTwoName(), today));
            if (!item.responses().isEmpty()) {
                Button answers =
                        new Button(getTranslation("prep.read-answers"), click -> homework.openAnswers(item.id()));
                answers.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                row.add(answers);
            }
            block.add(row);
        }
        return block;
    }

    private Span state(HomeworkItem item, long partnerId, String name, LocalDate today) {
        if (!item.isFor(partnerId)) {
            return new Span();
        }
        ResponseState state = item.stateOf(partnerId);
        if (state == ResponseState.SUBMITTED) {
            return SessionText.badge(getTranslation("prep.state.done", name), "success");
        }
        boolean late = item.dueOn().isBefore(today);
        return SessionText.badge(
                getTranslation(state == ResponseState.DRAFT ? "prep.state.draft" : "prep.state.open", name),
                late ? "error" : "neutral");
    }
}
