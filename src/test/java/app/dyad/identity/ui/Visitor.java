package app.dyad.identity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser reduced to what the session tests need to see: it keeps the session cookie itself (no cookie jar), so a
 * test can replay an old cookie, and it can send the headers a reverse proxy adds. Follows no redirects.
 */
class Visitor {

    static final String SESSION_COOKIE = "JSESSIONID";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String origin;
    private final Map<String, String> proxyHeaders = new LinkedHashMap<>();
    private String sessionId = "";

    Visitor(int port) {
        // an address, not "localhost": the server then sees 127.0.0.1 for sure
        this.origin = "http://127.0.0.1:" + port;
    }

    /** From now on every request carries the headers a reverse proxy in front of Dyad would add. */
    Visitor behindProxy(String clientIp, String protocol) {
        proxyHeaders.put("X-Forwarded-For", clientIp);
        proxyHeaders.put("X-Forwarded-Proto", protocol);
        return this;
    }

    String sessionId() {
        return sessionId;
    }

    /** Sends this cookie from now on, e.g. one kept from before sign-in or sign-out. */
    void useSessionId(String id) {
        sessionId = id;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(request(path).header("Accept", "text/html").GET());
    }

    HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
        StringBuilder body = new StringBuilder();
        form.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&")
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                .append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return send(request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    /** The CSRF token the page at this path hands to its scripts (Vaadin puts it in a meta tag). */
    String csrfTokenOf(String path) throws IOException, InterruptedException {
        Matcher csrf = CSRF.matcher(get(path).body());
        assertThat(csrf.find()).as("%s carries a CSRF token", path).isTrue();
        return csrf.group(1);
    }

    /** Signs in through the real form, as the browser does, and returns the answer to the form's POST. */
    HttpResponse<String> signIn(String email, String password, Map<String, String> extraFields)
            throws IOException, InterruptedException {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("username", email);
        form.put("password", password);
        form.put("_csrf", csrfTokenOf("/login"));
        form.putAll(extraFields);
        HttpResponse<String> response = post("/login", form);
        assertThat(response.headers().firstValue("Location").orElse(""))
                .as("signed in as %s", email)
                .doesNotContain("error")
                .doesNotEndWith("/login");
        return response;
    }

    /**
     * Whether the answer is the sign-in page: Spring's redirect to it, or Vaadin's login view itself. A signed-in
     * person asking for their page gets neither.
     */
    static boolean isTheSignInPage(HttpResponse<String> response) {
        Optional<String> location = response.headers().firstValue("Location");
        if (response.statusCode() / 100 == 3) {
            return location.orElse("").endsWith("/login");
        }
        return response.body().contains("vaadin-login") || response.body().contains("\"/login\"");
    }

    /** Every Set-Cookie line of the response for the given cookie name. */
    static List<String> setCookies(HttpResponse<?> response, String name) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(line -> line.startsWith(name + "="))
                .toList();
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(origin + path));
        if (!sessionId.isEmpty()) {
            request.header("Cookie", SESSION_COOKIE + "=" + sessionId);
        }
        proxyHeaders.forEach(request::header);
        return request;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.build(), BodyHandlers.ofString());
        for (String line : setCookies(response, SESSION_COOKIE)) {
            String value = line.substring(SESSION_COOKIE.length() + 1).split(";", 2)[0];
            sessionId = value;
        }
        return response;
    }
}
