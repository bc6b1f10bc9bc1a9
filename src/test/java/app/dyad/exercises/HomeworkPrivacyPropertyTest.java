package app.dyad.exercises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.dyad.DyadSpringTest;
import app.dyad.Pages;
import app.dyad.audit.AuditAction;
import app.dyad.audit.AuditQuery;
import app.dyad.audit.AuditReview;
import app.dyad.checkins.Cadence;
import app.dyad.checkins.CounselorCheckIns;
import app.dyad.checkins.InstrumentProgress;
import app.dyad.checkins.MyCheckIns;
import app.dyad.checkins.PlanView;
import app.dyad.couples.CaseNotAvailableException;
import app.dyad.couples.CoupleAdminService;
import app.dyad.couples.CoupleService;
import app.dyad.couples.CoupleStatus;
import app.dyad.couples.NewCouple;
import app.dyad.couples.PartnerDetails;
import app.dyad.couples.spi.CaseAlerts;
import app.dyad.identity.Role;
import app.dyad.identity.SignedInUser;
import app.dyad.identity.TestAccounts;
import app.dyad.safety.MyChannel;
import app.dyad.safety.NewPrivateMessage;
import app.dyad.safety.PrivateChannel;
import app.dyad.safety.PrivateMessageRow;
import app.dyad.safety.PrivateMessages;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/**
 * Partner privacy as a property: random histories of assign / save draft / submit / feedback / cancel / send
 * back for revision / check in / write to the counselor privately and be answered / reassign counselor across two
 * couples and two counselors; after every step every user asks every read
 * method, and what comes back must be exactly what an independent model of the rules allows.
 */
@DyadSpringTest
class HomeworkPrivacyPropertyTest {

    /** 60 quick sequences on a developer's machine; CI sets DYAD_PROPERTY_SEQUENCES for thousands. */
    static final int SEQUENCES = Integer.getInteger(
            "dyad.property.sequences", Integer.parseInt(System.getenv().getOrDefault("DYAD_PROPERTY_SEQUENCES", "60")));

    static final int STEPS = Integer.getInteger(
            "dyad.property.steps", Integer.parseInt(System.getenv().getOrDefault("DYAD_PROPERTY_STEPS", "8")));

    @Autowired
    HomeworkService homework;

    @Autowired
    MyHomework myHomework;

    @Autowired
    ExerciseLibrary library;

    @Autowired
    CoupleAdminService admins;

    @Autowired
    CoupleService couples;

    @Autowired
    TestAccounts accounts;

    @Autowired
    CounselorCheckIns counselorCheckIns;

    @Autowired
    MyCheckIns myCheckIns;

    @Autowired
    PrivateChannel privateChannel;

    @Autowired
    PrivateMessages privateMessages;

    @Autowired
    CaseAlerts caseAlerts;

    @Autowired
    AuditReview auditReview;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    /** The model: what happened, and so what each requester may see. */
    static final class ModelAssignment {
        final long id;
        final int couple;
        final Audience audience;
        final @Nullable Long partnerId;
        final Visibility visibility;
        boolean cancelled;
        final Map<Long, ResponseState> responses = new HashMap<>(); // author partner id (0 = joint) -> state
        final List<Long> feedbackTo = new ArrayList<>(); // 0 = both

        ModelAssignment(long id, int couple, Audience audience, @Nullable Long partnerId, Visibility visibility) {
            this.id = id;
            this.couple = couple;
            this.audience = audience;
            this.partnerId = partnerId;
            this.visibility = visibility;
        }

        boolean isFor(long partner) {
            return audience != Audience.ONE_PARTNER || Objects.equals(partnerId, partner);
        }

