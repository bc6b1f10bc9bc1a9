package app.dyad.sessions.ui;

import app.dyad.base.ui.Formats;
import app.dyad.base.ui.MenuCovers;
import app.dyad.identity.Role;
import app.dyad.sessions.CoSignRow;
import app.dyad.sessions.CoSignService;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The supervisor's "To co-sign": the signed notes of the counselors who name them as supervisor, waiting for their
 * co-signature, oldest signature first. Each opens read-only to be co-signed or returned.
 */
@Route("co-sign")
@MenuCovers("co-sign")
@RolesAllowed(Role.COUNSELOR_NAME)
@Menu(title = "menu.co-sign", order = 23, icon = "vaadin:diploma-scroll")
public class CoSignListView extends VerticalLayout implements HasDynamicTitle {

    final Grid<CoSignRow> grid = new Grid<>(CoSignRow.class, false);

    public CoSignListView(CoSignService coSign) {
        addClassName("dyad-page");
        setSizeFull();
        Paragraph intro = new Paragraph(getTranslation("cosign.list.intro"));
        intro.addClassName("dyad-muted");

        grid.setId("co-sign-list");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(CoSignRow::caseName)
                .setKey("caseName")
                .setHeader(getTranslation("couples.case-name"))
                .setAutoWidth(true)
                .setFlexGrow(1);
        grid.addColumn(r -> Formats.dateTime(this, r.sessionStartsAt()))
                .setKey("session")
                .setHeader(getTranslation("cosign.list.session"))
                .setAutoWidth(true);
        grid.addColumn(CoSignRow::superviseeName)
                .setKey("supervisee")
                .setHeader(getTranslation("cosign.list.supervisee"))
                .setAutoWidth(true);
        grid.addColumn(r -> Formats.dateTime(this, r.noteSignedAt()))
                .setKey("signedAt")
                .setHeader(getTranslation("cosign.list.signed-at"))
                .setAutoWidth(true);
        grid.addComponentColumn(r -> {
                    Span state = new Span(
                            getTranslation(r.answered() ? "cosign.list.state-answered" : "cosign.list.state-new"));
                    state.addClassNames("dyad-status", r.answered() ? "dyad-status-info" : "dyad-status-neutral");
                    return state;
                })
                .setKey("state")
                .setHeader(getTranslation("cosign.list.state"))
                .setAutoWidth(true);
        grid.setItemsPageable(coSign::toCoSign, pageable -> coSign.countToCoSign());
        grid.setEmptyStateText(getTranslation("cosign.list.empty"));
        grid.addItemClickListener(click ->
                getUI().ifPresent(ui -> ui.navigate("co-sign/" + click.getItem().sessionId())));

        add(new H2(getTranslation("cosign.list.title")), intro, grid);
        expand(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cosign.list.title");
    }
}
