package app.dyad.checkins.ui;

import app.dyad.checkins.CounselorCheckIns;
import app.dyad.couples.spi.ui.CaseTab;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.annotation.SpringComponent;

/** Puts the Progress tab on the couple's page, between Homework and Sessions. */
@SpringComponent
class ProgressTabContribution implements CaseTab {

    private final CounselorCheckIns checkIns;

    ProgressTabContribution(CounselorCheckIns checkIns) {
        this.checkIns = checkIns;
    }

    @Override
    public int order() {
        return 15;
    }

    @Override
    public String titleKey() {
        return "couple.tab.progress";
    }

    @Override
    public Component create(long coupleId) {
        return new ProgressTab(checkIns, coupleId);
    }
}
