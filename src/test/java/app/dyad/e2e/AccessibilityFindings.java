package app.dyad.e2e;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * The axe findings of one journey: which page states were checked (address, title and open dialogs, each once), what was
 * found, and a report under target/accessibility with every finding, failing or not.
 */
final class AccessibilityFindings {

    static final Path REPORTS = Paths.get("target/accessibility");

    private final Set<String> checked = new HashSet<>();
    private final List<AccessibilityCheck.Finding> findings = new CopyOnWriteArrayList<>();

    /** Checks the page unless its address and open dialogs were checked before in this journey. */
    void checkIfNew(Page page) {
        if (!page.url().startsWith("http")) {
            return; // a new tab before its first address
        }
        String dialogs;
        try {
            AccessibilityCheck.settle(page);
            dialogs = (String) page.evaluate(AccessibilityCheck.OPEN_DIALOGS);
        } catch (PlaywrightException navigating) {
            return; // the page is being replaced: the journey's wait for the next one checks that
        }
        URI address = URI.create(page.url());
        // the title is part of the state: two people can see different pages at one address
        String where = address.getPath()
                + (address.getQuery() == null ? "" : "?" + address.getQuery())
                + " \"" + page.title() + "\""
                + (dialogs.isEmpty() ? "" : " with dialog " + dialogs);
        if (checked.add(where)) {
            findings.addAll(AccessibilityCheck.check(page, where));
        }
    }

    Set<String> checkedPages() {
        return Set.copyOf(checked);
    }

    List<AccessibilityCheck.Finding> failing() {
        return findings.stream().filter(AccessibilityCheck.Finding::fails).toList();
    }

    String describeFailing() {
        return "serious or critical accessibility problems (axe " + AccessibilityCheck.TAGS + "):\n"
                + failing().stream().map(AccessibilityCheck.Finding::describe).collect(Collectors.joining("\n"));
    }

    void writeReport(String name) {
        String report = "checked: " + checked.stream().sorted().collect(Collectors.joining(", ")) + "\n\n"
                + findings.stream()
                        .map(f -> (f.fails() ? "FAILS " : "note  ") + f.describe())
                        .collect(Collectors.joining("\n"));
        try {
            Files.createDirectories(REPORTS);
            Files.writeString(REPORTS.resolve(name + ".txt"), report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
