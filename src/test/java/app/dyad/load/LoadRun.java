package app.dyad.load;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The load run of issue 16 (README "Load (issue 16)"): counselors and clients doing their usual loops with think time
 * against a running production jar, more of them every step, until the 95th percentile of a server round trip passes
 * the limit or errors appear. Not a test: its name keeps it out of {@code verify}; run it by name with
 * {@code -Dtest=LoadRun} and the {@code load.*} properties below.
 */
class LoadRun {

    private static final String PASSWORD = "dyad-demo-2026";
    private static final List<String> COUNSELORS = List.of("maya@dyad.demo", "jon@dyad.demo");
    private static final List<String> CLIENTS =
            List.of("alex@dyad.demo", "sam@dyad.demo", "robin@dyad.demo", "kai@dyad.demo");
    private static final Pattern EXERCISE_LINK = Pattern.compile("my/exercises/(\\d+)");

    private final String url = System.getProperty("load.url", "http://127.0.0.1:8350");
    private final String db =
            System.getProperty("load.db", "jdbc:mariadb://127.0.0.1:3306/load_dyad?user=root&password=");
    private final long pid = Long.getLong("load.pid", -1);
    private final int start = Integer.getInteger("load.start", 2);
    private final int step = Integer.getInteger("load.step", 2);
    private final int stepSeconds = Integer.getInteger("load.stepSeconds", 20);
    private final int maxSeconds = Integer.getInteger("load.maxSeconds", 300);
    private final double p95Limit = Double.parseDouble(System.getProperty("load.p95LimitMillis", "200"));
    /** Counselors per client among the virtual users (0: clients only). */
    private final int counselorsPerClient = Integer.getInteger("load.counselorsPerClient", 2);

    private final int warmupSeconds = Integer.getInteger("load.warmupSeconds", 30);
    private final long thinkMillis = Long.getLong("load.thinkMillis", 3000);

    private final RoundTrips trips = new RoundTrips();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Map<String, List<Long>> couplesByCounselor = new HashMap<>();

    /** The same run without Maven: {@code java -cp <test classpath> app.dyad.load.LoadRun} with the properties. */
    public static void main(String[] args) throws Exception {
        new LoadRun().ramp();
    }

    @Test
    void ramp() throws Exception {
        readCouples();
        List<Thread> users = new ArrayList<>();
        List<String> table = new ArrayList<>();
        table.add("| s | users | round trips | p50 ms | p95 ms | max ms | errors | CPU (of 2 cores) | heap used MB |");
        table.add("|---|---|---|---|---|---|---|---|---|");
        // the first users sign in and the server's code warms up (JIT) before anything counts
        while (users.size() < start) {
            int index = users.size();
            boolean counselor = isCounselor(index);
            users.add(Thread.ofVirtual().name("user-" + index).start(() -> user(index, counselor)));
        }
        Thread.sleep(warmupSeconds * 1000L);
        RoundTrips.Window warmup = trips.drain(0, false);
        System.out.println("LOAD warm-up: " + warmup);
        long began = System.nanoTime();
        long cpuBefore = processCpuTicks();
        long wallBefore = System.nanoTime();
        long failuresBefore = trips.failures();
        int held = 0;
        String stopReason = "time limit " + maxSeconds + " s";
        while (true) {
            int wanted = table.size() == 2 ? start : users.size() + step;
            while (users.size() < wanted) {
                int index = users.size();
                boolean counselor = isCounselor(index);
                users.add(Thread.ofVirtual().name("user-" + index).start(() -> user(index, counselor)));
            }
            Thread.sleep(stepSeconds * 1000L);
            RoundTrips.Window window = trips.drain(failuresBefore, true);
            failuresBefore = trips.failures();
            long cpuNow = processCpuTicks();
            long wallNow = System.nanoTime();
            double cpu = pid < 0 ? -1 : (cpuNow - cpuBefore) * 10.0 / ((wallNow - wallBefore) / 1e6) * 100 / 2;
            cpuBefore = cpuNow;
            wallBefore = wallNow;
            long seconds = (wallNow - began) / 1_000_000_000L;
            String row = String.format(
                    Locale.ROOT,
                    "| %d | %d | %d | %.0f | %.0f | %.0f | %d | %.0f %% | %s |",
                    seconds,
                    users.size(),
                    window.trips(),
                    window.p50Millis(),
                    window.p95Millis(),
                    window.maxMillis(),
                    window.errors(),
                    cpu,
                    heapUsedMegabytes());
            table.add(row);
            System.out.println("LOAD " + row);
            if (window.errors() > 0) {
                stopReason = window.errors() + " error(s) at " + users.size() + " users: " + trips.failureKinds();
                break;
            }
            if (window.p95Millis() > p95Limit) {
                stopReason = "p95 " + Math.round(window.p95Millis()) + " ms > " + p95Limit + " ms at " + users.size()
                        + " users";
                break;
            }
            held = users.size();
            if (seconds + stepSeconds > maxSeconds) {
                break;
            }
        }
        running.set(false);
        users.forEach(Thread::interrupt);
        for (Thread user : users) {
            user.join(5000);
        }
        System.out.println("LOAD RESULT\n" + String.join("\n", table) + "\nusers held: " + held + "; stopped: "
                + stopReason + "; failures by kind: " + trips.failureKinds()
                + "\n| round trip | count | p50 ms | p95 ms |\n"
                + "|---|---|---|---|\n" + String.join("\n", trips.byLabel()));
    }

