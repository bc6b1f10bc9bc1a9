package app.dyad.e2e;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.options.ColorScheme;
import com.microsoft.playwright.options.LoadState;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * axe-core (Deque's Java binding) on the page as it stands, in light and in dark. A finding fails the journey when
 * axe rates it serious or critical, or when it is one of the page-structure rules the clinic's review named (a main
 * landmark, one h1). Everything axe reports is kept for the report file, failing or not.
 */
final class AccessibilityCheck {

    /** WCAG 2.0 and 2.1 A and AA, plus axe's best practices, where the landmark and h1 rules live. */
    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice");

    /** Rules that fail the journey whatever their impact: the structure every page must have. */
    static final Set<String> STRUCTURE = Set.of(
            "landmark-one-main", "landmark-no-duplicate-main", "landmark-main-is-top-level", "page-has-heading-one");

    /** Waits until Vaadin has answered, nothing finite is still moving and the document has its title (max 5 s). */
    private static final String SETTLE = """
            async () => {
              const deadline = Date.now() + 5000;
              const busy = () => {
                const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
                const active = clients && Object.values(clients).some(c => c.isActive && c.isActive());
                const moving = document.getAnimations().some(a => a.playState === 'running'
                    && a.effect && a.effect.getTiming().iterations !== Infinity);
                return active || moving || !document.title;
              };
              while (busy() && Date.now() < deadline) await new Promise(r => setTimeout(r, 50));
              await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
            }""";

    /** The open dialogs, named by their header: a dialog is checked once per page it opens on. */
    static final String OPEN_DIALOGS = """
            () => [...document.querySelectorAll('vaadin-dialog[opened], vaadin-confirm-dialog[opened]')]
                .map(d => d.getAttribute('header-title') || d.headerTitle || d.getAttribute('aria-label') || d.id || 'dialog').join(' + ')""";

    record Finding(String where, String scheme, Rule rule, boolean fails) {

        String describe() {
            String nodes = rule.getNodes().stream()
                    .limit(5)
                    .map(AccessibilityCheck::describe)
                    .collect(Collectors.joining("\n"));
            return "[" + scheme + "] " + where + ": " + rule.getId() + " (" + rule.getImpact() + ") " + rule.getHelp()
                    + "\n" + nodes;
        }
    }

    private AccessibilityCheck() {}

    /** Checks the page in light and dark and leaves it in light, as the journeys run. */
    static List<Finding> check(Page page, String where) {
        List<Finding> findings = new ArrayList<>();
        try {
            for (ColorScheme scheme : List.of(ColorScheme.LIGHT, ColorScheme.DARK)) {
                page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(scheme));
                for (Rule rule : analyze(page)) {
                    boolean fails = "serious".equals(rule.getImpact())
                            || "critical".equals(rule.getImpact())
                            || STRUCTURE.contains(rule.getId());
                    findings.add(new Finding(where, scheme.name().toLowerCase(), rule, fails));
                }
            }
        } finally {
            page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.LIGHT));
        }
        return findings;
    }

    private static List<Rule> analyze(Page page) {
        for (int attempt = 1; ; attempt++) {
            try {
                settle(page);
                return new AxeBuilder(page).withTags(TAGS).analyze().getViolations();
            } catch (PlaywrightException navigatedAway) {
                if (attempt == 3) {
                    throw navigatedAway;
                }
                page.waitForLoadState(LoadState.LOAD);
            }
        }
    }

    static void settle(Page page) {
        page.evaluate(SETTLE);
    }

    private static String describe(CheckedNode node) {
        String summary = node.getFailureSummary() == null
                ? ""
                : node.getFailureSummary().replaceAll("\\s+", " ").trim();
        return "    " + node.getTarget() + ": " + summary;
    }
}
