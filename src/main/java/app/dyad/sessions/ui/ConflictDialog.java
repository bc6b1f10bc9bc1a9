package app.dyad.sessions.ui;

import app.dyad.sessions.WrittenNote;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The note was saved elsewhere (another tab, another device) after this page loaded. Both texts are shown side by
 * side, and nothing is saved until the counselor chooses: keep both (what this page added after the saved text,
 * see {@link NoteTexts#keepBoth}), keep theirs, or keep this page's text.
 */
class ConflictDialog extends Dialog {

    ConflictDialog(
            Map<String, String> base,
            Map<String, String> mine,
            WrittenNote saved,
            Function<String, String> sectionLabel,
            BiConsumer<Map<String, String>, WrittenNote> resolved) {
        setHeaderTitle(getTranslation("note.conflict.title"));
        setWidth("min(60rem, 98vw)");
        setCloseOnOutsideClick(false);
        setCloseOnEsc(false);
        add(new Paragraph(getTranslation("note.conflict.text")));
        Map<String, String> merged = new LinkedHashMap<>();
        Set<String> keys = new LinkedHashSet<>(saved.sections().keySet());
        keys.addAll(mine.keySet()); // the other tab may have chosen another template
        keys.forEach(key -> {
            String theirs = saved.sections().getOrDefault(key, "");
            String ours = mine.getOrDefault(key, "");
            merged.put(key, NoteTexts.keepBoth(base.getOrDefault(key, ""), theirs, ours));
            if (!Objects.equals(theirs, ours)) {
                Div both = new Div(
                        area(getTranslation("note.conflict.saved"), theirs),
                        area(getTranslation("note.conflict.mine"), ours));
                both.addClassName("dyad-columns");
                add(new H4(sectionLabel.apply(key)), both);
            }
        });
        Button keepBoth = new Button(getTranslation("note.conflict.keep-both"), click -> {
            close();
            resolved.accept(merged, saved);
        });
        keepBoth.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        keepBoth.setId("conflict-keep-both");
        Button keepSaved = new Button(getTranslation("note.conflict.keep-saved"), click -> {
            close();
            resolved.accept(saved.sections(), saved);
        });
        keepSaved.setId("conflict-keep-saved");
        Button keepMine = new Button(getTranslation("note.conflict.keep-mine"), click -> {
            close();
            resolved.accept(mine, saved);
        });
        keepMine.setId("conflict-keep-mine");
        getFooter().add(keepSaved, keepMine, keepBoth);
    }

    private static TextArea area(String label, String text) {
        TextArea area = new TextArea(label);
        area.setValue(text);
        area.setReadOnly(true);
        area.setWidthFull();
        area.setMaxHeight("16rem");
        return area;
    }
}
