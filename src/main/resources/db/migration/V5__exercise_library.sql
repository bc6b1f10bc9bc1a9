-- The exercise library: product content (not demo data), written in Dyad's own words. Strategies and
-- exercises summarise and adapt advice from two articles (see shared/CONTENT.md):
--   A = “Balancing Emotional Dependency and Independence in Sexual Relationships”
--   B = “The Balancing Act: Maintaining Closeness & Independence for Optimal Relational Satisfaction”, ZeroOpposite
-- Exercises and prompts find their strategy and exercise by code and title, so no ids are hard-coded.

-- ---------------------------------------------------------------------------------------------------
-- Strategies
-- ---------------------------------------------------------------------------------------------------

insert into strategy (version, code, position, name, summary, sources) values
(0, 'SELF_AWARENESS', 1, 'Self-awareness',
 'Get to know your own needs and the moments that unsettle you. It helps you tell the difference between wanting closeness and reaching for reassurance.',
 'A1'),
(0, 'COMMUNICATION', 2, 'Open, honest communication',
 'Say what you need, fear and hope for without blame, and listen until your partner feels understood. Both of you should come away feeling heard.',
 'A2, B2'),
(0, 'INDIVIDUAL_GROWTH', 3, 'Encourage individual growth',
 'Keep your own interests, friendships and hobbies alive, and cheer your partner on in theirs. Two people who each have a full life make a stronger pair.',
 'A3'),
(0, 'BOUNDARIES', 4, 'Clear boundaries',
 'Work out together what leaves each of you drained or overwhelmed, and agree simple limits, such as daily time to recharge. Keep to them, and look at them again as life changes.',
 'A4, B1'),
(0, 'QUALITY_TIME', 5, 'Quality over quantity',
 'A little undistracted time together, whether a real conversation, a shared experience or a joint project, does more for your bond than hours side by side on autopilot.',
 'A5'),
(0, 'TRUST', 6, 'Foster trust',
 'Trust grows slowly, from many small promises kept and from treating what your partner confides in you with kindness and care.',
 'B3'),
(0, 'OUTSIDE_SUPPORT', 7, 'Support beyond your partner',
 'Friends, family, a group or a professional can offer comfort and a fresh view too, so your partner doesn''t have to carry everything.',
 'A6, B4'),
(0, 'SELF_CARE', 8, 'Self-care',
 'Make regular time for what restores you, like movement, quiet, reading or making things. Looking after yourself is also a gift to your relationship.',
 'B5'),
(0, 'RESPECTFUL_INDEPENDENCE', 9, 'Respectful independence',
 'Bring it all together: feel secure with each other while each of you keeps growing, with openness, acceptance and some give and take along the way.',
 'B');

-- ---------------------------------------------------------------------------------------------------
-- 1. Self-awareness (A)
-- ---------------------------------------------------------------------------------------------------

insert into exercise (version, strategy_id, title, purpose, steps, minutes, mode, frequency, default_visibility,
                      source_article, origin, owner_id, shared_with_clinic, archived, based_on_id, created_at)
select 0, s.id,
       'A week of evening check-ins with yourself',
       'Notice, day by day, when you feel settled in your relationship and when worry sends you to your partner for reassurance. Over a week, patterns start to show.',
       '1. Pick a regular moment each evening, for example just before bed, and set a reminder on your phone.
2. Take five minutes on your own to answer the questions below.
3. Write about today only, and keep it short: a few words are enough.
4. Be kind to yourself. There are no right answers, only things worth noticing.
5. At the end of the week, read your entries back and note anything that keeps coming up.',
       10, 'EACH_SEPARATELY', 'Daily for a week', 'COUNSELOR_ONLY',
       'A', 'LIBRARY', null, true, false, null, utc_timestamp(6)
from strategy s where s.code = 'SELF_AWARENESS';

insert into exercise_prompt (version, exercise_id, position, kind, label, options)
select 0, e.id, p.position, p.kind, p.label, p.options
from exercise e cross join (
    select 1 as position, 'SCALE' as kind, 'How secure did you feel in your relationship today?' as label, 'Not at all|Completely' as options
    union all select 2, 'TEXT', 'When today did you feel calm and steady with your partner? What was happening?', null
    union all select 3, 'TEXT', 'Was there a moment you reached for your partner because you felt anxious? What were you hoping they would do?', null
    union all select 4, 'TEXT', 'Looking back, what did you really need in that moment?', null
    union all select 5, 'YES_NO', 'Did you find a way to give yourself some of what you needed?', null
) p
where e.title = 'A week of evening check-ins with yourself' and e.origin = 'LIBRARY';

