package app.dyad.checkins.ui;

import app.dyad.checkins.CounselorCheckIns;
import app.dyad.checkins.CoupleProgress;
import app.dyad.checkins.InstrumentProgress;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * The couple's progress for their counselor: the check-in plan, then per instrument both partners' lines, the latest
 * answers side by side and where they differ.
 */
class ProgressTab extends VerticalLayout {

    private final CounselorCheckIns checkIns;
    private final long coupleId;
    private final Div sections = new Div();
    private final PlanForm plan;

    ProgressTab(CounselorCheckIns checkIns, long coupleId) {
        this.checkIns = checkIns;
        this.coupleId = coupleId;
        setPadding(false);
        setId("progress-tab");
        sections.setWidthFull();
        sections.addClassName("dyad-progress");
        CoupleProgress progress = checkIns.progress(coupleId);
        plan = new PlanForm(checkIns, coupleId, progress.plan(), this::reload);
        add(plan, sections);
        show(progress);
    }

    /** After a colleague's change: what is saved now, plan and progress. */
    private void reload() {
        CoupleProgress progress = checkIns.progress(coupleId);
        plan.show(progress.plan());
        show(progress);
    }

    private void show(CoupleProgress progress) {
        sections.removeAll();
        if (!progress.hasAnswers()) {
            Paragraph none = new Paragraph(getTranslation("checkins.none-yet"));
            none.addClassName("dyad-muted");
            none.setId("progress-none");
            sections.add(none);
        }
        for (InstrumentProgress instrument : progress.instruments()) {
            sections.add(new InstrumentSection(instrument, true));
        }
    }
}
