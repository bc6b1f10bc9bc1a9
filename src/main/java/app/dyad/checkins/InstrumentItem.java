package app.dyad.checkins;

import app.dyad.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** One question of an instrument. */
@Entity
@Table(name = "checkin_item")
class InstrumentItem extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "instrument_id", nullable = false)
    private @Nullable Instrument instrument;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 300)
    private String text = "";

    @Column(name = "short_label", nullable = false, length = 60)
    private String shortLabel = "";

    @Column(name = "min_value", nullable = false)
    private int minValue;

    @Column(name = "max_value", nullable = false)
    private int maxValue;

    @Column(name = "low_label", length = 80)
    private @Nullable String lowLabel;

    @Column(name = "high_label", length = 80)
    private @Nullable String highLabel;

    @Column(length = 600)
    private @Nullable String answers;

    @Column(name = "in_score", nullable = false)
    private boolean inScore;

    protected InstrumentItem() {}

    ItemView view() {
        List<String> choices = answers == null ? List.of() : Arrays.asList(answers.split("\\|"));
        return new ItemView(
                Objects.requireNonNull(getId()),
                text,
                shortLabel,
                minValue,
                maxValue,
                lowLabel,
                highLabel,
                choices,
                inScore);
    }
}
