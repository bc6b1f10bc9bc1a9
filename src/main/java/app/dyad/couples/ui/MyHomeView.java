package app.dyad.couples.ui;

import app.dyad.couples.CaseNotAvailableException;
import app.dyad.couples.GoalView;
import app.dyad.couples.MyCouple;
import app.dyad.couples.MySpace;
import app.dyad.couples.spi.ui.ClientHomeSection;
import app.dyad.identity.CurrentUser;
import app.dyad.identity.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;

/** A partner's home, phone first: who their counselor is, their goals, their own details. */
@Route("my")
@RolesAllowed(Role.CLIENT_NAME)
@Menu(title = "menu.my", order = 30, icon = "vaadin:home")
public class MyHomeView extends VerticalLayout implements HasDynamicTitle {

    private final MyCouple service;
    private final List<ClientHomeSection> sections;

    public MyHomeView(MyCouple service, CurrentUser currentUser, List<ClientHomeSection> sections) {
        this.service = service;
        this.sections = sections.stream()
                .sorted(Comparator.comparingInt(ClientHomeSection::order))
                .toList();
        addClassName("dyad-page");
        addClassName("dyad-my");
        H2 hello = new H2(getTranslation("my.greeting", currentUser.require().displayName()));
        add(hello);
        try {
            render(service.getMySpace());
        } catch (CaseNotAvailableException noCaseYet) {
            Paragraph none = new Paragraph(getTranslation("my.no-case"));
            none.addClassName("dyad-muted");
            add(none);
        }
    }

    private void render(MySpace space) {
        Paragraph intro = new Paragraph(getTranslation("my.intro", space.counselorName(), space.partnerCallName()));
        intro.setId("my-intro");
        add(intro);
        List<Component> contributed =
                sections.stream().flatMap(section -> section.create().stream()).toList();
        if (contributed.isEmpty()) {
            Div next = new Div(new Paragraph(getTranslation("my.empty")));
            next.addClassName("dyad-card-wide");
            add(next);
        }
        contributed.forEach(this::add);
        add(goals(space), new MyDetailsSection(service, space));
    }

    private Component goals(MySpace space) {
        VerticalLayout section = new VerticalLayout(new H3(getTranslation("my.goals")));
        section.addClassName("dyad-section");
        section.add(
                list(getTranslation("my.goals.couple"), space.coupleGoals()),
                list(getTranslation("my.goals.mine"), space.myGoals()));
        if (!space.partnerSharedGoals().isEmpty()) {
            section.add(list(getTranslation("my.goals.partner", space.partnerCallName()), space.partnerSharedGoals()));
        }
        return section;
    }

    private Component list(String title, List<GoalView> goals) {
        Div block = new Div(new Span(title));
        block.addClassName("dyad-goal-block");
        if (goals.isEmpty()) {
            Span none = new Span(getTranslation("goals.none"));
            none.addClassName("dyad-muted");
            block.add(none);
            return block;
        }
        UnorderedList items = new UnorderedList();
        for (GoalView goal : goals) {
            ListItem item = new ListItem(goal.description());
            if (goal.isAchieved()) {
                item.add(new Span(" ✓ " + getTranslation("goals.achieved")));
                item.addClassName("dyad-goal-achieved");
            }
            items.add(item);
        }
        block.add(items);
        return block;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("my.title");
    }
}