        /** Second, independent statement of the rules, in the words of the product's promise. */
        Set<Long> visibleAuthors(@Nullable Long requesterPartner, boolean counselor) {
            Set<Long> visible = new HashSet<>();
            responses.forEach((author, state) -> {
                if (counselor) {
                    if (state == ResponseState.SUBMITTED) {
                        visible.add(author);
                    }
                    return;
                }
                boolean own = author == 0 || author.equals(requesterPartner);
                boolean partnersSubmitted = state == ResponseState.SUBMITTED;
                boolean iSubmitted = responses.get(requesterPartner) == ResponseState.SUBMITTED;
                if (own
                        || (partnersSubmitted
                                && (visibility == Visibility.SHARED
                                        || (visibility == Visibility.REVEAL_TOGETHER && iSubmitted)))) {
                    visible.add(author);
                }
            });
            return visible;
        }

        /**
         * Feedback reaches the partner it names at once; feedback to both does too, except on a reveal-together
         * assignment answered separately: there it is a reply to answers revealed together, so a partner reads
         * it only once they may see both answers (their own and the other's).
         */
        List<Long> visibleFeedback(long requesterPartner) {
            boolean seesBothAnswers = visibleAuthors(requesterPartner, false).stream()
                            .filter(author -> author != 0)
                            .count()
                    == 2;
            boolean heldBack = visibility == Visibility.REVEAL_TOGETHER
                    && audience == Audience.BOTH_SEPARATELY
                    && !seesBothAnswers;
            return feedbackTo.stream()
                    .filter(to -> to == requesterPartner || (to == 0 && !heldBack))
                    .toList();
        }
    }

    final class Clinic {
        // the whole UUID: 2,000 clinics on eight hex digits met one another's tag about once in 2,600 runs (CI did)
        final String tag = UUID.randomUUID().toString();
        final SignedInUser admin = accounts.ensure("admin-" + tag + "@prop.dyad", "Admin", Role.ADMIN);
        final SignedInUser[] counselors = {
            accounts.ensure("c0-" + tag + "@prop.dyad", "C0", Role.COUNSELOR),
            accounts.ensure("c1-" + tag + "@prop.dyad", "C1", Role.COUNSELOR)
        };
        final long[] coupleIds = new long[2];
        final int[] counselorOf = {0, 1};
        final SignedInUser[][] partners = new SignedInUser[2][2];
        final long[][] partnerIds = new long[2][2];
        final List<ModelAssignment> assignments = new ArrayList<>();
        // check-ins: the couple's plan (null: none yet) and each partner's check-in of the open round, with the
        // visibility it was begun under (null: not begun)
        final Visibility[] checkInPlan = new Visibility[2];
        final Visibility[][] checkInBegunUnder = new Visibility[2][2];
        final boolean[][] checkInHandedIn = new boolean[2][2];
        // private messages per couple and sender: how many, how many kept on the sender's side, answers on their page
        final int[][] privateSent = new int[2][2];
        final int[][] privateKept = new int[2][2];
        final int[][] privateAnswers = new int[2][2];
        final int[] privateOpen = new int[2]; // not yet acknowledged

        Clinic() {
            as(admin);
            for (int c = 0; c < 2; c++) {
                coupleIds[c] = admins.createCouple(new NewCouple(
                                partner(c, 0),
                                partner(c, 1),
                                null,
                                LocalDate.of(2026, 1, 1),
                                CoupleStatus.ACTIVE,
                                counselors[c].accountId()))
                        .coupleId();
                for (int p = 0; p < 2; p++) {
                    partners[c][p] = accounts.ensure(email(c, p), "", Role.CLIENT);
                }
            }
            for (int c = 0; c < 2; c++) {
                as(counselors[c]);
                var file = couples.getCouple(coupleIds[c]);
                partnerIds[c][0] = file.partnerOne().id();
                partnerIds[c][1] = file.partnerTwo().id();
            }
        }

        private PartnerDetails partner(int couple, int p) {
            return new PartnerDetails("P" + couple + p, tag, null, null, email(couple, p), null, null);
        }

        private String email(int couple, int p) {
            return "p" + couple + p + "-" + tag + "@prop.dyad";
        }
    }

    private void as(SignedInUser user) {
        accounts.signInAs(user.email(), "", user.role());
    }

