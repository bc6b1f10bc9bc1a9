package app.dyad.sessions.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** "Keep both texts": each tab's words once. */
class NoteTextsTest {

    @Test
    void thisPagesFirstWordsFollowTheSavedText() {
        assertThat(NoteTexts.keepBoth("", "Theirs.", "Mine.")).isEqualTo("Theirs.\n\nMine.");
    }

    @Test
    void onlyTheLinesAddedHereFollowTheSavedTextAndLinesTypedTogetherStayTogether() {
        String base = "Alex spoke.\n\nSam listened.";
        String saved = "Alex spoke.\n\nSam listened.\n\nTheir plan.";
        assertThat(NoteTexts.keepBoth(base, saved, base + "\n\nMy plan:\n- check-ins\n- a walk"))
                .isEqualTo(saved + "\n\nMy plan:\n- check-ins\n- a walk");
    }

    @Test
    void aTextAlreadyInTheSavedOneIsNotAddedAgain() {
        assertThat(NoteTexts.keepBoth("", "Mine.\n\nTheirs.", "Mine.")).isEqualTo("Mine.\n\nTheirs.");
        assertThat(NoteTexts.keepBoth("Mine.", "Mine.\n\nTheirs.", "Mine.\n\nMore of mine."))
                .isEqualTo("Mine.\n\nTheirs.\n\nMore of mine.");
        assertThat(NoteTexts.keepBoth("Old.", "Theirs.", "Old.")).isEqualTo("Theirs.");
    }

    @Test
    void whenBothChangedTheSameLineBothVersionsAreKept() {
        assertThat(NoteTexts.keepBoth("One line.", "One line, theirs.", "One line, mine."))
                .isEqualTo("One line, theirs.\n\nOne line, mine.");
    }
}
