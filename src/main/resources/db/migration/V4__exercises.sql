-- The exercise library: strategies from the source articles, exercises with typed prompts.
-- Library content arrives in V5 (product content, not demo data); counselors' own exercises live here too.

create table strategy (
    id       bigint        not null auto_increment,
    version  bigint        not null,
    code     varchar(40)   not null,
    position int           not null,
    name     varchar(120)  not null,
    summary  varchar(1000) not null,
    sources  varchar(20)   not null,
    primary key (id),
    constraint uk_strategy_code unique (code)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table exercise (
    id                 bigint        not null auto_increment,
    version            bigint        not null,
    strategy_id        bigint        not null,
    title              varchar(160)  not null,
    purpose            varchar(1000) not null,
    steps              text          not null,
    minutes            int           not null,
    mode               varchar(32)   not null,
    frequency          varchar(120)  not null,
    default_visibility varchar(24)   not null,
    source_article     varchar(8)    not null,
    origin             varchar(16)   not null,
    owner_id           bigint        null,
    shared_with_clinic boolean       not null default false,
    archived           boolean       not null default false,
    based_on_id        bigint        null,
    created_at         datetime(6)   not null,
    primary key (id),
    constraint fk_exercise_strategy foreign key (strategy_id) references strategy (id),
    constraint fk_exercise_owner foreign key (owner_id) references user_account (id),
    constraint fk_exercise_based_on foreign key (based_on_id) references exercise (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- Browsing by strategy, filtering by who does it and by minutes, and a counselor's own collection.
create index ix_exercise_strategy on exercise (archived, strategy_id, title);
create index ix_exercise_mode on exercise (archived, mode, title);
create index ix_exercise_minutes on exercise (archived, minutes);
create index ix_exercise_owner on exercise (owner_id, archived, title);

create table exercise_prompt (
    id          bigint        not null auto_increment,
    version     bigint        not null,
    exercise_id bigint        not null,
    position    int           not null,
    kind        varchar(16)   not null,
    label       varchar(300)  not null,
    options     varchar(2000) null,
    primary key (id),
    constraint uk_exercise_prompt_position unique (exercise_id, position),
    constraint fk_exercise_prompt_exercise foreign key (exercise_id) references exercise (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
