-- Check-ins: two short questionnaires each partner answers privately on a schedule the counselor sets per couple.
-- The instruments and their items are product content (like the exercise library), not demo data.

create table checkin_instrument (
    id        bigint        not null auto_increment,
    version   bigint        not null,
    code      varchar(16)   not null,
    position  int           not null,
    title     varchar(120)  not null,
    about     varchar(1000) not null,
    citation  varchar(400)  null,
    -- how the items in the score make one number: SUM (CSI-4, 0–21) or MEAN (balance check-in, 0–10)
    score_rule varchar(8)   not null,
    min_score decimal(5, 1) not null,
    max_score decimal(5, 1) not null,
    -- a published cut-off drawn on the chart (CSI-4: below 13.5 suggests notable relationship distress)
    cutoff    decimal(5, 1) null,
    primary key (id),
    constraint uk_checkin_instrument_code unique (code)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table checkin_item (
    id            bigint       not null auto_increment,
    version       bigint       not null,
    instrument_id bigint       not null,
    position      int          not null,
    text          varchar(300) not null,
    -- a few words for charts, tables and "where you differ"
    short_label   varchar(60)  not null,
    min_value     int          not null,
    max_value     int          not null,
    -- the words at each end of a slider, or one answer per value (separated by |) for radio buttons
    low_label     varchar(80)  null,
    high_label    varchar(80)  null,
    answers       varchar(600) null,
    in_score      boolean      not null,
    primary key (id),
    constraint uk_checkin_item_position unique (instrument_id, position),
    constraint fk_checkin_item_instrument foreign key (instrument_id) references checkin_instrument (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- The counselor's plan for one couple: how often, and who sees each partner's scores.
create table checkin_plan (
    id         bigint      not null auto_increment,
    version    bigint      not null,
    couple_id  bigint      not null,
    cadence    varchar(24) not null,
    visibility varchar(24) not null,
    starts_on  date        not null,
    changed_by bigint      not null,
    changed_at datetime(6) not null,
    primary key (id),
    constraint uk_checkin_plan_couple unique (couple_id),
    constraint fk_checkin_plan_couple foreign key (couple_id) references couple (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- One partner's answers for one round (the day the round opened). The visibility is the plan's when the partner
-- began, so a later change of plan never shows anyone an answer given under "counselor only".
create table checkin (
    id           bigint      not null auto_increment,
    version      bigint      not null,
    couple_id    bigint      not null,
    partner_id   bigint      not null,
    round_on     date        not null,
    visibility   varchar(24) not null,
    state        varchar(16) not null,
    saved_at     datetime(6) not null,
    submitted_at datetime(6) null,
    primary key (id),
    constraint uk_checkin_round unique (couple_id, partner_id, round_on),
    constraint fk_checkin_couple foreign key (couple_id) references couple (id),
    constraint fk_checkin_partner foreign key (partner_id) references partner (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- The Progress tab and a partner's trend: a couple's check-ins by round.
create index ix_checkin_couple_state_round on checkin (couple_id, state, round_on);

create table checkin_value (
    checkin_id bigint not null,
    item_id    bigint not null,
    value      int    not null,
    primary key (checkin_id, item_id),
    constraint fk_checkin_value_checkin foreign key (checkin_id) references checkin (id),
    constraint fk_checkin_value_item foreign key (item_id) references checkin_item (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- ---------------------------------------------------------------------------------------------------
-- Balance check-in: Dyad's own reflection aid on the themes of the two source articles (see shared/CONTENT.md).
-- Not a validated clinical instrument; the pages say so. Eight items 0–10 make its score (their mean); the
-- ninth, closeness, is a balance with its middle as the aim, so it is shown but not scored.
-- ---------------------------------------------------------------------------------------------------

insert into checkin_instrument (version, code, position, title, about, citation, score_rule, min_score, max_score, cutoff)
values (0, 'BALANCE', 1, 'Balance check-in',
 'A short reflection on closeness and independence in your relationship, over the last couple of weeks. It helps you and your counselor see what is changing. It is a reflection aid, not a clinical test.',
 null, 'MEAN', 0, 10, null);

insert into checkin_item (version, instrument_id, position, text, short_label, min_value, max_value, low_label, high_label, answers, in_score)
select 0, i.id, v.position, v.text, v.short_label, 0, 10, v.low_label, v.high_label, null, v.in_score
from checkin_instrument i
join (
    select 1 as position, 'I feel secure in our relationship.' as text, 'Secure in the bond' as short_label,
           'Not at all' as low_label, 'Completely' as high_label, true as in_score
    union all select 2, 'I have room for my own interests, friends and time.', 'Room for myself',
           'Not at all', 'Completely', true
    union all select 3, 'When I say what I need, I feel heard.', 'Being heard', 'Never', 'Always', true
    union all select 4, 'The limits we agreed on are respected.', 'Boundaries respected', 'Never', 'Always', true
    union all select 5, 'The time we spend together feels good and close.', 'Time together',
           'Not at all', 'Very much', true
    union all select 6, 'I trust my partner.', 'Trust', 'Not at all', 'Completely', true
    union all select 7, 'I have people besides my partner I can turn to.', 'Support beyond us',
           'No one', 'Plenty', true
    union all select 8, 'I make time for what restores me.', 'Self-care', 'Never', 'Regularly', true
    union all select 9, 'Right now we are…', 'Closeness', 'Too close', 'Too distant', false
) v
where i.code = 'BALANCE';

-- ---------------------------------------------------------------------------------------------------
-- CSI-4: the four-item Couples Satisfaction Index, published wording and answer scales.
-- Funk, J. L., & Rogge, R. D. (2007). Testing the ruler with item response theory. Journal of Family
-- Psychology, 21(4), 572–583. Free for clinical and research use (couples-research.com). Sum 0–21; no
-- reversed items; below 13.5 suggests notable relationship distress.
-- ---------------------------------------------------------------------------------------------------

insert into checkin_instrument (version, code, position, title, about, citation, score_rule, min_score, max_score, cutoff)
values (0, 'CSI4', 2, 'Couples Satisfaction Index (CSI-4)',
 'Four questions on how satisfied you are with your relationship. Scores run from 0 to 21; a score below 13.5 suggests notable relationship distress.',
 'Funk, J. L., & Rogge, R. D. (2007). Testing the ruler with item response theory: Increasing precision of measurement for relationship satisfaction with the Couples Satisfaction Index. Journal of Family Psychology, 21(4), 572–583. Free for clinical and research use.',
 'SUM', 0, 21, 13.5);

insert into checkin_item (version, instrument_id, position, text, short_label, min_value, max_value, low_label, high_label, answers, in_score)
select 0, i.id, v.position, v.text, v.short_label, 0, v.max_value, null, null, v.answers, true
from checkin_instrument i
join (
    select 1 as position, 'Please indicate the degree of happiness, all things considered, of your relationship.' as text,
           'Happiness' as short_label, 6 as max_value,
           'Extremely Unhappy|Fairly Unhappy|A Little Unhappy|Happy|Very Happy|Extremely Happy|Perfect' as answers
    union all select 2, 'I have a warm and comfortable relationship with my partner.', 'Warm and comfortable', 5,
           'Not at all True|A little True|Somewhat True|Mostly True|Almost Completely True|Completely True'
    union all select 3, 'How rewarding is your relationship with your partner?', 'Rewarding', 5,
           'Not at all|A little|Somewhat|Mostly|Almost Completely|Completely'
    union all select 4, 'In general, how satisfied are you with your relationship?', 'Satisfied', 5,
           'Not at all|A little|Somewhat|Mostly|Almost Completely|Completely'
) v
where i.code = 'CSI4';
