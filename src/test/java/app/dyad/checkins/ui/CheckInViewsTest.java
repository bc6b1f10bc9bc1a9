package app.dyad.checkins.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.dyad.DyadSpringTest;
import app.dyad.checkins.Cadence;
import app.dyad.checkins.CounselorCheckIns;
import app.dyad.checkins.InstrumentProgress;
import app.dyad.checkins.MyCheckIns;
import app.dyad.checkins.ScorePoint;
import app.dyad.couples.CoupleAdminService;
import app.dyad.couples.CoupleStatus;
import app.dyad.couples.NewCouple;
import app.dyad.couples.PartnerDetails;
import app.dyad.couples.ui.CoupleView;
import app.dyad.couples.ui.MyHomeView;
import app.dyad.exercises.Visibility;
import app.dyad.identity.Role;
import app.dyad.identity.TestAccounts;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.slider.IntegerSlider;
import com.vaadin.flow.component.tabs.TabSheet;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The check-in pages without a browser: the counselor plans check-ins on the Progress tab, a partner answers with
 * sliders and radio buttons on their phone-first page, and both see the charts with the same numbers in the table.
 */
@DyadSpringTest
class CheckInViewsTest extends SpringBrowserlessTest {

    @Autowired
    TestAccounts accounts;

    @Autowired
    CoupleAdminService admins;

    @Autowired
    CounselorCheckIns counselorCheckIns;

    @Autowired
    MyCheckIns myCheckIns;

    String counselor;
    String alex;
    String sam;
    long coupleId;

    @BeforeEach
    void aCouple() {
        String tag = UUID.randomUUID().toString();
        counselor = accounts.ensure("vc-" + tag + "@test.dyad", "Counselor", Role.COUNSELOR)
                .email();
        alex = "va-" + tag + "@test.dyad";
        sam = "vs-" + tag + "@test.dyad";
        accounts.signInAs("vadmin-" + tag + "@test.dyad", "Admin", Role.ADMIN);
        coupleId = admins.createCouple(new NewCouple(
                        new PartnerDetails("Alex", "V", null, null, alex, null, null),
                        new PartnerDetails("Sam", "V", null, null, sam, null, null),
                        null,
                        LocalDate.of(2026, 1, 1),
                        CoupleStatus.ACTIVE,
                        accounts.ensure(counselor, "", Role.COUNSELOR).accountId()))
                .coupleId();
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private void openProgressTab() {
        accounts.signInAs(counselor, "", Role.COUNSELOR);
        navigate(CoupleView.class, coupleId);
        TabSheet tabs = find(TabSheet.class).single();
        tabs.setSelectedIndex(2);
        assertThat(tabs.getSelectedTab().getLabel()).isEqualTo("Progress");
    }

    @SuppressWarnings("unchecked")
    private void planFortnightlyRevealTogether() {
        openProgressTab();
        assertThat($(Paragraph.class).id("progress-none").getText()).contains("No check-in");
        test((Select<Cadence>) $(Select.class).id("checkin-cadence")).selectItem("Every 2 weeks");
        test((RadioButtonGroup<Visibility>) $(RadioButtonGroup.class).id("checkin-visibility"))
                .selectItem("Also the other partner, once both have answered the same check-in");
        test($(Button.class).id("checkin-plan-save")).click();
        assertThat($(Span.class).id("checkin-plan-state").getText()).contains("Every 2 weeks");
    }

    @SuppressWarnings("unchecked")
    private void answerAs(String email, int sliderSteps, int csiAnswer) {
        accounts.signInAs(email, "", Role.CLIENT);
        navigate(MyHomeView.class);
        test($(Button.class).id("start-checkin")).click();
        assertThat($(Paragraph.class).id("checkin-who-sees").getText()).contains("only once you have both answered");
        test($(Button.class).id("submit-checkin")).click();
        assertThat($(Paragraph.class).id("checkin-problem").getText()).contains("answer every question");
        for (IntegerSlider slider : $(IntegerSlider.class).all()) {
            test(slider).setValue(5 + sliderSteps);
        }
        for (RadioButtonGroup<Integer> group : $(RadioButtonGroup.class).all()) {
            test(group).selectItem(group.getItemLabelGenerator().apply(csiAnswer));
        }
        test($(Button.class).id("submit-checkin")).click();
    }

    @Test
    void theCounselorPlansThePartnersAnswerAndTheChartAndTableAgree() {
        planFortnightlyRevealTogether();

        answerAs(alex, 3, 3);
        // he lands on his progress, thanked on the page; the thanks is for that arrival only
        assertThat($(Paragraph.class).id("progress-handed-in").getText())
                .isEqualTo("Thank you. Your check-in is handed in.");
        // Alex sees his own line only: Sam has not answered
        assertThat($(Paragraph.class).id("progress-who").getText()).contains("Only your own scores");
        navigate(MyHomeView.class);
        navigate(MyProgressView.class);
        assertThat($(Paragraph.class).withId("progress-handed-in").all()).isEmpty();
        answerAs(sam, -2, 1);
        assertThat($(Paragraph.class).id("progress-who").getText()).contains("beside yours");

        openProgressTab();
        InstrumentProgress csi =
                counselorCheckIns.progress(coupleId).instruments().get(1);
        Div chart = $(Div.class).id("chart-csi4");
        String src = $(Image.class, chart).single().getSrc();
        String svg =
                new String(Base64.getDecoder().decode(src.substring(src.indexOf(',') + 1)), StandardCharsets.UTF_8);
        assertThat(svg).contains("class=\"cutoff\"", "Alex", "Sam");
        test($(Checkbox.class).id("chart-csi4-as-table")).click();
        NativeTable table = $(NativeTable.class, chart).single();
        List<NativeTableRow> rows = table.getBody().getRows();
        assertThat(rows).hasSize(csi.one().points().size());
        ScorePoint alexs = csi.one().points().getFirst();
        ScorePoint sams = csi.two().points().getFirst();
        assertThat(rows.getFirst().getDataCells())
                .extracting(c -> c.getText())
                .containsExactly(ScoreChartSvg.number(alexs.score()), ScoreChartSvg.number(sams.score()));
        // the sliders start in the middle (5): Alex 8, Sam 3, so every balance item is 5 apart
        assertThat(counselorCheckIns.progress(coupleId).instruments().getFirst().differences())
                .hasSize(9);
        assertThat($(ListItem.class, $(Div.class).id("progress-balance-differences"))
                        .all())
                .hasSize(9)
                .allMatch(item -> item.getText().endsWith("5 points apart."))
                .last()
                .satisfies(closeness -> assertThat(closeness.getText())
                        .as("the balance item says which end each leans to")
                        .contains("8 of 10, nearer “Too distant”", "3 of 10, nearer “Too close”"));
    }
}
