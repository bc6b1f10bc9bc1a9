package app.dyad.safety.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.dyad.DyadSpringTest;
import app.dyad.checkins.ui.MyCheckInView;
import app.dyad.checkins.ui.MyProgressView;
import app.dyad.couples.CoupleAdminService;
import app.dyad.couples.CoupleService;
import app.dyad.couples.ui.CaseloadView;
import app.dyad.couples.ui.CoupleView;
import app.dyad.couples.ui.MyHomeView;
import app.dyad.identity.TestAccounts;
import app.dyad.identity.ui.AccountView;
import app.dyad.safety.SafetyClinic;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The private channel's pages without a browser: Sam writes on their phone-first page, Maya sees the flag, reads,
 * acknowledges and answers; and every client page Alex can open reads exactly the same before and after — no text,
 * count, flag or answer of Sam's anywhere in it.
 */
@DyadSpringTest
class PrivateChannelViewsTest extends SpringBrowserlessTest {

    static final String SECRET = "Ich habe Angst vor ihm. 我很害怕 — لا أشعر بالأمان";
    static final String ANSWER = "Sam, call me tomorrow at nine; I will keep the hour free.";

    @Autowired
    TestAccounts accounts;

    @Autowired
    CoupleAdminService admins;

    @Autowired
    CoupleService couples;

    SafetyClinic clinic;

    @BeforeEach
    void clinic() {
        clinic = new SafetyClinic(accounts, admins, couples);
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    /** Everything a client page says: its text, and every attribute and property of every element in the UI. */
    private List<String> everythingAlexCanRead() {
        List<String> seen = new ArrayList<>();
        for (Class<? extends Component> page :
                List.of(MyHomeView.class, PrivateChannelView.class, MyProgressView.class, MyCheckInView.class)) {
            seen.add(page.getSimpleName());
            collect(navigate(page).getElement(), seen);
        }
        collect(navigate(AccountView.class).getElement(), seen);
        return seen;
    }

    private static void collect(Element element, List<String> seen) {
        if (element.isTextNode()) {
            seen.add(element.getText());
        }
        // a download link's address is new on every page (Vaadin's random resource id): its place is what counts
        element.getAttributeNames()
                .sorted()
                .forEach(name -> seen.add(name + "="
                        + String.valueOf(element.getAttribute(name))
                                .replaceAll("VAADIN/dynamic/resource/\\d+/[0-9a-f-]+/", "VAADIN/dynamic/resource/")));
        element.getPropertyNames().sorted().forEach(name -> seen.add(name + ":" + element.getProperty(name)));
        element.getChildren().forEach(child -> collect(child, seen));
    }

    @Test
    void samWritesMayaReadsAndAnswersAndAlexSeesNoTraceOnAnyPage() {
        clinic.asAlex();
        List<String> before = everythingAlexCanRead();
        assertThat(String.join("\n", before)).contains("Talk to your counselor privately");

        clinic.asSam();
        PrivateChannelView page = navigate(PrivateChannelView.class);
        test(page.send).click();
        assertThat(page.text.getErrorMessage())
                .as("an empty message asks for words")
                .isNotBlank();
        test(page.text).setValue(SECRET);
        test(page.unsafeAtHome).click();
        test(page.send).click();
        assertThat($(Paragraph.class).id("private-sent-now").getText()).startsWith("Sent to Maya Counselor");
        assertThat(page.text.getValue()).as("a fresh form for the next message").isEmpty();
        navigate(MyHomeView.class);
        assertThat($(Paragraph.class).id("private-sent").getText()).isEqualTo("Sent to Maya Counselor");

        clinic.asCounselor();
        navigate(CaseloadView.class);
        assertThat(test(caseload()).size()).isOne();
        assertThat(test(caseload()).getCellText(0, 0)).contains("Private message");
        navigate(CoupleView.class, clinic.coupleId());
        String flag = $(Anchor.class).id("urgent-private-message").getHref();
        assertThat(flag).endsWith("?tab=private");
        UI.getCurrent().navigate(CoupleView.class, clinic.coupleId(), QueryParameters.of("tab", "private"));
        PrivateMessagesTab tab = $(PrivateMessagesTab.class).single();
        test(tab.grid).clickRow(0);
        assertThat($(Paragraph.class).id("private-message-text").getText()).isEqualTo(SECRET);
        test($(Button.class).id("acknowledge")).click();
        test($(TextArea.class).id("private-reply")).setValue(ANSWER);
        test($(Button.class).id("send-reply")).click();
        navigate(CaseloadView.class);
        assertThat(test(caseload()).getCellText(0, 0)).doesNotContain("Private message");

        clinic.asSam();
        navigate(MyHomeView.class);
        assertThat($(Paragraph.class).id("private-answer-waiting").getText()).contains("has answered you");
        navigate(PrivateChannelView.class);
        assertThat(String.join("\n", texts())).contains(ANSWER);

        clinic.asAlex();
        List<String> after = everythingAlexCanRead();
        assertThat(after).as("Alex's pages are word for word what they were").isEqualTo(before);
        assertThat(String.join("\n", after))
                .doesNotContain(SECRET)
                .doesNotContain(ANSWER)
                .doesNotContain("Sent to")
                .doesNotContain("answered you");
    }

    @Test
    void keepingNoCopyLeavesTheSendersHomeAsItWas() {
        clinic.asSam();
        navigate(MyHomeView.class);
        assertThat($(Paragraph.class).withId("private-sent").exists()).isFalse();
        PrivateChannelView page = navigate(PrivateChannelView.class);
        test(page.text).setValue(SECRET);
        test($(Checkbox.class).id("keep-no-copy")).click();
        test(page.send).click();
        assertThat(String.join("\n", texts())).doesNotContain(SECRET);
        navigate(MyHomeView.class);
        assertThat($(Paragraph.class).withId("private-sent").exists()).isFalse();

        clinic.asCounselor();
        UI.getCurrent().navigate(CoupleView.class, clinic.coupleId(), QueryParameters.of("tab", "private"));
        test($(PrivateMessagesTab.class).single().grid).clickRow(0);
        assertThat($(Paragraph.class).id("private-no-copy").getText()).contains("chose to keep no copy");
        test($(TextArea.class).id("private-reply")).setValue(ANSWER);
        test($(Button.class).id("send-reply")).click();

        clinic.asSam();
        navigate(MyHomeView.class);
        assertThat($(Paragraph.class).withId("private-answer-waiting").exists())
                .as("an answer to a message with no copy is not announced on the home")
                .isFalse();
        navigate(PrivateChannelView.class);
        assertThat(String.join("\n", texts())).contains(ANSWER).doesNotContain(SECRET);
    }

    @SuppressWarnings("unchecked")
    private Grid<Object> caseload() {
        return $(Grid.class).id("caseload");
    }

    private List<String> texts() {
        List<String> seen = new ArrayList<>();
        collect(getCurrentView().getElement(), seen);
        return seen;
    }

    @Test
    void leaveQuicklyIsOnEveryClientPage() {
        clinic.asSam();
        navigate(MyHomeView.class);
        assertThat($(Button.class).id("leave-quickly").getText()).isEqualTo("Leave quickly");
    }

    @Test
    void aCounselorHasNoLeaveQuickly() {
        clinic.asCounselor();
        navigate(CaseloadView.class);
        assertThat($(Button.class).withId("leave-quickly").exists()).isFalse();
    }
}
