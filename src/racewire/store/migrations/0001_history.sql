-- History of points races: series, tracks, races, drivers, teams, results.
-- Car numbers are TEXT: "07" and "7" are different cars.
CREATE TABLE series (
    id   TEXT PRIMARY KEY,          -- cup, xfinity, truck
    name TEXT NOT NULL
);
CREATE TABLE tracks (
    id      INTEGER PRIMARY KEY,
    name    TEXT NOT NULL,
    length  DOUBLE PRECISION,       -- miles
    surface TEXT                    -- paved, dirt, road
);
CREATE TABLE races (
    id       INTEGER PRIMARY KEY,
    series   TEXT NOT NULL,
    season   INTEGER NOT NULL,
    round    INTEGER NOT NULL,      -- race number within the season, 1-based
    track_id INTEGER NOT NULL,
    name     TEXT,
    UNIQUE (series, season, round)
);
CREATE TABLE drivers (
    id   TEXT PRIMARY KEY,          -- stable slug of the name: kyle-larson
    name TEXT NOT NULL
);
CREATE TABLE teams (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL
);
CREATE TABLE results (
    race_id   INTEGER NOT NULL,
    driver_id TEXT NOT NULL,
    car       TEXT,
    make      TEXT,
    team_id   INTEGER,
    start     INTEGER,              -- 1 = pole
    finish    INTEGER,
    laps      INTEGER,              -- laps completed
    led       INTEGER,              -- laps led (official, at the line)
    status    TEXT,                 -- running, or the reason out
    points    INTEGER,              -- driver points earned in this race (0 when not eligible)
    stage1    INTEGER,              -- position at the end of stage 1 (top 10, 2017-2024)
    stage2    INTEGER,
    stage_sum INTEGER,              -- stage1 + stage2 where top 10 in both (some 2025 races only)
    rating    DOUBLE PRECISION,     -- loop-data driver rating, 2005+
    win       BOOLEAN
);
CREATE INDEX results_race ON results (race_id);
CREATE INDEX results_driver ON results (driver_id);
CREATE TABLE sources (
    name      TEXT PRIMARY KEY,     -- file name of the loaded snapshot
    sha256    TEXT NOT NULL,
    origin    TEXT NOT NULL,        -- URL or path it came from
    row_count INTEGER NOT NULL,
    loaded_at TIMESTAMP NOT NULL
);