insert into exercise (version, strategy_id, title, purpose, steps, minutes, mode, frequency, default_visibility,
                      source_article, origin, owner_id, shared_with_clinic, archived, based_on_id, created_at)
select 0, s.id,
       'Know what unsettles you',
       'Name the situations that tend to knock you off balance and what helps you steady yourself, so you can respond by choice rather than on autopilot.',
       '1. Find twenty quiet minutes on your own.
2. Tick the situations that often leave you uneasy, and add your own if they are missing.
3. Choose the one that affects you most and describe what happens inside you when it comes up.
4. Write down what helps you feel steady again, including things you can do for yourself.
5. If it helps, talk it through with a friend you trust before your next session.',
       20, 'EACH_SEPARATELY', 'Once', 'COUNSELOR_ONLY',
       'A', 'LIBRARY', null, true, false, null, utc_timestamp(6)
from strategy s where s.code = 'SELF_AWARENESS';

insert into exercise_prompt (version, exercise_id, position, kind, label, options)
select 0, e.id, p.position, p.kind, p.label, p.options
from exercise e cross join (
    select 1 as position, 'CHECKLIST' as kind, 'Which of these often leave you feeling unsettled?' as label,
           'A message goes unanswered for a while|Plans change at short notice|Your partner seems distracted or far away|Your partner makes plans without you|A disagreement is left hanging|You feel left out of a decision|Your partner is away for a few days' as options
    union all select 2, 'TEXT', 'Pick the one that affects you most. What goes on in your body and your thoughts when it happens?', null
    union all select 3, 'TEXT', 'What usually helps you feel steady again? Include anything you can do for yourself.', null
    union all select 4, 'SCALE', 'How well do you understand what sets off these feelings in you?', 'Not at all|Very well'
    union all select 5, 'YES_NO', 'Would you like to explore this with your counselor in your next session?', null
) p
where e.title = 'Know what unsettles you' and e.origin = 'LIBRARY';

-- ---------------------------------------------------------------------------------------------------
-- 2. Open, honest communication (A+B)
-- ---------------------------------------------------------------------------------------------------

insert into exercise (version, strategy_id, title, purpose, steps, minutes, mode, frequency, default_visibility,
                      source_article, origin, owner_id, shared_with_clinic, archived, based_on_id, created_at)
select 0, s.id,
       'From complaint to request',
       'Turn frustrations into clear, blame-free requests your partner can actually hear, and practise sharing one when you both feel calm.',
       '1. On your own, think of three recent things that bothered you about what your partner did or didn''t do.
2. Rewrite each one as: “I feel … when … because … I would like …”.
3. Read them back and take out any words that sound like blame, such as “always” or “never”.
4. Together, pick a calm moment, not the middle of an argument, and share one each.
5. When it''s your partner''s turn, listen and say back what you heard before you reply.',
       20, 'PRIVATE_THEN_COMPARE', 'Weekly', 'REVEAL_TOGETHER',
       'A+B', 'LIBRARY', null, true, false, null, utc_timestamp(6)
from strategy s where s.code = 'COMMUNICATION';

insert into exercise_prompt (version, exercise_id, position, kind, label, options)
select 0, e.id, p.position, p.kind, p.label, p.options
from exercise e cross join (
    select 1 as position, 'TEXT' as kind, 'First complaint, rewritten: I feel … when … because … I would like …' as label, null as options
    union all select 2, 'TEXT', 'Second complaint, rewritten the same way.', null
    union all select 3, 'TEXT', 'Third complaint, rewritten the same way.', null
    union all select 4, 'PLAN', 'When will you share one of these with your partner, at a calm moment?', null
    union all select 5, 'SCALE', 'After you shared, how well did you feel your partner understood you?', 'Not at all|Completely'
) p
where e.title = 'From complaint to request' and e.origin = 'LIBRARY';

insert into exercise (version, strategy_id, title, purpose, steps, minutes, mode, frequency, default_visibility,
                      source_article, origin, owner_id, shared_with_clinic, archived, based_on_id, created_at)
select 0, s.id,
       'Speaker and listener, ten minutes each',
       'Give each of you an uninterrupted turn to be heard, and practise listening to understand rather than to reply.',
       '1. Choose a topic that matters to you both but isn''t your hardest one, and set a timer for ten minutes.
2. The speaker talks about their own feelings and needs, saying “I” rather than “you”.
3. The listener stays quiet, then sums up what they heard and asks: “Did I get that right?”
4. The speaker corrects or adds anything missing until they feel understood.
5. Swap roles for another ten minutes, then fill in the form together.',
       25, 'TOGETHER', 'Weekly', 'SHARED',
       'A+B', 'LIBRARY', null, true, false, null, utc_timestamp(6)
