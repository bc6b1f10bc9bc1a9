package app.dyad.checkins;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The instruments, read once: they are product content from a migration and never change while Dyad runs (no
 * clinical data is kept here, only the questions).
 */
@Component
class Instruments {

    private final InstrumentRepository repository;
    private volatile List<InstrumentView> all = List.of();

    Instruments(InstrumentRepository repository) {
        this.repository = repository;
    }

    @Transactional(readOnly = true)
    List<InstrumentView> all() {
        List<InstrumentView> known = all;
        if (known.isEmpty()) {
            known = repository.findAllWithItems().stream().map(Instrument::view).toList();
            all = known;
        }
        return known;
    }
}
