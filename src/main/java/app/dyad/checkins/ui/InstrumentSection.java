package app.dyad.checkins.ui;

import app.dyad.base.ui.Formats;
import app.dyad.checkins.InstrumentProgress;
import app.dyad.checkins.InstrumentView;
import app.dyad.checkins.ItemPair;
import app.dyad.checkins.ItemView;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One instrument on a progress page: what it is (a reflection aid, or a published measure with its citation), the
 * chart, and for the counselor the latest answers side by side and where the partners differ.
 */
class InstrumentSection extends Div {

    InstrumentSection(InstrumentProgress progress, boolean withAnswers) {
        InstrumentView instrument = progress.instrument();
        addClassNames("dyad-card", "dyad-instrument");
        setId("progress-" + instrument.code().toLowerCase(Locale.ROOT));
        add(new H3(instrument.title()));
        Paragraph about = new Paragraph(instrument.about());
        about.addClassName("dyad-muted");
        add(about);
        if (instrument.citation() != null) {
            Paragraph citation = new Paragraph(getTranslation("checkins.source", instrument.citation()));
            citation.addClassNames("dyad-muted", "dyad-citation");
            add(citation);
        }
        if (progress.one().points().isEmpty() && progress.two().points().isEmpty()) {
            return; // nothing to chart or compare yet: the page says so once, above
        }
        add(new ScoreChart(progress));
        if (withAnswers) {
            add(sideBySide(progress), differences(progress));
        }
    }

    private Div sideBySide(InstrumentProgress p) {
        Div block = new Div();
        block.addClassName("dyad-side-by-side");
        block.add(new H4(getTranslation("checkins.latest")));
        if (p.oneAnsweredOn() == null && p.twoAnsweredOn() == null) {
            Paragraph none = new Paragraph(getTranslation("checkins.latest.none"));
            none.addClassName("dyad-muted");
            block.add(none);
            return block;
        }
        NativeTable table = new NativeTable();
        table.addClassName("dyad-score-table");
        NativeTableRow head = table.getHead().addRow();
        head.addHeaderCell().setText(getTranslation("checkins.question"));
        head.addHeaderCell().setText(heading(p.one().name(), p.oneAnsweredOn()));
        head.addHeaderCell().setText(heading(p.two().name(), p.twoAnsweredOn()));
        for (ItemPair pair : p.sideBySide()) {
            NativeTableRow row = table.getBody().addRow();
            var label = row.addHeaderCell();
            label.setText(pair.item().shortLabel());
            label.setTitle(pair.item().text());
            row.addDataCell().setText(answer(pair.item(), pair.one()));
            row.addDataCell().setText(answer(pair.item(), pair.two()));
            if (pair.gap() >= InstrumentProgress.DIFFERENCE && p.sameRound()) {
                row.addClassName("dyad-differs");
            }
        }
        block.add(table);
        if (!p.sameRound()) {
            Paragraph note = new Paragraph(getTranslation("checkins.latest.not-same-round"));
            note.addClassName("dyad-muted");
            block.add(note);
        }
        return block;
    }

    private Div differences(InstrumentProgress p) {
        Div block = new Div();
        block.addClassName("dyad-differences");
        block.setId(getId().orElse("") + "-differences");
        block.add(new H4(getTranslation("checkins.differ")));
        if (!p.sameRound()) {
            block.add(muted(getTranslation("checkins.differ.wait")));
        } else if (p.differences().isEmpty()) {
            block.add(muted(getTranslation("checkins.differ.none", InstrumentProgress.DIFFERENCE)));
        } else {
            OrderedList list = new OrderedList();
            for (ItemPair pair : p.differences()) {
                list.add(new ListItem(getTranslation(
                        "checkins.differ.item",
                        pair.item().text(),
                        p.one().name(),
                        answer(pair.item(), pair.one()),
                        p.two().name(),
                        answer(pair.item(), pair.two()),
                        pair.gap())));
            }
            block.add(list);
        }
        return block;
    }

    private Paragraph muted(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("dyad-muted");
        return p;
    }

    private String heading(String name, @Nullable LocalDate on) {
        return on == null ? name : getTranslation("checkins.latest.heading", name, Formats.date(this, on));
    }

    private String answer(ItemView item, @Nullable Integer value) {
        if (value == null) {
            return "–";
        }
        if (item.isChoice()) {
            return getTranslation("checkins.answer.choice", item.describe(value), value);
        }
        if (!item.inScore() && item.lowLabel() != null && item.highLabel() != null) {
            // a balance, whose middle is the aim: which end it leans to says more than the number
            int twice = 2 * value - item.min() - item.max();
            return twice == 0
                    ? getTranslation("checkins.answer.middle", value, item.max())
                    : getTranslation(
                            "checkins.answer.toward",
                            value,
                            item.max(),
                            twice < 0 ? item.lowLabel() : item.highLabel());
        }
        return getTranslation("checkins.answer.scale", value, item.max());
    }
}