from strategy s where s.code = 'COMMUNICATION';

insert into exercise_prompt (version, exercise_id, position, kind, label, options)
select 0, e.id, p.position, p.kind, p.label, p.options
from exercise e cross join (
    select 1 as position, 'TEXT' as kind, 'What topic did you talk about?' as label, null as options
    union all select 2, 'YES_NO', 'Did each of you get a full turn without being interrupted?', null
    union all select 3, 'TEXT', 'What did each of you learn about the other that you hadn''t realised before?', null
    union all select 4, 'SCALE', 'Right now, how heard do you both feel?', 'Not at all|Completely'
) p
where e.title = 'Speaker and listener, ten minutes each' and e.origin = 'LIBRARY';

insert into exercise (version, strategy_id, title, purpose, steps, minutes, mode, frequency, default_visibility,
                      source_article, origin, owner_id, shared_with_clinic, archived, based_on_id, created_at)
select 0, s.id,
       'Ask instead of guessing',
       'Check the assumptions you make about what your partner needs, and swap guesses for curious questions.',
       '1. On your own, write down what you think your partner most needs from you at the moment.
2. Write one open question that would let you find out, without hinting at the answer.
3. Ask it when you both have a few relaxed minutes, and listen to the whole answer.
4. Note what your partner actually said and how close your guess was.
5. Compare notes together and share one thing that surprised you.',
       15, 'PRIVATE_THEN_COMPARE', 'Once', 'REVEAL_TOGETHER',
       'A+B', 'LIBRARY', null, true, false, null, utc_timestamp(6)
from strategy s where s.code = 'COMMUNICATION';

insert into exercise_prompt (version, exercise_id, position, kind, label, options)
select 0, e.id, p.position, p.kind, p.label, p.options
from exercise e cross join (
    select 1 as position, 'TEXT' as kind, 'Without asking, what do you think your partner most needs from you right now?' as label, null as options
    union all select 2, 'TEXT', 'What open question will you ask to find out?', null
    union all select 3, 'TEXT', 'What did your partner actually say?', null
    union all select 4, 'SCALE', 'How close was your guess?', 'Way off|Spot on'
    union all select 5, 'YES_NO', 'Did anything your partner said surprise you?', null
) p
where e.title = 'Ask instead of guessing' and e.origin = 'LIBRARY';

-- ---------------------------------------------------------------------------------------------------
-- 3. Encourage individual growth (A)
-- ---------------------------------------------------------------------------------------------------

insert into exercise (version, strategy_id, title, purpose, steps, minutes, mode, frequency, default_visibility,
                      source_article, origin, owner_id, shared_with_clinic, archived, based_on_id, created_at)
select 0, s.id,
       'Interests of your own',
       'Remind yourselves of what each of you enjoys on your own, and find one concrete way to back each other this week.',
       '1. On your own, list the hobbies, friendships and interests you enjoy without your partner, including ones you have let slip.
2. Choose one you would like to give more time to this week.
3. Think of one specific, practical thing your partner could do to support it.
4. Compare lists together and agree who does what, so you both get your time.
5. Next week, tell each other how it went.',
       15, 'PRIVATE_THEN_COMPARE', 'Once', 'REVEAL_TOGETHER',
       'A', 'LIBRARY', null, true, false, null, utc_timestamp(6)
from strategy s where s.code = 'INDIVIDUAL_GROWTH';

insert into exercise_prompt (version, exercise_id, position, kind, label, options)
select 0, e.id, p.position, p.kind, p.label, p.options
from exercise e cross join (
    select 1 as position, 'TEXT' as kind, 'What interests, hobbies or friendships do you enjoy on your own, or would like to pick up again?' as label, null as options
    union all select 2, 'TEXT', 'Which one would you like to make time for this week?', null
    union all select 3, 'TEXT', 'What is one concrete thing your partner could do to support you in it?', null
    union all select 4, 'PLAN', 'When will you make time for it?', null
) p
where e.title = 'Interests of your own' and e.origin = 'LIBRARY';

insert into exercise (version, strategy_id, title, purpose, steps, minutes, mode, frequency, default_visibility,
                      source_article, origin, owner_id, shared_with_clinic, archived, based_on_id, created_at)
select 0, s.id,
       'Welcome back: celebrating time apart',
       'Help time apart feel good to you both by sharing and celebrating what each of you did on your own.',
       '1. Once a week, sit down together for a quarter of an hour.