    @Test
    void noReaderEverSeesMoreOrLessThanThePrivacyRulesAllow() {
        Random random = new Random(Long.getLong("dyad.property.seed", 20261121L));
        List<Long> exerciseIds;
        accounts.signInAs("library-requester@prop.dyad", "Requester", Role.COUNSELOR);
        // exercises with a written question: the histories answer it (answers must fit their questions)
        exerciseIds = library.find(LibraryFilter.everything(), PageRequest.of(0, 100)).stream()
                .map(ExerciseSummary::id)
                .filter(id -> library.get(id).orElseThrow().prompts().stream()
                        .anyMatch(prompt -> prompt.kind() == PromptKind.TEXT))
                .toList();
        long started = System.nanoTime();
        int steps = 0;
        for (int sequence = 0; sequence < SEQUENCES; sequence++) {
            Clinic clinic = new Clinic();
            for (int step = 0; step < STEPS; step++) {
                act(clinic, random, exerciseIds);
                checkEveryReader(clinic);
                steps++;
            }
        }
        System.out.printf(
                "Homework privacy property: %d sequences, %d steps, %.1f s%n",
                SEQUENCES, steps, (System.nanoTime() - started) / 1e9);
    }

    private void act(Clinic clinic, Random random, List<Long> exerciseIds) {
        int couple = random.nextInt(2);
        switch (random.nextInt(14)) {
            case 0, 1 -> assign(clinic, couple, random, exerciseIds);
            case 2, 3 -> answer(clinic, couple, random, random.nextBoolean());
            case 4 -> feedback(clinic, couple, random);
            case 5 -> cancel(clinic, couple, random);
            case 6 -> sendBack(clinic, couple, random);
            case 7 -> planCheckIns(clinic, couple, random);
            case 8, 9, 10 -> checkIn(clinic, couple, random.nextInt(2), random.nextBoolean());
            case 11 -> writePrivately(clinic, couple, random.nextInt(2), random.nextBoolean());
            case 12 -> answerPrivately(clinic, couple, random);
            default -> reassign(clinic, couple);
        }
    }

    private void assign(Clinic clinic, int couple, Random random, List<Long> exerciseIds) {
        Audience audience = Audience.values()[random.nextInt(3)];
        Visibility visibility = Visibility.values()[random.nextInt(3)];
        Long partner = audience == Audience.ONE_PARTNER ? clinic.partnerIds[couple][random.nextInt(2)] : null;
        NewAssignment command = new NewAssignment(
                exerciseIds.get(random.nextInt(exerciseIds.size())),
                audience,
                partner,
                LocalDate.of(2026, 12, 1),
                NewAssignment.Recurrence.ONCE,
                1,
                null,
                visibility);
        // the other counselor is always refused
        as(clinic.counselors[1 - clinic.counselorOf[couple]]);
        assertThatThrownBy(() -> homework.assign(clinic.coupleIds[couple], UUID.randomUUID(), command))
                .isInstanceOf(AccessDeniedException.class);
        as(clinic.counselors[clinic.counselorOf[couple]]);
        long id = homework.assign(clinic.coupleIds[couple], UUID.randomUUID(), command)
                .getFirst();
        clinic.assignments.add(new ModelAssignment(id, couple, audience, partner, visibility));
    }