    /** By default two counselors for each client: the counselor's loop is the heavier one. */
    private boolean isCounselor(int index) {
        return index % (counselorsPerClient + 1) != counselorsPerClient;
    }

    private void user(int index, boolean counselor) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        // spread the sign-ins: Argon2 takes one core each
        pause(random.nextLong(stepSeconds * 1000L / 2 + 1));
        while (running.get()) {
            VirtualBrowser browser = new VirtualBrowser(url, trips);
            try {
                if (counselor) {
                    counselorLoop(browser, COUNSELORS.get(index % COUNSELORS.size()));
                } else {
                    clientLoop(browser, CLIENTS.get(index % CLIENTS.size()));
                }
            } catch (InterruptedException stopped) {
                return;
            } catch (Exception failed) {
                if (!running.get()) {
                    return;
                }
                trips.failure(failed.getClass().getSimpleName() + ": " + abbreviate(failed.getMessage()));
                pause(thinkMillis);
            }
        }
    }

    /** Caseload, a couple's page, its homework tab, the agenda; again and again, thinking between pages. */
    private void counselorLoop(VirtualBrowser browser, String email) throws Exception {
        browser.signIn(email, PASSWORD);
        browser.open("caseload");
        List<Long> couples = couplesByCounselor.get(email);
        while (running.get()) {
            think();
            long couple = couples.get(ThreadLocalRandom.current().nextInt(couples.size()));
            browser.navigate("couples/" + couple, "");
            think();
            browser.navigate("couples/" + couple, "tab=homework");
            think();
            browser.navigate("sessions", "");
            think();
            browser.navigate("caseload", "");
        }
    }

    /** Home, one of their exercises, an answer typed and saved; again and again. */
    private void clientLoop(VirtualBrowser browser, String email) throws Exception {
        browser.signIn(email, PASSWORD);
        browser.open("my");
        while (running.get()) {
            List<String> exercises = new ArrayList<>();
            Matcher links = EXERCISE_LINK.matcher(browser.lastResponse());
            while (links.find()) {
                exercises.add(links.group(1));
            }
            if (exercises.isEmpty()) {
                throw new VirtualBrowser.LoadFailure("no exercise on " + email + "'s home page");
            }
            think();
            browser.navigate(
                    "my/exercises/" + exercises.get(ThreadLocalRandom.current().nextInt(exercises.size())), "");
            think();
            var field = browser.firstNodeTagged("vaadin-text-area");
            if (field.isPresent()) {
                browser.type(field.get(), "Load test answer " + System.nanoTime());
            }
            var save = browser.nodeWithId("save-draft");
            if (save.isPresent()) {
                browser.click(save.get(), "save-draft");
            } else if (Boolean.getBoolean("load.debug")) {
                System.out.println("LOAD no save button: " + browser.describe());
            }
            think();
            browser.navigate("my", "");
        }
    }

    private void think() throws InterruptedException {
        Thread.sleep(thinkMillis / 2 + ThreadLocalRandom.current().nextLong(thinkMillis + 1));
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void readCouples() throws SQLException {
        try (Connection connection = DriverManager.getConnection(db);
                PreparedStatement query = connection.prepareStatement(
                        "select c.id from couple c join user_account u on u.id = c.counselor_id where u.email = ?")) {
            for (String counselor : COUNSELORS) {
                query.setString(1, counselor);
                List<Long> ids = new ArrayList<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getLong(1));
                    }
                }
                if (ids.isEmpty()) {
                    throw new IllegalStateException(counselor + " has no couples: is the demo seeded (loadtest)?");
                }
                couplesByCounselor.put(counselor, ids);
            }
        }
    }

    /** user + system time of the server's process, in clock ticks (1/100 s). */
    private long processCpuTicks() throws IOException {
        if (pid < 0) {
            return 0;
        }
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    /** Heap in use now (not after a GC), from jstat: young, survivor and old generations. */
    private String heapUsedMegabytes() {
        if (pid < 0) {
            return "?";
        }
        try {
            Path jstat = Path.of(System.getProperty("java.home"), "bin", "jstat");
            Process process = new ProcessBuilder(jstat.toString(), "-gc", Long.toString(pid))
                    .redirectErrorStream(true)
                    .start();
            List<String> lines =
                    new String(process.getInputStream().readAllBytes()).lines().toList();
            process.waitFor();
            String[] names = lines.get(0).trim().split("\\s+");
            String[] values = lines.get(1).trim().split("\\s+");
            double used = 0;
            for (int i = 0; i < names.length; i++) {
                if (List.of("S0U", "S1U", "EU", "OU").contains(names[i])) {
                    used += Double.parseDouble(values[i]);
                }
            }
            return String.format(Locale.ROOT, "%.0f", used / 1024);
        } catch (IOException | InterruptedException | RuntimeException e) {
            return "?";
        }
    }

    private static String abbreviate(String text) {
        if (text == null) {
            return "";
        }
        String line = text.replace('\n', ' ');
        return line.length() <= 160 ? line : line.substring(0, 160);
    }

    static {
        // keep the driver's own JVM from being mistaken for the server's in the figures
        System.setProperty(
                "load.driverPid",
                Long.toString(ManagementFactory.getRuntimeMXBean().getPid()));
    }
}