2. Each of you describes something you did on your own this week and what you enjoyed about it.
3. The other responds with real interest: ask a question and name something you appreciate.
4. Talk honestly about any unease the time apart brought up, without blaming.
5. Fill in the form together.',
       15, 'TOGETHER', 'Weekly', 'SHARED',
       'A', 'LIBRARY', null, true, false, null, utc_timestamp(6)
from strategy s where s.code = 'INDIVIDUAL_GROWTH';

insert into exercise_prompt (version, exercise_id, position, kind, label, options)
select 0, e.id, p.position, p.kind, p.label, p.options
from exercise e cross join (
    select 1 as position, 'CHECKLIST' as kind, 'What kinds of time on your own did you have this week?' as label,
           'A hobby or sport|Time with friends|Time with family|Learning something new|A creative project|Quiet time alone' as options
    union all select 2, 'TEXT', 'What did each of you enjoy or discover?', null
    union all select 3, 'TEXT', 'What did you each appreciate about the other when you were back together?', null
    union all select 4, 'YES_NO', 'Did the time apart bring up any worry for either of you?', null
    union all select 5, 'SCALE', 'How much did your time apart add to your time together?', 'Not at all|A great deal'
) p
where e.title = 'Welcome back: celebrating time apart' and e.origin = 'LIBRARY';

-- ---------------------------------------------------------------------------------------------------
-- 4. Clear boundaries (A+B)
-- ---------------------------------------------------------------------------------------------------

insert into exercise (version, strategy_id, title, purpose, steps, minutes, mode, frequency, default_visibility,
                      source_article, origin, owner_id, shared_with_clinic, archived, based_on_id, created_at)
select 0, s.id,
       'One boundary we both keep',
       'Spot the situations that leave each of you overwhelmed, agree on one boundary that protects you both, and see a week later how well it held.',
       '1. On your own, name two situations that tend to overwhelm you or leave you leaning too hard on your partner.
2. For each one, note a limit that would help: about time, topic or timing.
3. Share your answers and choose one boundary together, in simple words you both accept.
4. Keep to it for a week, and treat slips kindly rather than as failures.
5. A week later, each rate how well it held, and adjust it together if needed.',
       30, 'PRIVATE_THEN_COMPARE', 'Once, with a check a week later', 'REVEAL_TOGETHER',
       'A+B', 'LIBRARY', null, true, false, null, utc_timestamp(6)
from strategy s where s.code = 'BOUNDARIES';

insert into exercise_prompt (version, exercise_id, position, kind, label, options)
select 0, e.id, p.position, p.kind, p.label, p.options
from exercise e cross join (
    select 1 as position, 'TEXT' as kind, 'Which two situations tend to overwhelm you?' as label, null as options
    union all select 2, 'TEXT', 'What boundary would help you in one of them?', null
    union all select 3, 'TEXT', 'Write down the boundary you agreed on together.', null
    union all select 4, 'PLAN', 'When will you check how it held, about a week from now?', null
    union all select 5, 'SCALE', 'A week later: how well did the boundary hold for you?', 'Not at all|Completely'
) p
where e.title = 'One boundary we both keep' and e.origin = 'LIBRARY';

insert into exercise (version, strategy_id, title, purpose, steps, minutes, mode, frequency, default_visibility,
                      source_article, origin, owner_id, shared_with_clinic, archived, based_on_id, created_at)
select 0, s.id,
       'Daily time to recharge',
       'Agree on a regular window of time alone for whoever needs it, so recharging feels planned and respected rather than like pulling away.',
       '1. Each of you says how much time alone you need on a typical day and what you like to do with it.
2. Agree when those windows usually happen and how you will let each other know one has started.
3. Decide what you will do when plans clash, for example moving the window rather than skipping it.
4. Plan the first one, and look back together at the end of the week.',
       15, 'TOGETHER', 'Once, then review weekly', 'SHARED',
       'A+B', 'LIBRARY', null, true, false, null, utc_timestamp(6)
from strategy s where s.code = 'BOUNDARIES';

insert into exercise_prompt (version, exercise_id, position, kind, label, options)
select 0, e.id, p.position, p.kind, p.label, p.options
from exercise e cross join (
    select 1 as position, 'TEXT' as kind, 'How much time alone does each of you need on a typical day, and what helps you recharge?' as label, null as options
    union all select 2, 'CHECKLIST', 'How will you let each other know you are taking your time?',
           'A simple word or phrase|A quick message|A shared calendar entry|A set time each day|A closed door'
    union all select 3, 'YES_NO', 'Have you agreed what to do when plans get in the way?', null
    union all select 4, 'PLAN', 'When is your first recharge time?', null
) p
where e.title = 'Daily time to recharge' and e.origin = 'LIBRARY';

