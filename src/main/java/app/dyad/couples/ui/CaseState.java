package app.dyad.couples.ui;

import app.dyad.couples.CoupleFile;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** The case file as last saved or loaded on this page; sections read versions from it and hear of changes. */
class CaseState {

    private CoupleFile file;
    private final List<Consumer<CoupleFile>> listeners = new ArrayList<>();

    CaseState(CoupleFile file) {
        this.file = file;
    }

    CoupleFile file() {
        return file;
    }

    void saved(CoupleFile updated) {
        this.file = updated;
        listeners.forEach(listener -> listener.accept(updated));
    }

    void onSaved(Consumer<CoupleFile> listener) {
        listeners.add(listener);
    }
}
