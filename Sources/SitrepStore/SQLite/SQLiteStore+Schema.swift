internal import GRDB

// The schema, as one list of named migrations. SQL is kept close to what PostgreSQL accepts
// (types INTEGER/TEXT, partial indexes, no SQLite-only column affinities) except where noted.
// Dates are Unix milliseconds; JSON columns hold encoded model values.
extension SQLiteStore {
    /// The migrations' names, oldest first (PostgreSQL's list must be the same).
    static var migrationNames: [String] { migrator.migrations }

    static let migrator: DatabaseMigrator = {
        var migrator = DatabaseMigrator()

        migrator.registerMigration("v1 stories and updates") { db in
            try db.execute(sql: """
                CREATE TABLE stories (
                    id INTEGER PRIMARY KEY AUTOINCREMENT, -- PostgreSQL: BIGINT GENERATED ALWAYS AS IDENTITY
                    slug TEXT NOT NULL UNIQUE,
                    title TEXT NOT NULL,
                    summary TEXT NOT NULL,
                    status TEXT NOT NULL,
                    coverage_start INTEGER,
                    coverage_end INTEGER,
                    lead_photo TEXT,
                    original_entry TEXT NOT NULL,
                    tags TEXT NOT NULL,
                    region TEXT,
                    see_also TEXT NOT NULL,
                    features TEXT NOT NULL,
                    time_zone TEXT NOT NULL,
                    created_at INTEGER NOT NULL,
                    updated_at INTEGER NOT NULL,
                    last_sequence INTEGER NOT NULL DEFAULT 0,
                    content_hash TEXT UNIQUE
                );
                CREATE INDEX stories_by_updated_at ON stories (updated_at, id);

                CREATE TABLE updates (
                    pk INTEGER PRIMARY KEY, -- internal and stable: the search index row id
                    id TEXT NOT NULL UNIQUE,
                    story_id INTEGER NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
                    sequence INTEGER NOT NULL,
                    published_at INTEGER NOT NULL,
                    kind TEXT NOT NULL,
                    author TEXT,
                    videos TEXT NOT NULL,
                    headline TEXT,
                    body TEXT NOT NULL,
                    key_event INTEGER NOT NULL,
                    pinned INTEGER NOT NULL,
                    photos TEXT NOT NULL,
                    revision INTEGER NOT NULL,
                    edited_at INTEGER,
                    deleted_at INTEGER,
                    UNIQUE (story_id, sequence)
                );
                CREATE INDEX updates_visible_by_time ON updates (story_id, published_at, sequence)
                    WHERE deleted_at IS NULL;

                CREATE TABLE update_revisions (
                    update_id TEXT NOT NULL REFERENCES updates (id) ON DELETE CASCADE,
                    revision INTEGER NOT NULL,
                    headline TEXT,
                    body TEXT NOT NULL,
                    key_event INTEGER NOT NULL,
                    pinned INTEGER NOT NULL,
                    photos TEXT NOT NULL,
                    edited_at INTEGER NOT NULL,
                    editor TEXT,
                    PRIMARY KEY (update_id, revision)
                );

                CREATE TABLE live_log (
                    story_id INTEGER NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
                    sequence INTEGER NOT NULL,
                    kind TEXT NOT NULL,
                    update_id TEXT NOT NULL REFERENCES updates (id) ON DELETE CASCADE,
                    revision INTEGER NOT NULL,
                    logged_at INTEGER NOT NULL,
                    PRIMARY KEY (story_id, sequence)
                );
                CREATE INDEX live_log_by_update ON live_log (update_id);

                CREATE TABLE proposed_events (
                    update_id TEXT NOT NULL REFERENCES updates (id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    summary TEXT NOT NULL,
                    payload TEXT NOT NULL,
                    PRIMARY KEY (update_id, position)
                );
                """)
        }

        migrator.registerMigration("v1 users and credentials") { db in
            try db.execute(sql: """
                CREATE TABLE users (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    name TEXT NOT NULL UNIQUE,
                    role TEXT NOT NULL,
                    password_hash TEXT NOT NULL,
                    created_at INTEGER NOT NULL
                );

                CREATE TABLE api_tokens (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    hash TEXT NOT NULL UNIQUE,
                    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
                    label TEXT NOT NULL,
                    created_at INTEGER NOT NULL
                );
                CREATE INDEX api_tokens_by_user ON api_tokens (user_id);

                CREATE TABLE sessions (
                    hash TEXT PRIMARY KEY,
                    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
                    csrf_token TEXT NOT NULL,
                    expires_at INTEGER NOT NULL
                );
                CREATE INDEX sessions_by_user ON sessions (user_id);
                """)
        }

        // SQLite-only: FTS5. Stories are indexed under their id, updates under `updates.pk`;
        // deleted updates are removed from the index. Written explicitly by the store, not by
        // triggers, so tombstones and imports stay in one place.
        migrator.registerMigration("v1 full-text search") { db in
            try db.execute(sql: """
                CREATE VIRTUAL TABLE story_search USING fts5 (
                    title, body, tokenize = 'unicode61 remove_diacritics 2'
                );
                CREATE VIRTUAL TABLE update_search USING fts5 (
                    title, body, story_id UNINDEXED, tokenize = 'unicode61 remove_diacritics 2'
                );
                """)
        }

        // The record. Incidents and claims are stored as JSON documents of their model values,
        // with the columns that queries filter on beside them.
        migrator.registerMigration("v2 the record") { db in
            try db.execute(sql: """
                CREATE TABLE sources (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    name TEXT NOT NULL,
                    name_key TEXT NOT NULL UNIQUE, -- lowercased name
                    aliases TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    affiliation TEXT NOT NULL,
                    note TEXT NOT NULL,
                    draft INTEGER NOT NULL,
                    updated_at INTEGER NOT NULL
                );

                CREATE TABLE incident_counters (
                    prefix TEXT PRIMARY KEY,
                    last INTEGER NOT NULL
                );

                CREATE TABLE incidents (
                    id TEXT PRIMARY KEY,
                    status TEXT NOT NULL,
                    event_type TEXT NOT NULL,
                    sub_event_type TEXT NOT NULL,
                    date TEXT NOT NULL,
                    country TEXT,
                    admin1 TEXT,
                    location TEXT,
                    latitude REAL,
                    longitude REAL,
                    actor1 TEXT,
                    actor2 TEXT,
                    grade TEXT NOT NULL, -- the effective grade
                    fatalities INTEGER NOT NULL,
                    active_claims INTEGER NOT NULL,
                    body TEXT NOT NULL,
                    first_published_at INTEGER, -- set once; tombstones of published incidents keep it
                    created_at INTEGER NOT NULL,
                    updated_at INTEGER NOT NULL,
                    version INTEGER NOT NULL
                );
                CREATE INDEX incidents_open_by_day ON incidents (date, country)
                    WHERE status IN ('proposed', 'published');
                CREATE INDEX incidents_by_updated_at ON incidents (updated_at, id);

                CREATE TABLE incident_stories (
                    incident_id TEXT NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
                    story_id INTEGER NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
                    PRIMARY KEY (incident_id, story_id)
                );
                CREATE INDEX incident_stories_by_story ON incident_stories (story_id);

                CREATE TABLE claims (
                    id TEXT PRIMARY KEY,
                    incident_id TEXT NOT NULL REFERENCES incidents (id),
                    update_id TEXT NOT NULL, -- an update's id, or entry-<story id> for the original entry
                    position INTEGER NOT NULL,
                    withdrawn INTEGER NOT NULL,
                    source TEXT,
                    body TEXT NOT NULL
                );
                CREATE INDEX claims_by_incident ON claims (incident_id);
                CREATE INDEX claims_by_update ON claims (update_id, position);

                CREATE TABLE incident_history (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    incident_id TEXT NOT NULL REFERENCES incidents (id),
                    claim_id TEXT,
                    action TEXT NOT NULL,
                    field TEXT,
                    old_value TEXT,
                    new_value TEXT,
                    reason TEXT,
                    actor TEXT NOT NULL,
                    at INTEGER NOT NULL
                );
                CREATE INDEX incident_history_by_incident ON incident_history (incident_id, id);
                """)
        }

        // The public record: the explorer's filters and orders, the charts' sums, and search over
        // the claims' evidence sentences (written by the store when a claim is first stored).
        migrator.registerMigration("v3 the public record") { db in
            try db.execute(sql: """
                ALTER TABLE incidents ADD COLUMN fatalities_low INTEGER;
                ALTER TABLE incidents ADD COLUMN fatalities_best INTEGER;
                ALTER TABLE incidents ADD COLUMN fatalities_high INTEGER;
                ALTER TABLE incidents ADD COLUMN time_precision INTEGER NOT NULL DEFAULT 1;
                ALTER TABLE incidents ADD COLUMN geo_precision INTEGER;
                ALTER TABLE incidents ADD COLUMN civilian_targeting INTEGER NOT NULL DEFAULT 0;
                -- the export's digest of the active claims; NULL until the incident is next written
                ALTER TABLE incidents ADD COLUMN sources TEXT;
                ALTER TABLE incidents ADD COLUMN source_scale TEXT;
                ALTER TABLE incidents ADD COLUMN notes TEXT;
                UPDATE incidents SET fatalities_low = json_extract(body, '$.figures.fatalitiesLow'),
                    fatalities_best = json_extract(body, '$.figures.fatalitiesBest'),
                    fatalities_high = json_extract(body, '$.figures.fatalitiesHigh'),
                    time_precision = coalesce(json_extract(body, '$.fields.timePrecision'), 1),
                    geo_precision = json_extract(body, '$.fields.geoPrecision'),
                    civilian_targeting = coalesce(json_extract(body, '$.fields.civilianTargeting'), 0);
                CREATE INDEX incidents_by_date ON incidents (date, id);
                CREATE INDEX incidents_by_fatalities ON incidents (fatalities, id);
                CREATE INDEX incidents_by_place ON incidents (latitude, longitude) WHERE latitude IS NOT NULL;
                CREATE INDEX claims_by_source ON claims (source COLLATE NOCASE) WHERE withdrawn = 0;
                CREATE VIRTUAL TABLE claim_search USING fts5 (text, tokenize = 'unicode61 remove_diacritics 2');
                INSERT INTO claim_search (rowid, text) SELECT rowid, json_extract(body, '$.text') FROM claims;

                CREATE TABLE indicators (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    story_id INTEGER NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
                    update_id TEXT NOT NULL, -- an update's id, or entry-<story id> for the original entry
                    name TEXT NOT NULL,
                    date TEXT NOT NULL,
                    body TEXT NOT NULL
                );
                CREATE INDEX indicators_by_name ON indicators (name, date);
                CREATE INDEX indicators_by_update ON indicators (update_id);
                CREATE INDEX indicators_by_story ON indicators (story_id, date);
                """)
        }

        // The charts' sums read covering indexes in group order, not the table: with a million
        // incidents an unfiltered explorer page otherwise scans every row twice.
        migrator.registerMigration("v4 tallies") { db in
            try db.execute(sql: """
                CREATE INDEX incidents_day_tally ON incidents
                    (status, date, event_type, fatalities, fatalities_low, fatalities_best, fatalities_high);
                CREATE INDEX incidents_actor_tally ON incidents (status, actor1, fatalities);
                """)
        }

        // Each order of the incident list, and the explorer's usual filter (type, dates, a box),
        // behind the status every public query fixes: without status first, SQLite used a status
        // index and sorted a million rows for a page of fifty.
        migrator.registerMigration("v5 explorer orders") { db in
            try db.execute(sql: """
                CREATE INDEX incidents_by_status_updated ON incidents (status, updated_at, id);
                CREATE INDEX incidents_by_status_date ON incidents (status, date, id);
                CREATE INDEX incidents_by_status_fatalities ON incidents (status, fatalities, id);
                CREATE INDEX incidents_explore ON incidents (status, event_type, date, id, latitude, longitude);
                """)
        }

        // The incident document goes last: SQLite reaches a column after a long text by walking
        // its overflow pages, so the columns added in v3 (behind `body`) cost every row read of
        // an export or a tally several page reads. Rebuilt in place; foreign keys are checked by
        // the migrator when the migration ends.
        migrator.registerMigration("v6 incident document last") { db in
            try db.execute(sql: """
                CREATE TABLE incidents_new (
                    id TEXT PRIMARY KEY,
                    status TEXT NOT NULL,
                    event_type TEXT NOT NULL,
                    sub_event_type TEXT NOT NULL,
                    date TEXT NOT NULL,
                    time_precision INTEGER NOT NULL DEFAULT 1,
                    country TEXT,
                    admin1 TEXT,
                    location TEXT,
                    latitude REAL,
                    longitude REAL,
                    geo_precision INTEGER,
                    actor1 TEXT,
                    actor2 TEXT,
                    civilian_targeting INTEGER NOT NULL DEFAULT 0,
                    grade TEXT NOT NULL, -- the effective grade
                    fatalities INTEGER NOT NULL,
                    fatalities_low INTEGER,
                    fatalities_best INTEGER,
                    fatalities_high INTEGER,
                    active_claims INTEGER NOT NULL,
                    sources TEXT, -- the export's digest of the active claims; NULL until next written
                    source_scale TEXT,
                    notes TEXT,
                    first_published_at INTEGER, -- set once; tombstones of published incidents keep it
                    created_at INTEGER NOT NULL,
                    updated_at INTEGER NOT NULL,
                    version INTEGER NOT NULL,
                    body TEXT NOT NULL
                );
                INSERT INTO incidents_new (id, status, event_type, sub_event_type, date, time_precision, country, admin1, location, latitude, longitude, geo_precision, actor1, actor2, civilian_targeting, grade, fatalities, fatalities_low, fatalities_best, fatalities_high, active_claims, sources, source_scale, notes, first_published_at, created_at, updated_at, version, body) SELECT id, status, event_type, sub_event_type, date, time_precision, country, admin1, location, latitude, longitude, geo_precision, actor1, actor2, civilian_targeting, grade, fatalities, fatalities_low, fatalities_best, fatalities_high, active_claims, sources, source_scale, notes, first_published_at, created_at, updated_at, version, body FROM incidents;
                DROP TABLE incidents;
                ALTER TABLE incidents_new RENAME TO incidents;
                CREATE INDEX incidents_open_by_day ON incidents (date, country) WHERE status IN ('proposed', 'published');
                CREATE INDEX incidents_by_updated_at ON incidents (updated_at, id);
                CREATE INDEX incidents_by_date ON incidents (date, id);
                CREATE INDEX incidents_by_fatalities ON incidents (fatalities, id);
                CREATE INDEX incidents_by_place ON incidents (latitude, longitude) WHERE latitude IS NOT NULL;
                CREATE INDEX incidents_day_tally ON incidents
                    (status, date, event_type, fatalities, fatalities_low, fatalities_best, fatalities_high);
                CREATE INDEX incidents_actor_tally ON incidents (status, actor1, fatalities);
                CREATE INDEX incidents_by_status_updated ON incidents (status, updated_at, id);
                CREATE INDEX incidents_by_status_date ON incidents (status, date, id);
                CREATE INDEX incidents_by_status_fatalities ON incidents (status, fatalities, id);
                CREATE INDEX incidents_explore ON incidents (status, event_type, date, id, latitude, longitude);
                """)
        }

        // Failed sign-ins, so the limit holds for every server on the database.
        migrator.registerMigration("v7 login failures") { db in
            try db.execute(sql: """
                CREATE TABLE login_failures (
                    key TEXT NOT NULL,
                    at INTEGER NOT NULL
                );
                CREATE INDEX login_failures_by_key ON login_failures (key, at);
                """)
        }

        return migrator
    }()
}