    private void answer(Clinic clinic, int couple, Random random, boolean submit) {
        int p = random.nextInt(2);
        long partnerId = clinic.partnerIds[couple][p];
        List<ModelAssignment> open = clinic.assignments.stream()
                .filter(a -> a.couple == couple && !a.cancelled && a.isFor(partnerId))
                .filter(a -> a.responses.get(a.audience == Audience.JOINT ? 0L : partnerId) != ResponseState.SUBMITTED)
                .toList();
        if (open.isEmpty()) {
            return;
        }
        ModelAssignment target = open.get(random.nextInt(open.size()));
        as(clinic.partners[couple][p]);
        long author = target.audience == Audience.JOINT ? 0L : partnerId;
        long version = currentVersion(target.id, author == 0 ? null : author);
        long question = myHomework.exercise(target.id).exercise().prompts().stream()
                .filter(prompt -> prompt.kind() == PromptKind.TEXT)
                .findFirst()
                .orElseThrow()
                .id();
        Map<Long, String> answers = Map.of(question, "answer of " + partnerId + " at " + System.nanoTime());
        if (submit) {
            myHomework.submit(target.id, answers, version);
        } else {
            myHomework.saveDraft(target.id, answers, version);
        }
        target.responses.put(author, submit ? ResponseState.SUBMITTED : ResponseState.DRAFT);
        // a partner of the other couple can never write here
        as(clinic.partners[1 - couple][p]);
        assertThatThrownBy(() -> myHomework.saveDraft(target.id, answers, 0)).isInstanceOf(AccessDeniedException.class);
    }

    private long currentVersion(long assignmentId, @Nullable Long author) {
        return Pages.all(page -> myHomework.page(page)).stream()
                .filter(i -> i.id() == assignmentId)
                .findFirst()
                .orElseThrow()
                .responses()
                .stream()
                .filter(r -> Objects.equals(r.authorPartnerId(), author))
                .mapToLong(ResponseView::version)
                .findFirst()
                .orElse(MyHomework.NO_ANSWER_YET);
    }

    private void feedback(Clinic clinic, int couple, Random random) {
        List<ModelAssignment> ofCouple =
                clinic.assignments.stream().filter(a -> a.couple == couple).toList();
        if (ofCouple.isEmpty()) {
            return;
        }
        // half the time reply on a reveal-together assignment, the case where feedback to both could run ahead
        // of the answers it replies to
        List<ModelAssignment> revealTogether = ofCouple.stream()
                .filter(a -> a.visibility == Visibility.REVEAL_TOGETHER)
                .toList();
        if (!revealTogether.isEmpty() && random.nextBoolean()) {
            ofCouple = revealTogether;
        }
        ModelAssignment target = ofCouple.get(random.nextInt(ofCouple.size()));
        boolean toBoth = target.visibility != Visibility.COUNSELOR_ONLY || target.audience == Audience.JOINT;
        long to = toBoth && random.nextBoolean() ? 0L : clinic.partnerIds[couple][random.nextInt(2)];
        as(clinic.counselors[clinic.counselorOf[couple]]);
        homework.giveFeedback(target.id, to == 0 ? null : to, "feedback " + System.nanoTime());
        target.feedbackTo.add(to);
    }

    private void cancel(Clinic clinic, int couple, Random random) {
        List<ModelAssignment> cancellable = clinic.assignments.stream()
                .filter(a -> a.couple == couple && !a.cancelled && !a.responses.containsValue(ResponseState.SUBMITTED))
                .toList();
        if (cancellable.isEmpty()) {
            return;
        }
        ModelAssignment target = cancellable.get(random.nextInt(cancellable.size()));
        as(clinic.counselors[clinic.counselorOf[couple]]);
        long version = Pages.all(page -> homework.homeworkOfCouple(clinic.coupleIds[couple], page)).stream()
                .filter(i -> i.id() == target.id)
                .findFirst()
                .orElseThrow()
                .version();
        homework.cancel(target.id, version);
        target.cancelled = true;
    }

