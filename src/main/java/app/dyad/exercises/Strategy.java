package app.dyad.exercises;

import app.dyad.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One of the nine strategies of the source articles. */
@Entity
@Table(name = "strategy")
class Strategy extends AbstractEntity {

    @Column(nullable = false, length = 40)
    private String code = "";

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 120)
    private String name = "";

    @Column(nullable = false, length = 1000)
    private String summary = "";

    @Column(nullable = false, length = 20)
    private String sources = "";

    protected Strategy() {}

    StrategyView view() {
        Long id = getId();
        return new StrategyView(id == null ? 0 : id, code, position, name, summary, sources);
    }
}