insert into exercise (version, strategy_id, title, purpose, steps, minutes, mode, frequency, default_visibility,
                      source_article, origin, owner_id, shared_with_clinic, archived, based_on_id, created_at)
select 0, s.id,
       'Know your limits when you''re running low',
       'Get clear on what you are and aren''t up for sharing, discussing or doing when your energy is low, so you can ask for a limit before you run empty.',
       '1. Take a quiet moment on your own.
2. Tick what tends to drain you, and add anything that is missing.
3. Choose the one limit that would make the biggest difference.
4. Draft how you could ask for it kindly, starting with “I”.
5. Decide whether to raise it at home or with your counselor first.',
       15, 'EACH_SEPARATELY', 'Once', 'COUNSELOR_ONLY',
       'A+B', 'LIBRARY', null, true, false, null, utc_timestamp(6)
from strategy s where s.code = 'BOUNDARIES';

insert into exercise_prompt (version, exercise_id, position, kind, label, options)
select 0, e.id, p.position, p.kind, p.label, p.options
from exercise e cross join (
    select 1 as position, 'CHECKLIST' as kind, 'Which of these tend to drain you when you are already tired?' as label,
           'Heavy conversations late at night|Messages all through the working day|Back-to-back social plans|Going over every detail of your day|Making decisions when worn out|No time to yourself after work|Questions about things you are not ready to talk about' as options
    union all select 2, 'TEXT', 'Which single limit would make the biggest difference to you?', null
    union all select 3, 'TEXT', 'How could you ask for it kindly? Try starting with “I”.', null
    union all select 4, 'YES_NO', 'Would you like help raising this in your next session?', null
) p
where e.title = 'Know your limits when you''re running low' and e.origin = 'LIBRARY';

-- ---------------------------------------------------------------------------------------------------
-- 5. Quality over quantity (A)
-- ---------------------------------------------------------------------------------------------------

insert into exercise (version, strategy_id, title, purpose, steps, minutes, mode, frequency, default_visibility,
                      source_article, origin, owner_id, shared_with_clinic, archived, based_on_id, created_at)
select 0, s.id,
       'A device-free hour together',
       'Plan one stretch of undivided time together and notice how connected it leaves each of you.',
       '1. Together, choose something you both enjoy, such as a walk, cooking or a long talk, and put it in your calendars.
2. When the time comes, leave phones and screens in another room.
3. Enjoy it. If you talk, be curious about each other rather than sorting out chores and plans.
4. Afterwards, each answer the questions on your own.
5. Compare your answers and pick one thing to keep for next time.',
       60, 'PRIVATE_THEN_COMPARE', 'Weekly', 'REVEAL_TOGETHER',
       'A', 'LIBRARY', null, true, false, null, utc_timestamp(6)
from strategy s where s.code = 'QUALITY_TIME';

insert into exercise_prompt (version, exercise_id, position, kind, label, options)
select 0, e.id, p.position, p.kind, p.label, p.options
from exercise e cross join (
    select 1 as position, 'TEXT' as kind, 'What did you do together?' as label, null as options
    union all select 2, 'SCALE', 'How connected did you feel to your partner during this time?', 'Not at all|Completely'
    union all select 3, 'TEXT', 'Which moment would you like more of?', null
    union all select 4, 'YES_NO', 'Would you like to make this a regular thing?', null
) p
where e.title = 'A device-free hour together' and e.origin = 'LIBRARY';

insert into exercise (version, strategy_id, title, purpose, steps, minutes, mode, frequency, default_visibility,
                      source_article, origin, owner_id, shared_with_clinic, archived, based_on_id, created_at)
select 0, s.id,
       'A small project for two',
       'Build connection by making or learning something together, while each of you keeps a part that is your own.',
       '1. Agree on a small project you can work on together over a few weeks.
2. Give each of you a part that uses your own strengths or interests.
3. Set a first session, and keep it short enough to enjoy.
4. At the end of each session, spend a few minutes talking about what you liked doing together.',
       45, 'TOGETHER', 'Weekly for a month', 'SHARED',
       'A', 'LIBRARY', null, true, false, null, utc_timestamp(6)
from strategy s where s.code = 'QUALITY_TIME';

