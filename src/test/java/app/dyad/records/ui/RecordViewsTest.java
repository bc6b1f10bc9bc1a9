package app.dyad.records.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import app.dyad.DyadSpringTest;
import app.dyad.couples.CoupleAdminService;
import app.dyad.couples.CoupleService;
import app.dyad.couples.ui.CoupleView;
import app.dyad.couples.ui.MyHomeView;
import app.dyad.identity.TestAccounts;
import app.dyad.records.ExportedRecord;
import app.dyad.sessions.SessionsClinic;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The record's two screens without a browser: the partner's download on their home, the counselor's dialog. */
@DyadSpringTest
class RecordViewsTest extends SpringBrowserlessTest {

    @Autowired
    CoupleAdminService admins;

    @Autowired
    CoupleService couples;

    @Autowired
    TestAccounts accounts;

    @Autowired
    MyRecordSection myRecordSection;

    @Autowired
    JdbcTemplate jdbc;

    SessionsClinic clinic;

    @BeforeEach
    void clinic() {
        clinic = new SessionsClinic(accounts, admins, couples);
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    /** What a download link sends, streamed into memory as the browser would receive it. */
    private static ExportedRecord downloaded(DownloadHandler handler, Component owner) {
        return ExportedRecord.of(out -> {
            VaadinResponse response = mock(VaadinResponse.class);
            try {
                when(response.getOutputStream()).thenReturn(out);
                handler.handleDownloadRequest(new DownloadEvent(
                        mock(VaadinRequest.class), response, mock(VaadinSession.class), owner.getElement()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Test
    void aPartnerDownloadsTheirRecordFromTheirHomeAndReadsThatNotesAreNotInIt() {
        clinic.asClient("ada");
        navigate("my", MyHomeView.class);

        assertThat($(Anchor.class).id("my-record-download").getHref()).isNotBlank();
        assertThat($(Paragraph.class).id("my-record-no-notes").getText())
                .contains("session notes")
                .contains("HIPAA");
        ExportedRecord record = downloaded(myRecordSection.download(UI.getCurrent()), UI.getCurrent());
        assertThat(record.json().get("kind").asString()).isEqualTo("PARTNERS_OWN");
        assertThat(record.pdfText()).contains("Record of Ada");
    }

    @Test
    void theCounselorsDialogAsksForAReasonBeforeTheDownloadAndAuditsIt() {
        clinic.asCounselorOne();
        navigate("couples/" + clinic.coupleOne, CoupleView.class);
        test($(Button.class).id("couple-record")).click();
        CoupleRecordDialog dialog = $(CoupleRecordDialog.class).single();

        assertThat(dialog.downloadEnabled()).as("no reason yet").isFalse();
        test(dialog.reason()).setValue("   ");
        assertThat(dialog.downloadEnabled()).isFalse();
        assertThat(dialog.reason().isInvalid()).isTrue();

        CoupleRecordDialog.Scope forBea = dialog.scope()
                .getListDataView()
                .getItems()
                .filter(s -> s.partnerId() != null && s.partnerId() == clinic.bea)
                .findFirst()
                .orElseThrow();
        dialog.scope().setValue(forBea);
        test(dialog.reason()).setValue("Bea asked for her record for a new counselor");
        assertThat(dialog.downloadEnabled()).isTrue();

        ExportedRecord record = downloaded(dialog.downloadHandler, dialog);
        assertThat(record.json().get("kind").asString()).isEqualTo("COUPLE_FOR_PARTNER");
        assertThat(record.json().get("partnerId").asLong()).isEqualTo(clinic.bea);
        assertThat(jdbc.queryForObject(
                        "select detail from audit_entry where couple_id = ? and action = 'RECORD_EXPORTED'",
                        String.class,
                        clinic.coupleOne))
                .contains("Bea asked for her record for a new counselor");
    }
}