    /** The counselor sends a submitted answer back: in the model it is simply a draft again. */
    private void sendBack(Clinic clinic, int couple, Random random) {
        List<ModelAssignment> answered = clinic.assignments.stream()
                .filter(a -> a.couple == couple && !a.cancelled && a.responses.containsValue(ResponseState.SUBMITTED))
                .toList();
        if (answered.isEmpty()) {
            return;
        }
        ModelAssignment target = answered.get(random.nextInt(answered.size()));
        List<Long> submitted = target.responses.entrySet().stream()
                .filter(e -> e.getValue() == ResponseState.SUBMITTED)
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
        long author = submitted.get(random.nextInt(submitted.size()));
        as(clinic.counselors[clinic.counselorOf[couple]]);
        long responseId = homework.homeworkItem(target.id).responses().stream()
                .filter(r -> (r.authorPartnerId() == null ? 0L : r.authorPartnerId()) == author)
                .findFirst()
                .orElseThrow()
                .id();
        // the other counselor is always refused
        as(clinic.counselors[1 - clinic.counselorOf[couple]]);
        assertThatThrownBy(() -> homework.returnForRevision(responseId, "not mine"))
                .isInstanceOf(AccessDeniedException.class);
        as(clinic.counselors[clinic.counselorOf[couple]]);
        homework.returnForRevision(responseId, "please revise " + System.nanoTime());
        target.responses.put(author, ResponseState.DRAFT);
    }

    /** The couple's counselor plans a check-in (once, from today) for their eyes only or revealed once both answer. */
    private void planCheckIns(Clinic clinic, int couple, Random random) {
        Visibility visibility = random.nextBoolean() ? Visibility.COUNSELOR_ONLY : Visibility.REVEAL_TOGETHER;
        long coupleId = clinic.coupleIds[couple];
        as(clinic.counselors[1 - clinic.counselorOf[couple]]);
        assertThatThrownBy(() -> counselorCheckIns.savePlan(coupleId, Cadence.ONCE, visibility, PlanView.NEW))
                .isInstanceOf(CaseNotAvailableException.class);
        as(clinic.counselors[clinic.counselorOf[couple]]);
        long version = counselorCheckIns.progress(coupleId).plan().version();
        counselorCheckIns.savePlan(coupleId, Cadence.ONCE, visibility, version);
        clinic.checkInPlan[couple] = visibility;
    }

    /** A partner saves or hands in their check-in, if one is open for them. */
    private void checkIn(Clinic clinic, int couple, int p, boolean submit) {
        as(clinic.partners[couple][p]);
        var open = myCheckIns.open();
        boolean expectOpen = clinic.checkInPlan[couple] != null && !clinic.checkInHandedIn[couple][p];
        assertThat(open.isPresent()).as("a check-in is open for this partner").isEqualTo(expectOpen);
        if (open.isEmpty()) {
            return;
        }
        Map<Long, Integer> answers = new HashMap<>();
        open.get().instruments().forEach(i -> i.items().forEach(item -> answers.put(item.id(), item.max())));
        if (submit) {
            myCheckIns.submit(
                    open.get().roundOn(),
                    answers,
                    open.get().version(),
                    open.get().visibility());
            clinic.checkInHandedIn[couple][p] = true;
        } else {
            myCheckIns.saveDraft(
                    open.get().roundOn(),
                    answers,
                    open.get().version(),
                    open.get().visibility());
        }
        if (clinic.checkInBegunUnder[couple][p] == null) {
            clinic.checkInBegunUnder[couple][p] = clinic.checkInPlan[couple];
        }
    }

    /**
     * The model's own statement of the rule: a partner sees the other's handed-in check-in only if both were begun
     * under "reveal together" and the reader has handed in theirs; the counselor sees every handed-in one.
     */
    private static int checkInsSeen(Clinic clinic, int couple, int reader, int author) {
        if (!clinic.checkInHandedIn[couple][author]) {
            return 0;
        }
        if (reader == author) {
            return 1;
        }
        return clinic.checkInBegunUnder[couple][author] == Visibility.REVEAL_TOGETHER
                        && clinic.checkInBegunUnder[couple][reader] == Visibility.REVEAL_TOGETHER
                        && clinic.checkInHandedIn[couple][reader]
                ? 1
                : 0;
    }

    /** A partner writes to the counselor privately, keeping a copy on their page or not. */
    private void writePrivately(Clinic clinic, int couple, int p, boolean keep) {
        as(clinic.partners[couple][p]);
        privateChannel.send(
                new NewPrivateMessage(UUID.randomUUID(), "private " + clinic.tag, true, false, false, keep));
        clinic.privateSent[couple][p]++;
        clinic.privateKept[couple][p] += keep ? 1 : 0;
        clinic.privateOpen[couple]++;
    }