insert into exercise_prompt (version, exercise_id, position, kind, label, options)
select 0, e.id, p.position, p.kind, p.label, p.options
from exercise e cross join (
    select 1 as position, 'CHECKLIST' as kind, 'What kind of project appeals to you both?' as label,
           'Cooking something new|Growing plants|Making or fixing something at home|Planning a day out or a trip|Learning a new skill|A creative project' as options
    union all select 2, 'TEXT', 'Describe your project and the part each of you will take on.', null
    union all select 3, 'PLAN', 'When is your first session?', null
    union all select 4, 'YES_NO', 'Did each of you have a part that felt like your own?', null
    union all select 5, 'SCALE', 'After the first session, how much closer do you feel?', 'Not at all|Much closer'
) p
where e.title = 'A small project for two' and e.origin = 'LIBRARY';

-- ---------------------------------------------------------------------------------------------------
-- 6. Foster trust (B)
-- ---------------------------------------------------------------------------------------------------

insert into exercise (version, strategy_id, title, purpose, steps, minutes, mode, frequency, default_visibility,
                      source_article, origin, owner_id, shared_with_clinic, archived, based_on_id, created_at)
select 0, s.id,
       'Small promises log',
       'Trust is built from many small promises kept. Logging them helps you notice your own follow-through and the moments your partner came through for you.',
       '1. Each evening, note one small promise you made to your partner today, like “I''ll call at lunch” or “I''ll pick up bread”.
2. Note whether you kept it, and if not, what got in the way and whether you told your partner.
3. Note one promise your partner kept for you, however small, and how it felt.
4. Rate how much you trusted each other today.
5. After two weeks, look back for patterns and bring one to your counselor.',
       5, 'EACH_SEPARATELY', 'Daily for two weeks', 'COUNSELOR_ONLY',
       'B', 'LIBRARY', null, true, false, null, utc_timestamp(6)
from strategy s where s.code = 'TRUST';

insert into exercise_prompt (version, exercise_id, position, kind, label, options)
select 0, e.id, p.position, p.kind, p.label, p.options
from exercise e cross join (
    select 1 as position, 'TEXT' as kind, 'What small promise did you make to your partner today?' as label, null as options
    union all select 2, 'YES_NO', 'Did you keep it?', null
    union all select 3, 'TEXT', 'If not, what got in the way, and did you tell your partner?', null
    union all select 4, 'TEXT', 'What promise did your partner keep for you today, and how did that feel?', null
    union all select 5, 'SCALE', 'How much did you trust each other today?', 'Not at all|Completely'
) p
where e.title = 'Small promises log' and e.origin = 'LIBRARY';

insert into exercise (version, strategy_id, title, purpose, steps, minutes, mode, frequency, default_visibility,
                      source_article, origin, owner_id, shared_with_clinic, archived, based_on_id, created_at)
select 0, s.id,
       'Safe to share',
       'Tell each other what helps you feel safe opening up, so that whatever you share is met with care.',
       '1. On your own, tick what helps you feel safe when you share something personal.
2. Remember a time your partner handled something you told them well, and what they did.
3. Note one thing that would make opening up easier next time.
4. Compare answers together. Listen without defending yourself, and thank each other.',
       20, 'PRIVATE_THEN_COMPARE', 'Once', 'REVEAL_TOGETHER',
       'B', 'LIBRARY', null, true, false, null, utc_timestamp(6)
from strategy s where s.code = 'TRUST';

insert into exercise_prompt (version, exercise_id, position, kind, label, options)
select 0, e.id, p.position, p.kind, p.label, p.options
from exercise e cross join (
    select 1 as position, 'CHECKLIST' as kind, 'What helps you feel safe sharing something personal?' as label,
           'Being listened to without advice|Hearing that my feelings make sense|Knowing it stays between us|Being asked what I need|A kind touch, if welcome|It not coming up later in an argument' as options
    union all select 2, 'TEXT', 'Describe a time your partner handled something you shared with care. What did they do?', null
    union all select 3, 'TEXT', 'What would make it easier for you to open up next time?', null
    union all select 4, 'SCALE', 'How safe do you feel sharing your inner thoughts with your partner?', 'Not at all|Completely'
) p
where e.title = 'Safe to share' and e.origin = 'LIBRARY';

-- ---------------------------------------------------------------------------------------------------
-- 7. Support beyond your partner (A+B)
-- ---------------------------------------------------------------------------------------------------

insert into exercise (version, strategy_id, title, purpose, steps, minutes, mode, frequency, default_visibility,
                      source_article, origin, owner_id, shared_with_clinic, archived, based_on_id, created_at)
select 0, s.id,
       'Map your support network',
       'See who, besides your partner, you can lean on, and plan one contact so your partner isn''t carrying everything.',
       '1. On your own, tick the kinds of support you have beyond your partner.
