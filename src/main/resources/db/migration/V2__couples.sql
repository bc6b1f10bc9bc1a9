-- Couples (cases), their two partners, goals and the confidentiality agreement.

create table couple (
    id                  bigint       not null auto_increment,
    version             bigint       not null,
    case_name           varchar(120) not null,
    status              varchar(16)  not null,
    started_on          date         not null,
    counselor_id        bigint       not null,
    presenting_concerns text         null,
    secrets_policy      varchar(32)  null,
    secrets_agreed_on   date         null,
    secrets_note        varchar(2000) null,
    created_at          datetime(6)  not null,
    primary key (id),
    constraint fk_couple_counselor foreign key (counselor_id) references user_account (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- The caseload grid filters by counselor (and status) and sorts by name, status or start date.
create index ix_couple_counselor_name on couple (counselor_id, case_name);
create index ix_couple_counselor_status on couple (counselor_id, status, case_name);
create index ix_couple_counselor_started on couple (counselor_id, started_on);
-- The admin grid sorts all couples.
create index ix_couple_name on couple (case_name);
create index ix_couple_status on couple (status, case_name);
create index ix_couple_started on couple (started_on);

create table partner (
    id             bigint       not null auto_increment,
    version        bigint       not null,
    couple_id      bigint       not null,
    position       int          not null,
    account_id     bigint       null,
    first_name     varchar(80)  not null,
    last_name      varchar(80)  not null,
    preferred_name varchar(80)  null,
    pronouns       varchar(40)  null,
    email          varchar(254) null,
    phone          varchar(40)  null,
    date_of_birth  date         null,
    primary key (id),
    constraint uk_partner_position unique (couple_id, position),
    constraint uk_partner_account unique (account_id),
    constraint fk_partner_couple foreign key (couple_id) references couple (id),
    constraint fk_partner_account foreign key (account_id) references user_account (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- Search by any partner's name.
create index ix_partner_first_name on partner (first_name);
create index ix_partner_last_name on partner (last_name);
create index ix_partner_preferred_name on partner (preferred_name);

create table goal (
    id          bigint       not null auto_increment,
    version     bigint       not null,
    couple_id   bigint       not null,
    partner_id  bigint       null,
    description varchar(500) not null,
    visibility  varchar(24)  not null,
    achieved_on date         null,
    created_at  datetime(6)  not null,
    primary key (id),
    constraint fk_goal_couple foreign key (couple_id) references couple (id),
    constraint fk_goal_partner foreign key (partner_id) references partner (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create index ix_goal_couple on goal (couple_id, partner_id);
