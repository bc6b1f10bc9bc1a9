package app.dyad.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.dyad.DyadSpringTest;
import app.dyad.audit.AuditQuery;
import app.dyad.audit.AuditRecord;
import app.dyad.audit.AuditReview;
import app.dyad.base.InvalidInputException;
import app.dyad.couples.CaseNotAvailableException;
import app.dyad.couples.CoupleAdminService;
import app.dyad.couples.CoupleService;
import app.dyad.couples.spi.CaseAlerts;
import app.dyad.identity.TestAccounts;
import app.dyad.mail.MailHolds;
import app.dyad.mail.Outbox;
import app.dyad.mail.OutgoingMail;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A partner's private channel against the real schema: the couple's current counselor reads it, and only they; the
 * other partner, another counselor and the admin learn nothing of it, not even that it exists.
 */
@DyadSpringTest
class PrivateChannelTest {

    static final String SECRET = "He took my phone again last night — אני מפחדת 😟";

    @Autowired
    PrivateChannel channel;

    @Autowired
    PrivateMessages messages;

    @Autowired
    CaseAlerts alerts;

    @Autowired
    MailHolds mailHolds;

    @Autowired
    AuditReview auditReview;

    @Autowired
    CoupleAdminService admins;

    @Autowired
    CoupleService couples;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Outbox outbox;

    @Autowired
    TransactionTemplate transactions;

    SafetyClinic clinic;