2. Write down a few names and what each person or group is good for: a laugh, practical help, a listening ear.
3. Notice how much of your emotional weight rests on your partner right now.
4. Choose one person or group to contact this week, and put it in your calendar.',
       20, 'EACH_SEPARATELY', 'Once', 'COUNSELOR_ONLY',
       'A+B', 'LIBRARY', null, true, false, null, utc_timestamp(6)
from strategy s where s.code = 'OUTSIDE_SUPPORT';

insert into exercise_prompt (version, exercise_id, position, kind, label, options)
select 0, e.id, p.position, p.kind, p.label, p.options
from exercise e cross join (
    select 1 as position, 'CHECKLIST' as kind, 'Who can you turn to besides your partner?' as label,
           'A close friend|A family member|A colleague or neighbour|A support group or community|A counselor, coach or therapist|An online community' as options
    union all select 2, 'TEXT', 'Name a few of them and what each is good for.', null
    union all select 3, 'SCALE', 'How much of your emotional weight rests on your partner right now?', 'Very little|Almost all'
    union all select 4, 'PLAN', 'Who will you contact this week, and when?', null
) p
where e.title = 'Map your support network' and e.origin = 'LIBRARY';

insert into exercise (version, strategy_id, title, purpose, steps, minutes, mode, frequency, default_visibility,
                      source_article, origin, owner_id, shared_with_clinic, archived, based_on_id, created_at)
select 0, s.id,
       'Confiding in others: what feels okay',
       'Talk openly about each of you turning to friends, groups or professionals, so outside support feels like help for the relationship rather than a threat to it.',
       '1. On your own, think about how you feel when your partner talks to others about their worries.
2. Note anything you would like kept between the two of you.
3. Note what would make it easier for you to look for support outside.
4. Compare answers together, and agree on anything you both want to keep private.',
       20, 'PRIVATE_THEN_COMPARE', 'Once', 'REVEAL_TOGETHER',
       'A+B', 'LIBRARY', null, true, false, null, utc_timestamp(6)
from strategy s where s.code = 'OUTSIDE_SUPPORT';

insert into exercise_prompt (version, exercise_id, position, kind, label, options)
select 0, e.id, p.position, p.kind, p.label, p.options
from exercise e cross join (
    select 1 as position, 'SCALE' as kind, 'How comfortable are you with your partner confiding in friends or a professional?' as label, 'Not at all|Completely' as options
    union all select 2, 'YES_NO', 'Are there topics you would like to keep just between the two of you?', null
    union all select 3, 'TEXT', 'If so, which ones, and why do they matter to you?', null
    union all select 4, 'TEXT', 'What would make it easier for you to look for support outside the relationship?', null
) p
where e.title = 'Confiding in others: what feels okay' and e.origin = 'LIBRARY';

-- ---------------------------------------------------------------------------------------------------
-- 8. Self-care (B)
-- ---------------------------------------------------------------------------------------------------

insert into exercise (version, strategy_id, title, purpose, steps, minutes, mode, frequency, default_visibility,
                      source_article, origin, owner_id, shared_with_clinic, archived, based_on_id, created_at)
select 0, s.id,
       'Three things that restore you',
       'Make room for activities that refill you, and notice how they affect your mood.',
       '1. On your own, choose three activities that leave you feeling restored.
2. Schedule all three for the coming week, even if each one is only fifteen minutes.
3. After each one, log what you did and how your mood changed.
4. At the end of the week, notice which one helped most, and keep it going.',
       10, 'EACH_SEPARATELY', 'Weekly', 'COUNSELOR_ONLY',
       'B', 'LIBRARY', null, true, false, null, utc_timestamp(6)
from strategy s where s.code = 'SELF_CARE';

insert into exercise_prompt (version, exercise_id, position, kind, label, options)
select 0, e.id, p.position, p.kind, p.label, p.options
from exercise e cross join (
    select 1 as position, 'CHECKLIST' as kind, 'Which kinds of activities restore you?' as label,
           'Movement or exercise|Meditation or slow breathing|Reading|Creative work|Time outdoors|Music|Rest' as options
    union all select 2, 'PLAN', 'When is the first of your three activities?', null
    union all select 3, 'TEXT', 'What did you do, and how did it go?', null
    union all select 4, 'SCALE', 'How was your mood before?', 'Very low|Very good'
    union all select 5, 'SCALE', 'How was your mood afterwards?', 'Very low|Very good'
) p
where e.title = 'Three things that restore you' and e.origin = 'LIBRARY';

insert into exercise (version, strategy_id, title, purpose, steps, minutes, mode, frequency, default_visibility,
                      source_article, origin, owner_id, shared_with_clinic, archived, based_on_id, created_at)