    /** The current counselor opens the newest private message, acknowledges it and answers its sender. */
    private void answerPrivately(Clinic clinic, int couple, Random random) {
        as(clinic.counselors[clinic.counselorOf[couple]]);
        long coupleId = clinic.coupleIds[couple];
        List<PrivateMessageRow> rows = privateMessages.list(coupleId, PageRequest.of(0, 50));
        if (rows.isEmpty()) {
            return;
        }
        PrivateMessageRow row = rows.get(random.nextInt(rows.size()));
        int sender = row.partnerId() == clinic.partnerIds[couple][0] ? 0 : 1;
        if (!row.isAcknowledged()) {
            privateMessages.acknowledge(row.id(), row.version());
            clinic.privateOpen[couple]--;
        }
        privateMessages.reply(row.id(), UUID.randomUUID(), "answer " + clinic.tag);
        clinic.privateAnswers[couple][sender]++;
    }

    private void reassign(Clinic clinic, int couple) {
        as(clinic.admin);
        int next = 1 - clinic.counselorOf[couple];
        long version = admins.findCouples(clinic.tag, PageRequest.of(0, 10)).stream()
                .filter(r -> r.id() == clinic.coupleIds[couple])
                .findFirst()
                .orElseThrow()
                .version();
        admins.reassignCounselor(clinic.coupleIds[couple], version, clinic.counselors[next].accountId());
        clinic.counselorOf[couple] = next;
    }

