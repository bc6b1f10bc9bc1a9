package app.dyad.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Heap kept per open UI of the production jar, for each role (README "Memory per signed-in user"). Not a test: run by
 * {@code scripts/memory-per-user.sh}, which starts the jar with the demo data and passes its address and process id.
 * For each role, N browser contexts sign in and move inside the app by clicking (each {@code page.navigate} would start
 * another UI); they stay open while {@code jcmd GC.class_histogram} (a full GC, live objects only) reads the heap
 * before and after. The difference divided by N is what one person costs while their page is open.
 */
public final class MemoryPerUser {

    private static final String PASSWORD = "dyad-demo-2026";

    private final String baseUrl;
    private final long pid;
    private final Path out;
    private final Browser browser;

    private MemoryPerUser(String baseUrl, long pid, Path out, Browser browser) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        this.pid = pid;
        this.out = out;
        this.browser = browser;
    }

    /** Arguments: base URL, server process id, sessions per role, output folder, roles (comma-separated, optional). */
    public static void main(String[] args) throws Exception {
        String baseUrl = args[0];
        long pid = Long.parseLong(args[1]);
        int n = Integer.parseInt(args[2]);
        Path out = Path.of(args[3]);
        List<String> roles =
                List.of((args.length > 4 ? args[4] : "anonymous,admin,counselor-couple,counselor,client").split(","));
        Files.createDirectories(out);
        try (Playwright playwright = BrowserSupport.playwright()) {
            Browser browser = BrowserSupport.launch(playwright);
            new MemoryPerUser(baseUrl, pid, out, browser).run(n, roles);
        }
    }

    private void run(int n, List<String> roles) throws Exception {
        Map<String, Consumer<Page>> journeys = new LinkedHashMap<>();
        journeys.put("anonymous", this::anonymous);
        journeys.put("admin", this::admin);
        journeys.put("counselor-couple", this::counselorAtCouple);
        journeys.put("counselor", this::counselor);
        journeys.put("client", this::client);
        // warm-up: every journey twice, so classes, caches and pools are loaded before anything is counted
        for (String role : roles) {
            List<BrowserContext> warm = open(journeys.get(role), 2);
            warm.forEach(BrowserContext::close);
        }
        StringBuilder report = new StringBuilder();
        report.append(
                String.format("%-17s %8s %12s %12s %10s%n", "role", "sessions", "before (KB)", "after (KB)", "KB/UI"));
        for (String role : roles) {
            long before = liveHeap(role + "-before");
            List<BrowserContext> contexts = open(journeys.get(role), n);
            long after = liveHeap(role + "-after");
            contexts.forEach(BrowserContext::close);
            report.append(String.format(
                    "%-17s %8d %12d %12d %10d%n", role, n, before / 1024, after / 1024, (after - before) / 1024 / n));
        }
        System.out.print(report);
        Files.writeString(out.resolve("result.txt"), report.toString(), StandardCharsets.UTF_8);
    }

    private List<BrowserContext> open(Consumer<Page> journey, int count) {
        List<BrowserContext> contexts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            BrowserContext context = browser.newContext();
            Page page = context.newPage();
            page.setDefaultTimeout(60_000);
            journey.accept(page);
            contexts.add(context);
        }
        return contexts;
    }

    private void anonymous(Page page) {
        page.navigate(baseUrl + "login");
        page.locator("vaadin-text-field[name='username'] input").waitFor();
        settle(page);
    }

    private void admin(Page page) {
        signIn(page, "admin@dyad.demo", "admin/users");
        page.locator("#users vaadin-grid-cell-content").first().waitFor();
        menu(page, "My account", "account");
        page.goBack();
        waitForPath(page, "admin/users");
        page.locator("#users vaadin-grid-cell-content").first().waitFor();
        settle(page);
    }

    /** Caseload, a couple's page, its Homework tab: where the issue measured 534 KB. */
    private void counselorAtCouple(Page page) {
        signIn(page, "maya@dyad.demo", "caseload");
        page.locator("vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText("Moreau"))
                .first()
                .click();
        waitForPath(page, "couples/\\d+");
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Homework"))
                .click();
        waitForPath(page, "couples/\\d+\\?tab=homework");
        settle(page);
    }

    /** The same, then the agenda, a session's note page from it, and Back to the agenda. */
    private void counselor(Page page) {
        counselorAtCouple(page);
        menu(page, "Agenda", "sessions");
        page.locator("a[href$='/note']").first().click();
        waitForPath(page, "sessions/\\d+/note");
        settle(page);
        page.goBack();
        waitForPath(page, "sessions");
        settle(page);
    }

    /** A partner's home, one exercise, back home, then their progress. */
    private void client(Page page) {
        signIn(page, "robin@dyad.demo", "my");
        page.locator("a[href^='my/exercises/']").first().click();
        waitForPath(page, "my/exercises/\\d+");
        settle(page);
        page.goBack();
        waitForPath(page, "my");
        page.locator("a[href='my/progress']").first().click();
        waitForPath(page, "my/progress");
        settle(page);
    }

    private void signIn(Page page, String email, String home) {
        page.navigate(baseUrl + "login");
        page.locator("vaadin-text-field[name='username'] input").fill(email);
        page.locator("vaadin-password-field[name='password'] input").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        waitForPath(page, home);
        settle(page);
    }

    private void menu(Page page, String label, String path) {
        page.locator("vaadin-side-nav-item")
                .filter(new Locator.FilterOptions().setHasText(label))
                .first()
                .click();
        waitForPath(page, path);
        settle(page);
    }

    private void waitForPath(Page page, String pathPattern) {
        Pattern pattern = Pattern.compile(Pattern.quote(baseUrl) + pathPattern + "([?#].*)?");
        page.waitForURL(pattern);
    }

    /** Waits until Vaadin has no request in flight. */
    private static void settle(Page page) {
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())");
    }

    /** Live bytes after a full GC: the Total line of a class histogram (kept in the output folder for diffs). */
    private long liveHeap(String label) throws IOException, InterruptedException {
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 2; i++) {
            Process jcmd = new ProcessBuilder("jcmd", String.valueOf(pid), "GC.class_histogram")
                    .redirectErrorStream(true)
                    .start();
            String histogram = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            jcmd.waitFor();
            long total = total(histogram);
            if (total < least) {
                least = total;
                Files.writeString(out.resolve(label + ".histo"), histogram, StandardCharsets.UTF_8);
            }
        }
        return least;
    }

    private static long total(String histogram) {
        for (String line : histogram.split("\n")) {
            String trimmed = line.trim();
            if (trimmed.startsWith("Total")) {
                String[] parts = trimmed.split("\\s+");
                return Long.parseLong(parts[2]);
            }
        }
        throw new IllegalStateException("No Total line in the class histogram:\n" + histogram);
    }
}
