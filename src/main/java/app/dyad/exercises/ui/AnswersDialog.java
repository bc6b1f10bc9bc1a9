package app.dyad.exercises.ui;

import app.dyad.base.InvalidInputException;
import app.dyad.base.ui.FieldErrors;
import app.dyad.base.ui.Formats;
import app.dyad.base.ui.Tell;
import app.dyad.couples.CouplePartners;
import app.dyad.exercises.Audience;
import app.dyad.exercises.ExerciseDetails;
import app.dyad.exercises.ExerciseLibrary;
import app.dyad.exercises.FeedbackView;
import app.dyad.exercises.HomeworkItem;
import app.dyad.exercises.HomeworkService;
import app.dyad.exercises.ResponseState;
import app.dyad.exercises.ResponseView;
import app.dyad.exercises.Visibility;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Submitted answers side by side, each of which can be sent back for revision with a reason, feedback given so far,
 * and a reply to one partner or both.
 */
class AnswersDialog extends Dialog {

    AnswersDialog(
            HomeworkService homework,
            ExerciseLibrary library,
            CouplePartners couple,
            HomeworkItem item,
            Runnable changed) {
        setHeaderTitle(item.exerciseTitle());
        setWidth("min(64rem, 98vw)");
        ExerciseDetails exercise = library.get(item.exerciseId()).orElse(null);
        FlexLayout answers = new FlexLayout();
        answers.addClassName("dyad-columns");
        for (ResponseView response : item.responses()) {
            String who = response.authorPartnerId() == null
                    ? getTranslation("homework.together")
                    : couple.nameOf(response.authorPartnerId());
            Div column = new Div(
                    new H3(who),
                    new Span(
                            response.submittedAt() == null
                                    ? ""
                                    : getTranslation(
                                            "my.exercise.submitted-on",
                                            Formats.dateTime(this, response.submittedAt()))));
            column.addClassName("dyad-answer");
            if (exercise != null) {
                ResponseForm form = new ResponseForm(exercise.prompts(), true);
                form.setValues(response.answers());
                column.add(form);
            }
            if (!item.cancelled() && response.state() == ResponseState.SUBMITTED) {
                column.add(sendBack(homework, response, changed));
            }
            answers.add(column);
        }
        if (item.responses().isEmpty()) {
            add(new Paragraph(getTranslation("homework.no-answers")));
        }
        add(answers);

        for (FeedbackView feedback : item.feedback()) {
            String to = feedback.toPartnerId() == null
                    ? getTranslation("homework.to-both")
                    : couple.nameOf(feedback.toPartnerId());
            Paragraph given = new Paragraph(getTranslation("homework.feedback-given", to, feedback.text()));
            given.addClassName("dyad-card-wide");
            add(given);
        }

        Select<Optional<Long>> to = new Select<>();
        to.setLabel(getTranslation("homework.feedback-to"));
        List<Optional<Long>> recipients = new ArrayList<>();
        if (item.visibility().allowsFeedbackToBoth(item.audience())) {
            recipients.add(Optional.empty());
        }
        recipients.add(Optional.of(couple.partnerOneId()));
        recipients.add(Optional.of(couple.partnerTwoId()));
        to.setItems(recipients);
        to.setItemLabelGenerator(r -> r.map(couple::nameOf).orElse(getTranslation("homework.to-both")));
        to.setValue(recipients.getFirst());
        TextArea text = new TextArea(getTranslation("homework.feedback"));
        text.setWidthFull();
        text.setMaxLength(FeedbackView.TEXT_MAX_LENGTH);
        text.setManualValidation(true);
        text.setId("feedback-text");
        // feedback to both on reveal-together answers waits for both answers (Disclosure); say so where it is written
        to.addValueChangeListener(change -> text.setHelperText(revealedLater(item, change.getValue())));
        text.setHelperText(revealedLater(item, to.getValue()));
        Button send = new Button(getTranslation("homework.feedback-send"), click -> {
            FieldErrors.clear(text);
            try {
                homework.giveFeedback(item.id(), to.getValue().orElse(null), text.getValue());
                close();
                changed.run();
                Tell.done(to.getValue()
                        .map(partner -> getTranslation("homework.feedback-sent", couple.nameOf(partner)))
                        .orElse(getTranslation("homework.feedback-sent-both")));
            } catch (InvalidInputException invalid) {
                FieldErrors.show(this, invalid, Map.of("text", text, "toPartnerId", to));
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("feedback-send");
        if (!item.cancelled()) {
            add(to, text);
            getFooter().add(send);
        }
        getFooter().addComponentAsFirst(new Button(getTranslation("action.close"), click -> close()));
    }

    /** "Send back for revision": a reason its author will read, then the answer is theirs to change again. */
    private Details sendBack(HomeworkService homework, ResponseView response, Runnable changed) {
        TextArea reason = new TextArea(getTranslation("homework.return-reason"));
        reason.setWidthFull();
        reason.setMaxLength(ResponseView.RETURN_REASON_MAX_LENGTH);
        reason.setManualValidation(true);
        reason.setHelperText(getTranslation("homework.return-help"));
        reason.setId("return-reason-" + response.id());
        Button send = new Button(getTranslation("homework.return-send"), click -> {
            FieldErrors.clear(reason);
            try {
                homework.returnForRevision(response.id(), reason.getValue());
                close();
                changed.run();
                Tell.done(getTranslation("homework.returned-told"));
            } catch (InvalidInputException invalid) {
                FieldErrors.show(this, invalid, Map.of("reason", reason));
            }
        });
        send.setId("return-send-" + response.id());
        Details details = new Details(getTranslation("homework.return"), reason, send);
        details.setId("return-" + response.id());
        return details;
    }

    private String revealedLater(HomeworkItem item, Optional<Long> recipient) {
        boolean waitsForBoth = recipient.isEmpty()
                && item.visibility() == Visibility.REVEAL_TOGETHER
                && item.audience() == Audience.BOTH_SEPARATELY;
        return waitsForBoth ? getTranslation("homework.feedback-to-both-after-reveal") : "";
    }
}
