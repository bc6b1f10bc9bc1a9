package app.dyad.load;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One person's browser tab as Vaadin Flow's client engine speaks to the server: the sign-in form with Spring's CSRF
 * token from the page's meta tag, a UI opened by {@code ?v-r=init}, then UIDL messages that each carry the UI's
 * CSRF token, the last sync id the server sent and the client id it expects. It keeps the element tree only as far
 * as the driver needs it (tags and element ids by node), so it can type into a field and press a button.
 */
final class VirtualBrowser {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SPRING_CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final String base;
    private final RoundTrips trips;
    private final HttpClient http;
    private int uiId = -1;
    private String uiCsrf = "";
    private int syncId;
    private int clientId;
    private int historyIndex;
    private final Map<Integer, String> tags = new HashMap<>();
    private final Map<String, Integer> elementIds = new HashMap<>();
    private String lastResponse = "";

    VirtualBrowser(String base, RoundTrips trips) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.trips = trips;
        this.http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** The sign-in page, then its form posted with the page's CSRF token; fails unless Spring signs the person in. */
    void signIn(String email, String password) throws IOException, InterruptedException {
        String page = send(
                "login-page",
                HttpRequest.newBuilder(URI.create(base + "/login")).GET(),
                200);
        Matcher token = SPRING_CSRF.matcher(page);
        if (!token.find()) {
            throw new LoadFailure("the sign-in page carries no CSRF token");
        }
        String form =
                "_csrf=" + encode(token.group(1)) + "&username=" + encode(email) + "&password=" + encode(password);
        HttpResponse<String> posted = exchange(
                "sign-in",
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)));
        String location = posted.headers().firstValue("Location").orElse("");
        if (posted.statusCode() != 302 || location.contains("error")) {
            throw new LoadFailure("sign-in as " + email + " answered " + posted.statusCode() + " " + location);
        }
    }

    /** A page load: a new UI for this address (as typing it or reloading does), then its route rendered. */
    void open(String route) throws IOException, InterruptedException {
        String init = send(
                "init",
                HttpRequest.newBuilder(URI.create(base + "/?v-r=init&location=" + encode(route)
                                + "&query=&v-sw=1280&v-sh=720&v-ww=1280&v-wh=720&v-tzid=UTC&v-pr=1"))
                        .GET(),
                200);
        JsonNode config = JSON.readTree(init).path("appConfig");
        uiId = config.path("v-uiId").asInt(-1);
        JsonNode uidl = config.path("uidl");
        uiCsrf = uidl.path("Vaadin-Security-Key").asString("");
        if (uiId < 0 || uiCsrf.isEmpty()) {
            throw new LoadFailure("init for " + route + " gave no UI id or CSRF token");
        }
        tags.clear();
        elementIds.clear();
        syncId = 0;
        clientId = 0;
        historyIndex = 0;
        apply(uidl);
        navigate(route, "");
    }

    /** What a router link does in the browser: the client asks the UI (node 1) to navigate. */
    void navigate(String route, String query) throws IOException, InterruptedException {
        ObjectNode data = JSON.createObjectNode();
        data.put("route", "/" + route);
        data.put("query", query);
        data.put("appShellTitle", "");
        data.putObject("historyState").put("idx", historyIndex++);
        data.put("trigger", historyIndex == 1 ? "" : "link");
        rpc("navigate " + route.replaceAll("\\d+", "{id}"), event(1, "ui-navigate", data));
    }

    /** Types into a field and leaves it: the value property synchronised, then the field's change event. */
    void type(int node, String value) throws IOException, InterruptedException {
        ObjectNode sync = JSON.createObjectNode();
        sync.put("type", "mSync");
        sync.put("node", node);
        sync.put("feature", 1);
        sync.put("property", "value");
        sync.put("value", value);
        rpc("type", sync, event(node, "change", JSON.createObjectNode()));
    }

    /** A mouse click on an element (a button). */
    void click(int node, String label) throws IOException, InterruptedException {
        ObjectNode data = JSON.createObjectNode();
        for (String key : List.of("event.shiftKey", "event.metaKey", "event.altKey", "event.ctrlKey")) {
            data.put(key, false);
        }
        for (String key : List.of("event.screenX", "event.screenY", "event.clientX", "event.clientY", "event.button")) {
            data.put(key, 0);
        }
        data.put("event.detail", 1);
        rpc("click " + label, event(node, "click", data));
    }

    Optional<Integer> nodeWithId(String id) {
        return Optional.ofNullable(elementIds.get(id));
    }

    Optional<Integer> firstNodeTagged(String tag) {
        return tags.entrySet().stream()
                .filter(entry -> entry.getValue().equals(tag))
                .map(Map.Entry::getKey)
                .min(Integer::compare);
    }

    String describe() {
        return "tags " + tags.size() + " " + new TreeSet<>(tags.values()) + ", ids " + elementIds.keySet();
    }

    String lastResponse() {
        return lastResponse;
    }

    private static ObjectNode event(int node, String name, ObjectNode data) {
        ObjectNode event = JSON.createObjectNode();
        event.put("type", "event");
        event.put("node", node);
        event.put("event", name);
        event.set("data", data);
        return event;
    }

    private void rpc(String label, ObjectNode... invocations) throws IOException, InterruptedException {
        ObjectNode message = JSON.createObjectNode();
        message.put("csrfToken", uiCsrf);
        ArrayNode calls = message.putArray("rpc");
        for (ObjectNode invocation : invocations) {
            calls.add(invocation);
        }
        message.put("syncId", syncId);
        message.put("clientId", clientId);
        String body = send(
                label,
                HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=" + uiId))
                        .header("Content-Type", "application/json; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(message))),
                200);
        String json = body.startsWith("for(;;);") ? body.substring("for(;;);".length()) : body;
        JsonNode answer = JSON.readTree(json);
        if (answer.isArray()) {
            answer = answer.path(0);
        }
        JsonNode meta = answer.path("meta");
        if (meta.has("appError")
                || meta.has("sessionExpired")
                || meta.path("async").asBoolean(false)) {
            throw new LoadFailure(label + ": the server answered " + meta);
        }
        if (!answer.has("syncId")) {
            throw new LoadFailure(label + ": no sync id in the answer (resynchronise?) " + abbreviate(json));
        }
        apply(answer);
    }

    private void apply(JsonNode uidl) {
        if (uidl.has("syncId")) {
            syncId = uidl.path("syncId").asInt();
        }
        if (uidl.has("clientId")) {
            clientId = uidl.path("clientId").asInt();
        }
        for (JsonNode change : uidl.path("changes")) {
            int node = change.path("node").asInt();
            String type = change.path("type").asString("");
            if (type.equals("detach")) {
                tags.remove(node);
                elementIds.values().remove(node);
            } else if (type.equals("put")) {
                String key = change.path("key").asString("");
                int feature = change.path("feat").asInt(-1);
                if (feature == 0 && key.equals("tag")) {
                    tags.put(node, change.path("value").asString(""));
                } else if (feature == 3
                        && key.equals("id")
                        && change.path("value").isString()) {
                    elementIds.put(change.path("value").asString(), node);
                }
            }
        }
    }

    private String send(String label, HttpRequest.Builder request, int expectedStatus)
            throws IOException, InterruptedException {
        HttpResponse<String> response = exchange(label, request);
        if (response.statusCode() != expectedStatus) {
            throw new LoadFailure(label + " answered HTTP " + response.statusCode());
        }
        lastResponse = response.body();
        return lastResponse;
    }

    private HttpResponse<String> exchange(String label, HttpRequest.Builder request)
            throws IOException, InterruptedException {
        long start = System.nanoTime();
        try {
            HttpResponse<String> response =
                    http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            trips.record(label, System.nanoTime() - start, response.statusCode() < 400);
            return response;
        } catch (IOException failed) {
            trips.record(label, System.nanoTime() - start, false);
            throw failed;
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }

    /** The server did not answer as a browser would expect. */
    static final class LoadFailure extends RuntimeException {
        LoadFailure(String message) {
            super(message);
        }
    }
}
