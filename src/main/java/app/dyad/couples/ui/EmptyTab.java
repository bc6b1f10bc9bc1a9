package app.dyad.couples.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** A tab whose feature has not arrived yet says so, instead of showing invented data. */
class EmptyTab extends VerticalLayout {

    EmptyTab(VaadinIcon icon, String textKey) {
        var picture = icon.create();
        picture.addClassName("dyad-empty-icon");
        add(picture, new Paragraph(getTranslation(textKey)));
        addClassName("dyad-empty-state");
        setAlignItems(Alignment.CENTER);
    }
}
