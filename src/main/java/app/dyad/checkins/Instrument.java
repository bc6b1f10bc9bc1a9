package app.dyad.checkins;

import app.dyad.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A questionnaire: product content from a migration, never edited in the app. */
@Entity
@Table(name = "checkin_instrument")
class Instrument extends AbstractEntity {

    @Column(nullable = false, length = 16)
    private String code = "";

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 120)
    private String title = "";

    @Column(nullable = false, length = 1000)
    private String about = "";

    @Column(length = 400)
    private @Nullable String citation;

    @Column(name = "score_rule", nullable = false, length = 8)
    private String scoreRule = "SUM";

    @Column(name = "min_score", nullable = false)
    private BigDecimal minScore = BigDecimal.ZERO;

    @Column(name = "max_score", nullable = false)
    private BigDecimal maxScore = BigDecimal.ZERO;

    private @Nullable BigDecimal cutoff;

    @OneToMany(mappedBy = "instrument")
    @OrderBy("position")
    private List<InstrumentItem> items = new ArrayList<>();

    protected Instrument() {}

    InstrumentView view() {
        return new InstrumentView(
                code,
                title,
                about,
                citation,
                "MEAN".equals(scoreRule),
                minScore.doubleValue(),
                maxScore.doubleValue(),
                cutoff == null ? null : cutoff.doubleValue(),
                items.stream().map(InstrumentItem::view).toList());
    }
}