    @BeforeEach
    void clinic() {
        clinic = new SafetyClinic(accounts, admins, couples);
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private static NewPrivateMessage message(String text, boolean keep) {
        return new NewPrivateMessage(UUID.randomUUID(), text, true, true, false, keep);
    }

    private long onlyMessageId() {
        clinic.asCounselor();
        return messages.list(clinic.coupleId, PageRequest.of(0, 10)).getFirst().id();
    }

    private long audited(String action, String outcome) {
        Long count = jdbc.queryForObject(
                "select count(*) from audit_entry where couple_id = ? and action = ? and outcome = ?",
                Long.class,
                clinic.coupleId,
                action,
                outcome);
        return count == null ? 0 : count;
    }

    @Test
    void theCounselorReadsWhatAPartnerSentAndTheReadIsAudited() {
        clinic.asSam();
        channel.send(message(SECRET, true));

        clinic.asCounselor();
        List<PrivateMessageRow> rows = messages.list(clinic.coupleId, PageRequest.of(0, 10));
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.partnerName()).isEqualTo("Sam");
            assertThat(row.unsafeAtHome()).isTrue();
            assertThat(row.wantsOwnSession()).isTrue();
            assertThat(row.isAcknowledged()).isFalse();
        });
        assertThat(messages.count(clinic.coupleId)).isOne();
        assertThat(audited("PRIVATE_MESSAGE_READ", "SUCCESS"))
                .as("listing shows no text")
                .isZero();
        PrivateMessageDetails read = messages.read(rows.getFirst().id());
        assertThat(read.text()).isEqualTo(SECRET);
        assertThat(audited("PRIVATE_MESSAGE_READ", "SUCCESS")).isOne();
        assertThat(audited("PRIVATE_MESSAGE_SENT", "SUCCESS")).isOne();
    }

    @Test
    void theOtherPartnerLearnsNothingNotEvenThatAMessageExists() {
        clinic.asAlex();
        MyChannel before = channel.open();
        clinic.asSam();
        channel.send(message(SECRET, true));
        long id = onlyMessageId();
        clinic.asCounselor();
        messages.reply(id, UUID.randomUUID(), "Sam, we can meet on Thursday alone.");

        clinic.asAlex();
        assertThat(channel.open())
                .as("Alex's channel is the same as before Sam wrote")
                .isEqualTo(before);
        assertThat(channel.open().kept()).isEmpty();
        assertThat(channel.open().replies()).isEmpty();
        assertThatThrownBy(() -> messages.read(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> messages.list(clinic.coupleId, PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(alerts.urgent(List.of(clinic.coupleId)))
                .as("no flag for a client")
                .isEmpty();

        clinic.asSam();
        assertThat(channel.open().replies())
                .singleElement()
                .satisfies(reply -> assertThat(reply.text()).isEqualTo("Sam, we can meet on Thursday alone."));
        assertThat(channel.open().sentBefore()).isTrue();
    }

    @Test
    void anotherCounselorIsRefusedAndTheRefusalIsAudited() {
        clinic.asSam();
        channel.send(message(SECRET, true));
        long id = onlyMessageId();

        clinic.asOtherCounselor();
        assertThatThrownBy(() -> messages.read(id)).isInstanceOf(CaseNotAvailableException.class);
        assertThatThrownBy(() -> messages.list(clinic.coupleId, PageRequest.of(0, 10)))
                .isInstanceOf(CaseNotAvailableException.class);
        assertThatThrownBy(() -> messages.acknowledge(id, 0)).isInstanceOf(CaseNotAvailableException.class);
        assertThatThrownBy(() -> messages.reply(id, UUID.randomUUID(), "hello"))
                .isInstanceOf(CaseNotAvailableException.class);
        assertThat(alerts.urgent(List.of(clinic.coupleId)))
                .as("not their caseload")
                .isEmpty();
        assertThat(audited("PRIVATE_MESSAGE_READ", "DENIED")).isEqualTo(2);
        assertThat(audited("PRIVATE_MESSAGE_ACKNOWLEDGED", "DENIED")).isOne();
        assertThat(audited("PRIVATE_REPLY_SENT", "DENIED")).isOne();
    }

    @Test
    void theAdminCanReadNoMessageAndHerAuditPageShowsNoTraceOfOne() {
        clinic.asAdmin();
        long rowsBefore = auditReview.count(AuditQuery.everything());
        clinic.asSam();
        channel.send(message(SECRET, true));
        long id = onlyMessageId();
        clinic.asCounselor();
        messages.read(id);
        messages.acknowledge(id, messages.read(id).message().version());

        clinic.asAdmin();
        assertThat(auditReview.count(AuditQuery.everything()))
                .as("not even the count of audit rows moves")
                .isEqualTo(rowsBefore);
        assertThatThrownBy(() -> messages.read(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> messages.count(clinic.coupleId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(channel::open).isInstanceOf(AccessDeniedException.class);
        assertThat(alerts.urgent(List.of(clinic.coupleId))).isEmpty();
        List<AuditRecord> page = auditReview.find(AuditQuery.everything(), PageRequest.of(0, 200));
        assertThat(page).extracting(r -> r.action().name()).noneMatch(name -> name.startsWith("PRIVATE_"));
        assertThat(audited("PRIVATE_MESSAGE_READ", "SUCCESS"))
                .as("yet the reads are recorded")
                .isEqualTo(2);
    }

    @Test
    void keepingNoCopyLeavesNothingOnTheSendersPagesAndTheCounselorStillReadsIt() {
        clinic.asSam();
        channel.send(message(SECRET, false));
        MyChannel mine = channel.open();
        assertThat(mine.kept()).isEmpty();
        assertThat(mine.sentBefore()).isFalse();

        assertThat(messages.read(onlyMessageId()).text()).isEqualTo(SECRET);
    }

    @Test
    void aDoubleClickSendsOneMessageAndAnEmptyOneIsRefused() {
        clinic.asSam();
        NewPrivateMessage once = message("Please call me.", true);
        channel.send(once);
        channel.send(once);
        assertThatThrownBy(
                        () -> channel.send(new NewPrivateMessage(UUID.randomUUID(), "  ", false, false, false, true)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> channel.send(
                        new NewPrivateMessage(UUID.randomUUID(), "x".repeat(4001), false, false, false, true)))
                .isInstanceOf(InvalidInputException.class);
        clinic.asCounselor();
        assertThat(messages.count(clinic.coupleId)).isOne();
    }

    @Test
    void theFlagStaysUntilAcknowledgedAndASecondAcknowledgementChangesNothing() {
        clinic.asSam();
        channel.send(message(SECRET, true));
        clinic.asCounselor();
        assertThat(alerts.urgent(List.of(clinic.coupleId))).containsExactly(clinic.coupleId);
        long id = onlyMessageId();
        long version = messages.read(id).message().version();
        messages.acknowledge(id, version);
        messages.acknowledge(id, version);
        assertThat(alerts.urgent(List.of(clinic.coupleId))).isEmpty();
        assertThat(messages.read(id).acknowledgedBy()).isEqualTo("Maya Counselor");
        assertThat(audited("PRIVATE_MESSAGE_ACKNOWLEDGED", "SUCCESS")).isOne();
    }

    @Test
    void afterAReassignmentOnlyTheNewCounselorReadsTheMessages() {
        clinic.asSam();
        channel.send(message(SECRET, true));
        long id = onlyMessageId();
        clinic.asAdmin();
        Long version = jdbc.queryForObject("select version from couple where id = ?", Long.class, clinic.coupleId);
        admins.reassignCounselor(clinic.coupleId, version == null ? 0 : version, clinic.otherCounselor.accountId());

        clinic.asCounselor();
        assertThatThrownBy(() -> messages.read(id)).isInstanceOf(CaseNotAvailableException.class);
        assertThat(alerts.urgent(List.of(clinic.coupleId))).isEmpty();
        clinic.asOtherCounselor();
        assertThat(messages.read(id).text()).isEqualTo(SECRET);
        assertThat(alerts.urgent(List.of(clinic.coupleId))).containsExactly(clinic.coupleId);
    }

    @Test
    void aPartnerRemovesAnAnswerFromTheirPageButNotFromTheOthers() {
        clinic.asSam();
        channel.send(message(SECRET, true));
        long id = onlyMessageId();
        clinic.asCounselor();
        messages.reply(id, UUID.randomUUID(), "I read it. We will talk.");

        clinic.asAlex();
        assertThat(channel.open().replies()).isEmpty();
        clinic.asSam();
        long replyId = channel.open().replies().getFirst().id();
        clinic.asAlex();
        assertThatThrownBy(() -> channel.removeReply(replyId)).isInstanceOf(CaseNotAvailableException.class);
        clinic.asSam();
        channel.removeReply(replyId);
        assertThat(channel.open().replies()).isEmpty();
        clinic.asCounselor();
        assertThat(messages.read(id).replies())
                .singleElement()
                .satisfies(line -> assertThat(line.removedBySender()).isTrue());
    }

    @Test
    void anAnswerToAMessageWithNoCopyIsNotAnnouncedOnTheSendersHome() {
        clinic.asSam();
        channel.send(message(SECRET, false));
        long id = onlyMessageId();
        clinic.asCounselor();
        assertThat(messages.read(id).message().senderKeeps())
                .as("the counselor is told")
                .isFalse();
        messages.reply(id, UUID.randomUUID(), "I read it.");

        clinic.asSam();
        assertThat(channel.open().replies())
                .singleElement()
                .satisfies(reply -> assertThat(reply.toAKeptMessage()).isFalse());
    }

    @Test
    void aPartnerRemovesTheirOwnKeptMessageAndTheOtherPartnerCannot() {
        clinic.asSam();
        channel.send(message(SECRET, true));
        long id = onlyMessageId();

        clinic.asAlex();
        assertThatThrownBy(() -> channel.removeKept(id)).isInstanceOf(CaseNotAvailableException.class);
        clinic.asSam();
        assertThat(channel.open().kept()).hasSize(1);
        channel.removeKept(id);
        assertThat(channel.open().kept()).isEmpty();
        assertThat(channel.open().sentBefore()).isFalse();
        assertThat(messages.read(onlyMessageId()).text())
                .as("the counselor still has it")
                .isEqualTo(SECRET);
    }

    @Test
    void noMailReachesAHeldAddressEvenWhenQueuedWithoutItsAccount() {
        clinic.asSam();
        channel.send(new NewPrivateMessage(UUID.randomUUID(), "", false, false, true, false));
        String samsAddress = clinic.email("Sam");
        Boolean queued = transactions.execute(status -> outbox.queue(
                OutgoingMail.of("email-change-taken", null, samsAddress, "Someone asked to use your address", "…")));
        assertThat(queued).isFalse();
        Boolean toAlex = transactions.execute(status ->
                outbox.queue(OutgoingMail.of("email-change-taken", null, clinic.email("Alex"), "Subject", "…")));
        assertThat(toAlex).as("the other partner's mail still goes").isTrue();
    }

    @Test
    void askingForNoEmailHoldsEveryMailUntilThePartnerAllowsItAgain() {
        long sam = clinic.asSam().accountId();
        channel.send(new NewPrivateMessage(UUID.randomUUID(), "", false, false, true, false));
        assertThat(mailHolds.isHeld(sam)).isTrue();
        assertThat(channel.open().mailHeld()).isTrue();
        clinic.asAlex();
        assertThat(channel.open().mailHeld())
                .as("the other partner's mail is theirs")
                .isFalse();
        clinic.asSam();
        channel.allowEmailAgain();
        assertThat(mailHolds.isHeld(sam)).isFalse();
    }
}
