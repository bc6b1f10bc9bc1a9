package app.dyad.mail;

import static org.assertj.core.api.Assertions.assertThat;

import app.dyad.TestBeans;
import app.dyad.TestDatabaseInitializer;
import app.dyad.identity.Role;
import app.dyad.identity.TestAccounts;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * RFC 8058 over real HTTP: a mail program's one-click POST turns off the link's kind with no session and no CSRF
 * token; a forged link changes nothing; opening the address shows the unsubscribe page; other paths keep their CSRF.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@Import(TestBeans.class)
class OneClickUnsubscribeIT {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    UnsubscribeTokens tokens;

    @Autowired
    ReminderPreferences preferences;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aMailProgramsOneClickPostTurnsOffTheLinksKindWithoutSessionOrCsrfToken() throws Exception {
        long bea = person();
        String token = tokens.tokenFor(bea, "session-tomorrow");

        HttpResponse<String> response = post("/mail/unsubscribe/" + token);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(preferences.choicesOf(bea, "CLIENT"))
                .allSatisfy(choice ->
                        assertThat(choice.on()).isEqualTo(!choice.kind().equals("session-tomorrow")));
    }

    @Test
    void aForgedLinkIsRefusedAndChangesNothing() throws Exception {
        long bea = person();
        String token = tokens.tokenFor(bea, "session-tomorrow");

        HttpResponse<String> response = post("/mail/unsubscribe/" + token.replace('.', 'x'));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).doesNotContain(String.valueOf(bea));
        assertThat(preferences.choicesOf(bea, "CLIENT"))
                .allSatisfy(choice -> assertThat(choice.on()).isTrue());
    }

    @Test
    void openingTheAddressShowsTheUnsubscribePageToAVisitor() throws Exception {
        String token = tokens.tokenFor(person(), "homework-due");

        HttpResponse<String> redirect =
                send(HttpRequest.newBuilder(uri("/mail/unsubscribe/" + token)).GET());
        assertThat(redirect.statusCode()).isEqualTo(303);
        URI location = uri("/mail/unsubscribe/" + token)
                .resolve(redirect.headers().firstValue("Location").orElseThrow());
        assertThat(location).isEqualTo(uri("/unsubscribe/" + token));

        HttpResponse<String> page =
                send(HttpRequest.newBuilder(uri("/unsubscribe/" + token)).GET());
        assertThat(page.statusCode()).isEqualTo(200);
    }

    @Test
    void onlyTheOneClickAddressGoesWithoutACsrfToken() throws Exception {
        long bea = person();
        String token = tokens.tokenFor(bea, "homework-due");

        HttpResponse<String> response = post("/unsubscribe/" + token);

        assertThat(response.statusCode()).isNotEqualTo(200);
        assertThat(preferences.choicesOf(bea, "CLIENT"))
                .allSatisfy(choice -> assertThat(choice.on()).isTrue());
    }

    private long person() {
        return accounts.ensure("oc-" + UUID.randomUUID().toString().substring(0, 8) + "@test.dyad", "Bea", Role.CLIENT)
                .accountId();
    }

    private HttpResponse<String> post(String path) throws Exception {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
