package app.dyad.identity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.dyad.TestBeans;
import app.dyad.TestDatabaseInitializer;
import app.dyad.identity.Role;
import app.dyad.identity.TestAccounts;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * What a stranger on the network can reach besides the pages: no debugging method, no management or source
 * folders, no directory listing, no sign-in without the page's CSRF token, and no error page that names the
 * server's software or prints a stack trace. Plain HTTP against the running app.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@Import(TestBeans.class)
class ServerSurfaceIT {

    private static final String COUNSELOR = "counselor@surface.dyad";

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts testAccounts;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> send(String method, String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .method(method, HttpRequest.BodyPublishers.noBody())
                        .build(),
                BodyHandlers.ofString());
    }

    /** ASVS 13.4.4: TRACE would echo the request, cookies included, back to a script. */
    @Test
    void traceIsRefused() throws Exception {
        HttpResponse<String> response = send("TRACE", "/");
        // Tomcat refuses it (405, with the methods it allows); its error dispatch then meets the sign-in redirect
        assertThat(response.headers().firstValue("Allow"))
                .hasValueSatisfying(allow -> assertThat(allow).contains("GET").doesNotContain("TRACE"));
        assertThat(response.statusCode()).isNotEqualTo(200);
        assertThat(response.body()).doesNotContain("TRACE / HTTP");
    }

    /** ASVS 13.4.1, 13.4.3, 13.4.5: nothing but the application is served, and no folder is listed. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "/actuator",
                "/actuator/health",
                "/actuator/env",
                "/h2-console",
                "/.git/config",
                "/VAADIN/",
                "/META-INF/MANIFEST.MF",
                "/application.properties",
                "/swagger-ui.html",
                "/v3/api-docs"
            })
    void noManagementSourceOrFolderIsServed(String path) throws Exception {
        HttpResponse<String> response = send("GET", path);
        assertThat(response.statusCode())
                .as(path + " answered " + response.statusCode() + ": " + response.body())
                .isNotEqualTo(200);
        assertThat(response.body())
                .as(path)
                .doesNotContain("Directory Listing", "Index of", "spring.datasource", "Manifest-Version", "\"status\"");
    }

    /**
     * ASVS 3.5.1: a sign-in posted from another site carries no token from the sign-in page and gets nowhere, even
     * with the right password (it would sign the victim's browser into the attacker's account).
     */
    @Test
    void aSignInWithoutTheSignInPagesTokenIsRefused() throws Exception {
        testAccounts.ensure(COUNSELOR, "Sura Surface", Role.COUNSELOR);
        String form = "username=" + URLEncoder.encode(COUNSELOR, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(TestAccounts.PASSWORD, StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(302);
        // back to the sign-in page, not signed in; and the session id is never put in an address
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).isEqualTo("http://localhost:" + port + "/login"));
    }

    /**
     * ASVS 16.5.1, 13.4.2: a request the server cannot parse gets a generic page: no stack trace, no exception, no
     * server name or version. Sent over a raw socket because an HTTP client refuses to send a malformed request.
     */
    @Test
    void aMalformedRequestGetsAGenericError() throws Exception {
        String answer = rawRequest("GET /%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 400");
        assertThat(answer).doesNotContainIgnoringCase("tomcat").doesNotContain("Exception", "\tat ", "Caused by");
    }

    private String rawRequest(String request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