    private void checkEveryReader(Clinic clinic) {
        for (int c = 0; c < 2; c++) {
            int couple = c;
            // every partner: exactly the responses and feedback the rules allow, of their own couple only
            for (int p = 0; p < 2; p++) {
                long me = clinic.partnerIds[c][p];
                as(clinic.partners[c][p]);
                List<HomeworkItem> mine = Pages.all(page -> myHomework.page(page));
                assertThat(myHomework.count()).isEqualTo(mine.size());
                List<ModelAssignment> expected = clinic.assignments.stream()
                        .filter(a -> a.couple == couple && a.isFor(me))
                        .toList();
                assertThat(mine)
                        .extracting(HomeworkItem::id)
                        .containsExactlyInAnyOrderElementsOf(
                                expected.stream().map(a -> a.id).toList());
                for (HomeworkItem item : mine) {
                    ModelAssignment model = expected.stream()
                            .filter(a -> a.id == item.id())
                            .findFirst()
                            .orElseThrow();
                    assertThat(item.coupleId()).isEqualTo(clinic.coupleIds[c]);
                    assertThat(item.responses())
                            .extracting(r -> r.authorPartnerId() == null ? 0L : r.authorPartnerId())
                            .as("partner %d, assignment %s %s", me, model.visibility, model.responses)
                            .containsExactlyInAnyOrderElementsOf(model.visibleAuthors(me, false));
                    assertThat(item.progress())
                            .extracting(pr -> pr.partnerId() == null ? 0L : pr.partnerId())
                            .as("a partner learns only their own progress")
                            .allSatisfy(author -> assertThat(author).isIn(0L, me));
                    assertThat(item.feedback())
                            .extracting(f -> f.toPartnerId() == null ? 0L : f.toPartnerId())
                            .as(
                                    "partner %d, feedback on %s %s %s",
                                    me, model.visibility, model.audience, model.responses)
                            .containsExactlyInAnyOrderElementsOf(model.visibleFeedback(me));
                }
                // private messages: their own only — nothing of the other partner's, not even a count
                MyChannel channel = privateChannel.open();
                assertThat(channel.kept()).hasSize(clinic.privateKept[c][p]);
                assertThat(channel.replies()).hasSize(clinic.privateAnswers[c][p]);
                assertThat(channel.sentBefore()).isEqualTo(clinic.privateKept[c][p] > 0);
                assertThat(caseAlerts.urgent(List.of(clinic.coupleIds[c]))).isEmpty();
                // check-ins: their own scores, and the other's only as the rule allows
                for (InstrumentProgress progress : myCheckIns.progress("me", "partner")) {
                    assertThat(progress.one().points()).hasSize(checkInsSeen(clinic, c, p, p));
                    assertThat(progress.two().points())
                            .as(
                                    "partner %d sees the other's check-in: %s",
                                    me, progress.instrument().code())
                            .hasSize(checkInsSeen(clinic, c, p, 1 - p));
                }
            }
            // both counselors: the current one sees every submitted answer and no draft; the other nothing at all
            for (int k = 0; k < 2; k++) {
                as(clinic.counselors[k]);
                if (clinic.counselorOf[c] == k) {
                    long ofCouple = clinic.coupleIds[c];
                    List<HomeworkItem> all = Pages.all(page -> homework.homeworkOfCouple(ofCouple, page));
                    assertThat(homework.countHomeworkOfCouple(ofCouple)).isEqualTo(all.size());
                    for (HomeworkItem item : all) {
                        ModelAssignment model = clinic.assignments.stream()
                                .filter(a -> a.id == item.id())
                                .findFirst()
                                .orElseThrow();
                        assertThat(item.responses())
                                .extracting(r -> r.authorPartnerId() == null ? 0L : r.authorPartnerId())
                                .containsExactlyInAnyOrderElementsOf(model.visibleAuthors(null, true));
                    }
                    assertThat(privateMessages.count(ofCouple))
                            .isEqualTo(clinic.privateSent[c][0] + clinic.privateSent[c][1]);
                    assertThat(caseAlerts.urgent(List.of(ofCouple)))
                            .as("flagged while a private message waits")
                            .hasSize(clinic.privateOpen[c] > 0 ? 1 : 0);
                    for (InstrumentProgress progress :
                            counselorCheckIns.progress(ofCouple).instruments()) {
                        assertThat(progress.one().points()).hasSize(clinic.checkInHandedIn[c][0] ? 1 : 0);
                        assertThat(progress.two().points()).hasSize(clinic.checkInHandedIn[c][1] ? 1 : 0);
                    }
                } else {
                    long coupleId = clinic.coupleIds[c];
                    assertThatThrownBy(() -> Pages.all(page -> homework.homeworkOfCouple(coupleId, page)))
                            .isInstanceOf(AccessDeniedException.class);
                    assertThatThrownBy(() -> Pages.all(page -> myHomework.page(page)))
                            .isInstanceOf(AccessDeniedException.class);
                }
            }
            as(clinic.counselors[1 - clinic.counselorOf[c]]);
            long ofCouple = clinic.coupleIds[c];
            assertThatThrownBy(() -> counselorCheckIns.progress(ofCouple))
                    .isInstanceOf(CaseNotAvailableException.class);
            assertThatThrownBy(() -> privateMessages.count(ofCouple)).isInstanceOf(CaseNotAvailableException.class);
            assertThat(caseAlerts.urgent(List.of(ofCouple))).isEmpty();
            // the admin: never any response, never any check-in
            as(clinic.admin);
            long coupleId = clinic.coupleIds[c];
            // nor any private message, flag or audit row of one, nor a count
            assertThatThrownBy(() -> privateMessages.count(coupleId)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> privateChannel.open()).isInstanceOf(AccessDeniedException.class);
            assertThat(caseAlerts.urgent(List.of(coupleId))).isEmpty();
            assertThat(auditReview.count(
                            new AuditQuery("", coupleId, AuditAction.PRIVATE_MESSAGE_SENT, null, null, null)))
                    .isZero();
            assertThatThrownBy(() -> counselorCheckIns.progress(coupleId)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> myCheckIns.progress("me", "partner")).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> Pages.all(page -> homework.homeworkOfCouple(coupleId, page)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> Pages.all(page -> myHomework.page(page)))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }
}
