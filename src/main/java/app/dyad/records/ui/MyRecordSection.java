package app.dyad.records.ui;

import app.dyad.couples.spi.ui.ClientHomeSection;
import app.dyad.records.MyRecord;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.Optional;

/**
 * On the client's home: download their own record (HIPAA's right of access), streamed straight into the response, with
 * the plain statement that the counselor's notes are not part of it.
 */
@SpringComponent
class MyRecordSection implements ClientHomeSection {

    static final String FILE_NAME = "my-dyad-record.zip";

    private final MyRecord myRecord;

    MyRecordSection(MyRecord myRecord) {
        this.myRecord = myRecord;
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public Optional<Component> create() {
        VerticalLayout section = new VerticalLayout();
        section.addClassName("dyad-section");
        section.setId("my-record");
        section.add(new H3(section.getTranslation("records.my.title")));
        section.add(new Paragraph(section.getTranslation("records.my.text")));
        Paragraph noNotes = new Paragraph(section.getTranslation("records.my.no-notes"));
        noNotes.addClassName("dyad-muted");
        noNotes.setId("my-record-no-notes");
        section.add(noNotes);
        Anchor download = new Anchor(download(section), "");
        Button button = new Button(section.getTranslation("records.my.download"), VaadinIcon.DOWNLOAD.create());
        download.add(button);
        download.setId("my-record-download");
        section.add(download);
        return Optional.of(section);
    }

    /** What the section's download link streams: the signed-in partner's record, in the page's language. */
    DownloadHandler download(Component page) {
        return event -> {
            event.setFileName(FILE_NAME);
            event.setContentType("application/zip");
            myRecord.exportMine(new PageRecordTexts(page), event.getOutputStream());
        };
    }
}