select 0, s.id,
       'Self-care swap',
       'Help each other find time to recharge by covering for one another, so self-care becomes something you support as a team.',
       '1. Each of you names one restoring thing you would like to do this week.
2. Look at the week together and find a slot for each of you.
3. Agree what the other will take care of during that time, such as chores, children or errands.
4. Afterwards, tell each other briefly how it went.',
       15, 'TOGETHER', 'Weekly', 'SHARED',
       'B', 'LIBRARY', null, true, false, null, utc_timestamp(6)
from strategy s where s.code = 'SELF_CARE';

insert into exercise_prompt (version, exercise_id, position, kind, label, options)
select 0, e.id, p.position, p.kind, p.label, p.options
from exercise e cross join (
    select 1 as position, 'TEXT' as kind, 'What would each of you like to do with your time?' as label, null as options
    union all select 2, 'PLAN', 'When is the first slot?', null
    union all select 3, 'PLAN', 'When is the second slot?', null
    union all select 4, 'YES_NO', 'Did you both get your time this week?', null
    union all select 5, 'SCALE', 'How rested do you both feel now?', 'Not at all|Fully rested'
) p
where e.title = 'Self-care swap' and e.origin = 'LIBRARY';

-- ---------------------------------------------------------------------------------------------------
-- 9. Respectful independence (B)
-- ---------------------------------------------------------------------------------------------------

insert into exercise (version, strategy_id, title, purpose, steps, minutes, mode, frequency, default_visibility,
                      source_article, origin, owner_id, shared_with_clinic, archived, based_on_id, created_at)
select 0, s.id,
       'Monthly balance conversation',
       'Check in once a month on where each of you feels too close or too distant, and agree a small change with give and take on both sides.',
       '1. On your own, rate the overall balance and note where you feel too close and where too distant.
2. Think of one small change you would like to try this month.
3. Sit down together, compare answers, and listen with curiosity rather than defending.
4. Agree on one change each, even a small one, that meets somewhere in the middle.
5. Put next month''s conversation in your calendars.',
       30, 'PRIVATE_THEN_COMPARE', 'Monthly', 'REVEAL_TOGETHER',
       'B', 'LIBRARY', null, true, false, null, utc_timestamp(6)
from strategy s where s.code = 'RESPECTFUL_INDEPENDENCE';

insert into exercise_prompt (version, exercise_id, position, kind, label, options)
select 0, e.id, p.position, p.kind, p.label, p.options
from exercise e cross join (
    select 1 as position, 'SCALE' as kind, 'Right now, how does the balance between closeness and independence feel? Around the middle means about right.' as label, 'Far too distant|Far too close' as options
    union all select 2, 'TEXT', 'Where do you feel too close, or short of space?', null
    union all select 3, 'TEXT', 'Where do you feel too distant, or short of connection?', null
    union all select 4, 'TEXT', 'What small change would you like to try this month?', null
    union all select 5, 'PLAN', 'When will you have next month''s balance conversation?', null
) p
where e.title = 'Monthly balance conversation' and e.origin = 'LIBRARY';

insert into exercise (version, strategy_id, title, purpose, steps, minutes, mode, frequency, default_visibility,
                      source_article, origin, owner_id, shared_with_clinic, archived, based_on_id, created_at)
select 0, s.id,
       'Something new for one of you, still close as two',
       'When one of you starts something new, like a course, a job, a friendship or a hobby, agree how to support it while staying connected.',
       '1. The one starting something new describes what it is and why it matters to them.
2. The other shares what excites or worries them about it, without trying to talk them out of it.
3. Together, tick the values you want to lean on while things change.
4. Agree on a few practical things, such as time, check-ins and what you will share, and set a date to review.',
       30, 'TOGETHER', 'Once', 'SHARED',
       'B', 'LIBRARY', null, true, false, null, utc_timestamp(6)
from strategy s where s.code = 'RESPECTFUL_INDEPENDENCE';

insert into exercise_prompt (version, exercise_id, position, kind, label, options)
select 0, e.id, p.position, p.kind, p.label, p.options
from exercise e cross join (
    select 1 as position, 'TEXT' as kind, 'What new experience is one of you starting, and why does it matter?' as label, null as options
    union all select 2, 'TEXT', 'What does each of you need to feel supported and included?', null
    union all select 3, 'CHECKLIST', 'Which values do you want to lean on while things change?',
           'Openness|Honesty|Trust|Acceptance|Patience|Understanding|Willingness to compromise'
    union all select 4, 'PLAN', 'When will you check in on how it is going?', null
) p
where e.title = 'Something new for one of you, still close as two' and e.origin = 'LIBRARY';
