-- Homework: an exercise assigned to a couple, each partner's (or the couple's joint) response, feedback.

create table assignment (
    id          bigint        not null auto_increment,
    version     bigint        not null,
    couple_id   bigint        not null,
    exercise_id bigint        not null,
    audience    varchar(24)   not null,
    partner_id  bigint        null,
    due_on      date          not null,
    visibility  varchar(24)   not null,
    note        varchar(2000) null,
    status      varchar(16)   not null,
    series_key  char(36)      not null,
    created_by  bigint        not null,
    created_at  datetime(6)   not null,
    reviewed_on date          null,
    primary key (id),
    constraint fk_assignment_couple foreign key (couple_id) references couple (id),
    constraint fk_assignment_exercise foreign key (exercise_id) references exercise (id),
    constraint fk_assignment_partner foreign key (partner_id) references partner (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- The couple's homework tab (by due date) and open/overdue counts per couple.
create index ix_assignment_couple_due on assignment (couple_id, status, due_on);

create table response (
    id            bigint      not null auto_increment,
    version       bigint      not null,
    assignment_id bigint      not null,
    partner_id    bigint      null,
    state         varchar(16) not null,
    answers       text        not null,
    saved_at      datetime(6) not null,
    submitted_at  datetime(6) null,
    primary key (id),
    constraint uk_response_author unique (assignment_id, partner_id),
    constraint fk_response_assignment foreign key (assignment_id) references assignment (id),
    constraint fk_response_partner foreign key (partner_id) references partner (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table feedback (
    id            bigint        not null auto_increment,
    version       bigint        not null,
    assignment_id bigint        not null,
    to_partner_id bigint        null,
    text          varchar(4000) not null,
    author_id     bigint        not null,
    created_at    datetime(6)   not null,
    primary key (id),
    constraint fk_feedback_assignment foreign key (assignment_id) references assignment (id),
    constraint fk_feedback_partner foreign key (to_partner_id) references partner (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create index ix_feedback_assignment on feedback (assignment_id);
