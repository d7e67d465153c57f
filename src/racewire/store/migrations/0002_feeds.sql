-- NASCAR feeds (issue 6): how a race unfolded, lap by lap, as NASCAR's JSON feeds tell it.
-- A feed race is keyed by (series, season, feed_race_id): NASCAR's race id, as text because a race whose id
-- could not be established is filed as "unknown-<track>-<yyyy-mm>". It is linked to the history race
-- (series, season, round) by store/feeds/link.py (link_rule says how, or why not).
-- Every row table carries `source`, the feed file it came from ("cup/2025/5550/lap-times.json"): a file that
-- changes is replaced as a whole, one transaction per race. Car numbers are TEXT: "07" is not "7".
CREATE TABLE feed_sources (
    name         TEXT PRIMARY KEY,      -- series/season/race/file as laid out in the feeds folder
    kind         TEXT NOT NULL,         -- weekend-feed, lap-times, lap-notes, live-feed, live-flag-data, ...
    series       TEXT,
    season       INTEGER,
    feed_race_id TEXT,
    sha256       TEXT NOT NULL,
    origin       TEXT NOT NULL,         -- path or URL it was read from
    row_count    INTEGER NOT NULL,
    loaded_at    TIMESTAMP NOT NULL
);
CREATE TABLE feed_races (
    series            TEXT NOT NULL,
    season            INTEGER NOT NULL,
    feed_race_id      TEXT NOT NULL,
    round             INTEGER,          -- the linked history race; NULL when not linked
    link_rule         TEXT,             -- the evidence of the link, or why there is none
    name              TEXT,
    track             TEXT,
    race_date         TEXT,
    scheduled_laps    INTEGER,
    actual_laps       INTEGER,
    stage_laps        TEXT,             -- laps per stage, comma-separated: "125,125,250"
    lead_changes      INTEGER,          -- official (weekend-feed number_of_lead_changes)
    leaders           INTEGER,
    cautions          INTEGER,
    caution_laps      INTEGER,
    average_speed     DOUBLE PRECISION,
    total_race_time   TEXT,
    margin_of_victory DOUBLE PRECISION, -- seconds
    comments          TEXT,
    PRIMARY KEY (series, season, feed_race_id)
);
CREATE TABLE feed_results (             -- official results (weekend-feed, race-results) or a live final frame
    series TEXT NOT NULL, season INTEGER NOT NULL, feed_race_id TEXT NOT NULL, source TEXT NOT NULL,
    car TEXT NOT NULL, driver_id INTEGER, driver TEXT, finish INTEGER, start INTEGER, laps_completed INTEGER,
    laps_led INTEGER, times_led INTEGER, status TEXT, make TEXT, team TEXT, points INTEGER
);
CREATE TABLE feed_laps (                -- lap-times: one row per car per lap; lap 0 = the start
    series TEXT NOT NULL, season INTEGER NOT NULL, feed_race_id TEXT NOT NULL, source TEXT NOT NULL,
    car TEXT NOT NULL, driver_id INTEGER, driver TEXT, make TEXT, final_pos INTEGER,
    lap INTEGER NOT NULL, lap_time DOUBLE PRECISION, lap_speed DOUBLE PRECISION, running_pos INTEGER
);
CREATE INDEX feed_laps_race ON feed_laps (series, season, feed_race_id);
CREATE TABLE feed_lap_flags (           -- lap-times flags: the flag each lap was run under
    series TEXT NOT NULL, season INTEGER NOT NULL, feed_race_id TEXT NOT NULL, source TEXT NOT NULL,
    lap INTEGER NOT NULL, flag_state INTEGER NOT NULL
);
CREATE TABLE feed_cautions (            -- weekend-feed caution_segments
    series TEXT NOT NULL, season INTEGER NOT NULL, feed_race_id TEXT NOT NULL, source TEXT NOT NULL,
    start_lap INTEGER, end_lap INTEGER, reason TEXT, comment TEXT, beneficiary TEXT
);
CREATE TABLE feed_flag_changes (        -- live-flag-data, in file order (seq)
    series TEXT NOT NULL, season INTEGER NOT NULL, feed_race_id TEXT NOT NULL, source TEXT NOT NULL,
    seq INTEGER NOT NULL, lap INTEGER, flag_state INTEGER, elapsed DOUBLE PRECISION, comment TEXT, beneficiary TEXT
);
CREATE TABLE feed_leaders (             -- weekend-feed race_leaders: the official lead ledger
    series TEXT NOT NULL, season INTEGER NOT NULL, feed_race_id TEXT NOT NULL, source TEXT NOT NULL,
    start_lap INTEGER, end_lap INTEGER, car TEXT
);
CREATE TABLE feed_stage_results (       -- weekend-feed stage_results or live-stage-points
    series TEXT NOT NULL, season INTEGER NOT NULL, feed_race_id TEXT NOT NULL, source TEXT NOT NULL,
    stage INTEGER, position INTEGER, car TEXT, driver_id INTEGER, driver TEXT, points INTEGER
);
CREATE TABLE feed_notes (               -- lap-notes
    series TEXT NOT NULL, season INTEGER NOT NULL, feed_race_id TEXT NOT NULL, source TEXT NOT NULL,
    lap INTEGER, flag_state INTEGER, note TEXT, note_id INTEGER, driver_ids TEXT  -- comma-separated ids
);
CREATE TABLE feed_pit_stops (           -- live-pit-data: every visit to pit road (-1 "not measured" is NULL)
    series TEXT NOT NULL, season INTEGER NOT NULL, feed_race_id TEXT NOT NULL, source TEXT NOT NULL,
    car TEXT, driver TEXT, leader_lap INTEGER, lap INTEGER, in_flag INTEGER, out_flag INTEGER,
    pit_road_time DOUBLE PRECISION, stop_time DOUBLE PRECISION, stop_type TEXT, tires INTEGER,
    positions_gained INTEGER
);
CREATE TABLE feed_loop (                -- loopstats
    series TEXT NOT NULL, season INTEGER NOT NULL, feed_race_id TEXT NOT NULL, source TEXT NOT NULL,
    driver_id INTEGER, start_pos INTEGER, mid_pos INTEGER, finish_pos INTEGER, best_pos INTEGER,
    worst_pos INTEGER, avg_pos DOUBLE PRECISION, green_flag_passes INTEGER, quality_passes INTEGER,
    fast_laps INTEGER, top15_laps INTEGER, lead_laps INTEGER, laps INTEGER, rating DOUBLE PRECISION
);
CREATE TABLE feed_live_cars (           -- live-feed race frames: the running order at frame_lap
    series TEXT NOT NULL, season INTEGER NOT NULL, feed_race_id TEXT NOT NULL, source TEXT NOT NULL,
    frame_lap INTEGER, car TEXT, driver_id INTEGER, driver TEXT, running_pos INTEGER, start INTEGER,
    laps_completed INTEGER, laps_led INTEGER, status INTEGER, delta DOUBLE PRECISION
);
CREATE TABLE feed_schedule (            -- schedules: which NASCAR race id is which race
    source TEXT NOT NULL, series TEXT, season INTEGER, feed_race_id TEXT, name TEXT, track TEXT,
    race_date TEXT, scheduled_laps INTEGER, race_type INTEGER, winner_driver_id INTEGER
);
CREATE TABLE feed_points (              -- points feeds: standings and live points
    source TEXT NOT NULL, series TEXT, season INTEGER, feed_race_id TEXT, position INTEGER, name TEXT,
    driver_id INTEGER, car TEXT, points INTEGER, wins INTEGER, earned_this_race INTEGER
);
