package app.dyad.sessions.ui;

import app.dyad.base.InvalidInputException;
import app.dyad.sessions.CoSignService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;

/** The supervisor returns a note with a comment (required), which the counselor answers in an addendum. */
class ReturnDialog extends Dialog {

    final TextArea comment = new TextArea();

    ReturnDialog(Consumer<String> giveBack) {
        setHeaderTitle(getTranslation("cosign.return-title"));
        setWidth("min(32rem, 98vw)");
        comment.setLabel(getTranslation("cosign.return-comment"));
        comment.setWidthFull();
        comment.setMinHeight("8rem");
        comment.setMaxLength(CoSignService.RETURN_COMMENT_MAX_LENGTH);
        comment.setId("co-sign-return-comment");
        comment.addValueChangeListener(typed -> comment.setInvalid(false));
        add(new Paragraph(getTranslation("cosign.return-explanation")), comment);
        Button confirm = new Button(getTranslation("cosign.return-confirm"), click -> {
            try {
                giveBack.accept(comment.getValue());
                close();
            } catch (InvalidInputException refused) {
                refused.fieldErrors().values().forEach(message -> {
                    comment.setErrorMessage(getTranslation(message.key(), message.args()));
                    comment.setInvalid(true);
                });
                comment.focus();
                click.getSource().setEnabled(true);
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setDisableOnClick(true);
        confirm.setId("co-sign-return-confirm");
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), confirm);
        addOpenedChangeListener(e -> comment.focus());
    }
}
