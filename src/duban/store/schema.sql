-- The duban store: plain SQLite tables, readable by sqlite3, DuckDB, pandas and Datasette.
--
-- This file is the schema *and* its migrations: each `-- step N:` block is one numbered
-- migration, applied in order by duban.store.migrations; PRAGMA user_version holds the
-- last step applied. Steps are append-only: never edit a step that has shipped, add one.
--
-- Offsets (start, end, heading_start …) are half-open character offsets [start, end)
-- into documents.original, as everywhere in duban. docs/schema.md describes each column.

-- step 1: documents and what was found in them
CREATE TABLE documents (
    id            INTEGER PRIMARY KEY,
    doc_key       TEXT NOT NULL,               -- first 16 hex chars of content_hash
    source        TEXT NOT NULL,               -- the path the document was read from
    format        TEXT NOT NULL DEFAULT '',    -- txt | html | docx | pdf
    encoding      TEXT NOT NULL DEFAULT '',
    content_hash  TEXT NOT NULL UNIQUE,
    original      TEXT NOT NULL,               -- the decoded text every offset points into
    norm          TEXT,                        -- the normalised view, NULL when not made
    script        TEXT NOT NULL DEFAULT '',    -- simplified | traditional
    title         TEXT NOT NULL DEFAULT '',
    org_name      TEXT,
    org_level     TEXT,
    county        TEXT,
    province      TEXT,
    review_period TEXT,
    plan_period   TEXT,
    doc_type      TEXT NOT NULL DEFAULT '',
    published     TEXT NOT NULL DEFAULT '',
    chars         INTEGER NOT NULL,            -- length of original
    body_chars    INTEGER NOT NULL DEFAULT 0,  -- length of norm
    ingested_at   TEXT NOT NULL,               -- UTC, ISO 8601
    version       INTEGER NOT NULL DEFAULT 1,  -- 1, 2 … per source
    supersedes    INTEGER REFERENCES documents (id)
);
CREATE INDEX documents_doc_key ON documents (doc_key);
CREATE INDEX documents_source ON documents (source, version);

CREATE TABLE metadata (
    id     INTEGER PRIMARY KEY,
    doc_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    name   TEXT NOT NULL,
    label  TEXT NOT NULL DEFAULT '',
    value  TEXT NOT NULL,
    start  INTEGER,
    end    INTEGER
);
CREATE INDEX metadata_doc ON metadata (doc_id);

CREATE TABLE warnings (
    id      INTEGER PRIMARY KEY,
    doc_id  INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    message TEXT NOT NULL
);
CREATE INDEX warnings_doc ON warnings (doc_id);

CREATE TABLE parts (
    id            INTEGER PRIMARY KEY,
    doc_id        INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    kind          TEXT NOT NULL,               -- review | problems | plan
    start         INTEGER NOT NULL,
    end           INTEGER NOT NULL,
    heading_start INTEGER,
    heading_end   INTEGER,
    period        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX parts_doc ON parts (doc_id);

CREATE TABLE sections (
    id            INTEGER PRIMARY KEY,
    doc_id        INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    parent_id     INTEGER REFERENCES sections (id) ON DELETE CASCADE,
    level         INTEGER NOT NULL,
    marker        TEXT NOT NULL DEFAULT '',
    title         TEXT NOT NULL,
    start         INTEGER NOT NULL,
    end           INTEGER NOT NULL,
    heading_start INTEGER NOT NULL,
    heading_end   INTEGER NOT NULL,
    ord           INTEGER NOT NULL             -- pre-order position in the document's outline
);
CREATE INDEX sections_doc ON sections (doc_id, ord);

CREATE TABLE facts (
    id             INTEGER PRIMARY KEY,
    doc_id         INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    text           TEXT NOT NULL,              -- == documents.original[start:end]
    start          INTEGER NOT NULL,
    end            INTEGER NOT NULL,
    value          REAL,
    unit           TEXT NOT NULL DEFAULT '',
    approx         TEXT NOT NULL DEFAULT 'exact',
    kind           TEXT NOT NULL DEFAULT '',
    subject        TEXT NOT NULL DEFAULT '',
    part           TEXT NOT NULL DEFAULT '',
    section_path   TEXT NOT NULL DEFAULT '',   -- section titles, outermost first, joined by ' > '
    sentence_start INTEGER,
    sentence_end   INTEGER,
    domain         TEXT NOT NULL DEFAULT '',
    domain_cues    TEXT NOT NULL DEFAULT '[]', -- JSON list of strings
    year           TEXT NOT NULL DEFAULT ''
);

-- step 2: query indexes, page chrome and the offset map, a view of the latest versions
CREATE INDEX facts_doc ON facts (doc_id);
CREATE INDEX facts_unit ON facts (unit);
CREATE INDEX facts_kind ON facts (kind);
CREATE INDEX facts_domain ON facts (domain);
CREATE INDEX facts_year ON facts (year);

-- Page chrome and trailers the cleaner set aside (Document.chrome).
CREATE TABLE chrome (
    id     INTEGER PRIMARY KEY,
    doc_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    start  INTEGER NOT NULL,
    end    INTEGER NOT NULL
);
CREATE INDEX chrome_doc ON chrome (doc_id);

-- Document.norm_map as JSON, so a stored document can be rebuilt and re-extracted.
ALTER TABLE documents ADD COLUMN norm_map TEXT;

-- The newest version of each source: what `duban docs` and `duban facts` show.
CREATE VIEW latest_documents AS
    SELECT * FROM documents
    WHERE id NOT IN (SELECT supersedes FROM documents WHERE supersedes IS NOT NULL);

-- step 3: commitments (what a plan part promises, see docs/tracking.md)
CREATE TABLE commitments (
    id           INTEGER PRIMARY KEY,
    doc_id       INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    text         TEXT NOT NULL,                -- == documents.original[start:end], the clause
    start        INTEGER NOT NULL,
    end          INTEGER NOT NULL,
    action       TEXT NOT NULL DEFAULT '',     -- 完成, 建成, 新增, 推进 …
    object       TEXT NOT NULL DEFAULT '',     -- what: 高标准农田, 地区生产总值 …
    target_text  TEXT NOT NULL DEFAULT '',     -- the target quantity as written, '' when none
    target_start INTEGER,
    target_end   INTEGER,
    target_value REAL,
    target_unit  TEXT NOT NULL DEFAULT '',
    target_kind  TEXT NOT NULL DEFAULT '',     -- amount | change | share …
    comparator   TEXT NOT NULL DEFAULT '',     -- at_least | about | at_most | exact
    strength     TEXT NOT NULL DEFAULT '',     -- binding | aspirational | ongoing
    deadline     TEXT NOT NULL DEFAULT '',     -- a period: 2024, 2024Q3, 2024-06 …
    domain       TEXT NOT NULL DEFAULT '',
    section_path TEXT NOT NULL DEFAULT '',     -- section titles, outermost first, joined by ' > '
    part         TEXT NOT NULL DEFAULT ''      -- plan | review | problems | ''
);
CREATE INDEX commitments_doc ON commitments (doc_id);

-- step 4: full-text search over document bodies (FTS5, trigram tokenizer); indexes for the listings
-- An external-content FTS5 index over documents.norm (the body): the text is not copied,
-- only the trigram index is stored. Any substring of 3+ characters matches; Database.search
-- scans for shorter queries. The triggers keep the index in step with documents.
CREATE VIRTUAL TABLE documents_fts USING fts5 (
    norm,
    content = 'documents',
    content_rowid = 'id',
    tokenize = 'trigram'
);
CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts (rowid, norm) VALUES (new.id, new.norm);
END;
CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
    INSERT INTO documents_fts (documents_fts, rowid, norm) VALUES ('delete', old.id, old.norm);
END;
CREATE TRIGGER documents_fts_update AFTER UPDATE OF norm ON documents BEGIN
    INSERT INTO documents_fts (documents_fts, rowid, norm) VALUES ('delete', old.id, old.norm);
    INSERT INTO documents_fts (rowid, norm) VALUES (new.id, new.norm);
END;
INSERT INTO documents_fts (documents_fts) VALUES ('rebuild');

-- "Latest versions only" (the latest_documents view, Database.documents/facts/search) asks
-- for the ids that some row supersedes; without this index that reads every document's text.
CREATE INDEX documents_supersedes ON documents (supersedes) WHERE supersedes IS NOT NULL;
-- The documents listing filters, sorts and counts on these columns. Stored after the texts,
-- they are slow to reach in the table itself; this index holds them all (a covering index).
CREATE INDEX documents_listing ON documents (
    org_level, county, doc_type, review_period, plan_period, published, org_name, title, source
);

-- step 5: where each document comes from on China's administrative map
-- prefecture: the prefecture-level unit; division_code: the statistical code of the organisation's
-- unit (12 digits for a township, 6 above); place_confidence: 0–1, how clearly the document's
-- evidence placed it; place_candidates: JSON list of the units of its name the evidence did not
-- tell apart (empty when placed). docs/place.md says how a place is decided.
ALTER TABLE documents ADD COLUMN prefecture TEXT;
ALTER TABLE documents ADD COLUMN division_code TEXT;
ALTER TABLE documents ADD COLUMN place_confidence REAL;
ALTER TABLE documents ADD COLUMN place_candidates TEXT NOT NULL DEFAULT '[]';
-- A covering index for the documents listing filtered by place (like documents_listing, province first).
CREATE INDEX documents_place ON documents (
    province, county, org_level, doc_type, review_period, plan_period, published, org_name, title, source
);

-- step 6: search by bigrams and characters (1- and 2-character words through an index) instead of trigrams
-- Two contentless FTS5 tables fed by duban.store.grams (the SQL functions duban_bigrams and
-- duban_chars, which duban defines on its connections): the bigrams of each body in order
-- (positions kept: a word of n characters is the phrase of its n-1 bigrams) and the set of
-- its characters (detail=none: a 1-character word only needs to be present). Together they are
-- smaller than the trigram index they replace, and serve words of every length.
DROP TRIGGER documents_fts_insert;
DROP TRIGGER documents_fts_delete;
DROP TRIGGER documents_fts_update;
DROP TABLE documents_fts;
CREATE VIRTUAL TABLE documents_bigrams USING fts5 (grams, content = '', tokenize = 'unicode61 remove_diacritics 0');
CREATE VIRTUAL TABLE documents_chars USING fts5 (
    chars, content = '', detail = 'none', tokenize = 'unicode61 remove_diacritics 0'
);
CREATE TRIGGER documents_grams_insert AFTER INSERT ON documents BEGIN
    INSERT INTO documents_bigrams (rowid, grams) VALUES (new.id, duban_bigrams(new.norm));
    INSERT INTO documents_chars (rowid, chars) VALUES (new.id, duban_chars(new.norm));
END;
CREATE TRIGGER documents_grams_delete AFTER DELETE ON documents BEGIN
    INSERT INTO documents_bigrams (documents_bigrams, rowid, grams) VALUES ('delete', old.id, duban_bigrams(old.norm));
    INSERT INTO documents_chars (documents_chars, rowid, chars) VALUES ('delete', old.id, duban_chars(old.norm));
END;
CREATE TRIGGER documents_grams_update AFTER UPDATE OF norm ON documents BEGIN
    INSERT INTO documents_bigrams (documents_bigrams, rowid, grams) VALUES ('delete', old.id, duban_bigrams(old.norm));
    INSERT INTO documents_chars (documents_chars, rowid, chars) VALUES ('delete', old.id, duban_chars(old.norm));
    INSERT INTO documents_bigrams (rowid, grams) VALUES (new.id, duban_bigrams(new.norm));
    INSERT INTO documents_chars (rowid, chars) VALUES (new.id, duban_chars(new.norm));
END;
INSERT INTO documents_bigrams (rowid, grams) SELECT id, duban_bigrams(norm) FROM documents;
INSERT INTO documents_chars (rowid, chars) SELECT id, duban_chars(norm) FROM documents;

-- step 7: normalised indicators on facts and commitments; tracking statuses checked by a person
-- The statistics bureaus' name of what a fact or a commitment measures (地区生产总值 for 全省GDP),
-- from lang/zh/indicator_synonyms.tsv (duban.extract.indicators): GROUP BY it across reports.
ALTER TABLE facts ADD COLUMN indicator TEXT NOT NULL DEFAULT '';
CREATE INDEX facts_indicator ON facts (indicator);
ALTER TABLE commitments ADD COLUMN indicator TEXT NOT NULL DEFAULT '';
-- A status confirmed or corrected by a person on the tracking page, beside the machine's.
-- A row is named by its two documents (doc_key) and the commitment's offsets in the plan.
CREATE TABLE track_checks (
    id             INTEGER PRIMARY KEY,
    plan_key       TEXT NOT NULL,              -- documents.doc_key of the plan
    review_key     TEXT NOT NULL,              -- documents.doc_key of the review
    start          INTEGER NOT NULL,           -- the commitment's start in the plan's original
    target_start   INTEGER NOT NULL DEFAULT -1, -- its target's start, -1 without a target
    machine_status TEXT NOT NULL,              -- the status duban gave when the person checked it
    status         TEXT NOT NULL,              -- the status the person confirmed or chose
    note           TEXT NOT NULL DEFAULT '',
    checked_at     TEXT NOT NULL,              -- UTC, ISO 8601
    UNIQUE (plan_key, review_key, start, target_start)
);

-- step 8: the search index written in chunks of bounded size
-- A body is indexed in chunks of 1 MiB of UTF-8 (duban.store.grams.CHUNK_BYTES), each reaching
-- 2 KiB into the next, one documents_bigrams row each: chunk 0 has the document's id as rowid,
-- chunk k >= 1 has -(id * 65536 + k). A document under 1 MiB (nearly all) is one row, as in
-- step 6; what a document takes while it is written is bounded by the chunk. duban_chunks(n)
-- lists the chunks of a body of n bytes as [start, length] for substr on the body as a BLOB.
-- documents_chars keeps one row per document, its characters gathered chunk by chunk.
DROP TRIGGER documents_grams_insert;
DROP TRIGGER documents_grams_delete;
DROP TRIGGER documents_grams_update;
CREATE TRIGGER documents_grams_insert AFTER INSERT ON documents BEGIN
    INSERT INTO documents_bigrams (rowid, grams)
        SELECT CASE c.key WHEN 0 THEN new.id ELSE -(new.id * 65536 + c.key) END,
               duban_bigrams(substr(CAST(new.norm AS BLOB), json_extract(c.value, '$[0]'), json_extract(c.value, '$[1]')))
        FROM json_each(duban_chunks(length(CAST(new.norm AS BLOB)))) c;
    INSERT INTO documents_chars (rowid, chars)
        SELECT new.id, duban_chunk_chars(substr(CAST(new.norm AS BLOB), json_extract(c.value, '$[0]'), json_extract(c.value, '$[1]')))
        FROM json_each(duban_chunks(length(CAST(new.norm AS BLOB)))) c;
END;
CREATE TRIGGER documents_grams_delete AFTER DELETE ON documents BEGIN
    INSERT INTO documents_bigrams (documents_bigrams, rowid, grams)
        SELECT 'delete', CASE c.key WHEN 0 THEN old.id ELSE -(old.id * 65536 + c.key) END,
               duban_bigrams(substr(CAST(old.norm AS BLOB), json_extract(c.value, '$[0]'), json_extract(c.value, '$[1]')))
        FROM json_each(duban_chunks(length(CAST(old.norm AS BLOB)))) c;
    INSERT INTO documents_chars (documents_chars, rowid, chars)
        SELECT 'delete', old.id, duban_chunk_chars(substr(CAST(old.norm AS BLOB), json_extract(c.value, '$[0]'), json_extract(c.value, '$[1]')))
        FROM json_each(duban_chunks(length(CAST(old.norm AS BLOB)))) c;
END;
CREATE TRIGGER documents_grams_update AFTER UPDATE OF norm ON documents BEGIN
    INSERT INTO documents_bigrams (documents_bigrams, rowid, grams)
        SELECT 'delete', CASE c.key WHEN 0 THEN old.id ELSE -(old.id * 65536 + c.key) END,
               duban_bigrams(substr(CAST(old.norm AS BLOB), json_extract(c.value, '$[0]'), json_extract(c.value, '$[1]')))
        FROM json_each(duban_chunks(length(CAST(old.norm AS BLOB)))) c;
    INSERT INTO documents_chars (documents_chars, rowid, chars)
        SELECT 'delete', old.id, duban_chunk_chars(substr(CAST(old.norm AS BLOB), json_extract(c.value, '$[0]'), json_extract(c.value, '$[1]')))
        FROM json_each(duban_chunks(length(CAST(old.norm AS BLOB)))) c;
    INSERT INTO documents_bigrams (rowid, grams)
        SELECT CASE c.key WHEN 0 THEN new.id ELSE -(new.id * 65536 + c.key) END,
               duban_bigrams(substr(CAST(new.norm AS BLOB), json_extract(c.value, '$[0]'), json_extract(c.value, '$[1]')))
        FROM json_each(duban_chunks(length(CAST(new.norm AS BLOB)))) c;
    INSERT INTO documents_chars (rowid, chars)
        SELECT new.id, duban_chunk_chars(substr(CAST(new.norm AS BLOB), json_extract(c.value, '$[0]'), json_extract(c.value, '$[1]')))
        FROM json_each(duban_chunks(length(CAST(new.norm AS BLOB)))) c;
END;
-- Bodies stored before this step longer than one chunk: their one row (step 6's whole-body
-- bigrams) becomes one row per chunk. Shorter bodies' rows are already what this step writes.
CREATE TEMP TABLE long_bodies AS
    SELECT id FROM documents WHERE json_array_length(duban_chunks(length(CAST(norm AS BLOB)))) > 1;
INSERT INTO documents_bigrams (documents_bigrams, rowid, grams)
    SELECT 'delete', d.id, duban_bigrams(d.norm) FROM documents d WHERE d.id IN (SELECT id FROM temp.long_bodies);
INSERT INTO documents_bigrams (rowid, grams)
    SELECT CASE c.key WHEN 0 THEN d.id ELSE -(d.id * 65536 + c.key) END,
           duban_bigrams(substr(CAST(d.norm AS BLOB), json_extract(c.value, '$[0]'), json_extract(c.value, '$[1]')))
    FROM documents d, json_each(duban_chunks(length(CAST(d.norm AS BLOB)))) c
    WHERE d.id IN (SELECT id FROM temp.long_bodies);
DROP TABLE temp.long_bodies;

-- step 9: a long body indexed by its writer, a chunk at a time
-- A document whose texts are written into its row a piece at a time (duban.store.database) goes
-- in with zeros where its texts will be: while its row is inserted, its content hash stands in
-- index_by_writer, and the insert trigger leaves its index to the writer, who writes the same
-- rows as the trigger would (duban.store.grams.index_body) once the body is in. The table is
-- empty outside that one transaction.
CREATE TABLE index_by_writer (content_hash TEXT PRIMARY KEY);
DROP TRIGGER documents_grams_insert;
CREATE TRIGGER documents_grams_insert AFTER INSERT ON documents
WHEN NOT EXISTS (SELECT 1 FROM index_by_writer WHERE content_hash = new.content_hash) BEGIN
    INSERT INTO documents_bigrams (rowid, grams)
        SELECT CASE c.key WHEN 0 THEN new.id ELSE -(new.id * 65536 + c.key) END,
               duban_bigrams(substr(CAST(new.norm AS BLOB), json_extract(c.value, '$[0]'), json_extract(c.value, '$[1]')))
        FROM json_each(duban_chunks(length(CAST(new.norm AS BLOB)))) c;
    INSERT INTO documents_chars (rowid, chars)
        SELECT new.id, duban_chunk_chars(substr(CAST(new.norm AS BLOB), json_extract(c.value, '$[0]'), json_extract(c.value, '$[1]')))
        FROM json_each(duban_chunks(length(CAST(new.norm AS BLOB)))) c;
END;

-- step 10: a long report's texts in pieces of their own
-- A text (original or norm) longer than a million characters (duban.store.rows.PIECES_OVER) is
-- stored here in numbered pieces of 512 Ki characters, not in its documents row: SQLite builds a
-- row whole while it inserts it, with a copy of every text in it. The documents row then holds
-- original = '' (its chars > 0) or norm NULL (its body_chars > 0); the view document_texts gives
-- every document's texts whole, joined from the pieces where they are stored so. Such a body is
-- indexed by its writer (step 9); deleting its document removes its index rows (before the
-- delete, from the pieces) and its pieces (ON DELETE CASCADE).
CREATE TABLE document_text (
    id     INTEGER PRIMARY KEY,
    doc_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    field  TEXT NOT NULL,                      -- original | norm
    seq    INTEGER NOT NULL,                   -- 0, 1, 2 … in text order
    start  INTEGER NOT NULL,                   -- the piece's first character in the whole text
    "end"  INTEGER NOT NULL,                   -- and its end: text = whole[start:end]
    text   TEXT NOT NULL,
    UNIQUE (doc_id, field, seq)
);
CREATE VIEW document_texts AS
    SELECT d.id AS id,
           CASE WHEN d.original = '' AND d.chars > 0 THEN
               (SELECT group_concat(p.text, '') FROM (SELECT text FROM document_text p
                WHERE p.doc_id = d.id AND p.field = 'original' ORDER BY p.seq) p)
           ELSE d.original END AS original,
           coalesce(d.norm, (SELECT group_concat(p.text, '') FROM (SELECT text FROM document_text p
                WHERE p.doc_id = d.id AND p.field = 'norm' ORDER BY p.seq) p)) AS norm
    FROM documents d;
DROP TRIGGER documents_grams_delete;
CREATE TRIGGER documents_grams_delete AFTER DELETE ON documents
WHEN NOT (old.norm IS NULL AND old.body_chars > 0) BEGIN
    INSERT INTO documents_bigrams (documents_bigrams, rowid, grams)
        SELECT 'delete', CASE c.key WHEN 0 THEN old.id ELSE -(old.id * 65536 + c.key) END,
               duban_bigrams(substr(CAST(old.norm AS BLOB), json_extract(c.value, '$[0]'), json_extract(c.value, '$[1]')))
        FROM json_each(duban_chunks(length(CAST(old.norm AS BLOB)))) c;
    INSERT INTO documents_chars (documents_chars, rowid, chars)
        SELECT 'delete', old.id, duban_chunk_chars(substr(CAST(old.norm AS BLOB), json_extract(c.value, '$[0]'), json_extract(c.value, '$[1]')))
        FROM json_each(duban_chunks(length(CAST(old.norm AS BLOB)))) c;
END;
CREATE TRIGGER documents_grams_delete_pieces BEFORE DELETE ON documents
WHEN old.norm IS NULL AND old.body_chars > 0 BEGIN
    INSERT INTO documents_bigrams (documents_bigrams, rowid, grams)
        SELECT 'delete', CASE c.key WHEN 0 THEN old.id ELSE -(old.id * 65536 + c.key) END,
               duban_bigrams(substr(b.body, json_extract(c.value, '$[0]'), json_extract(c.value, '$[1]')))
        FROM (SELECT CAST(group_concat(p.text, '') AS BLOB) AS body FROM (SELECT text FROM document_text p
              WHERE p.doc_id = old.id AND p.field = 'norm' ORDER BY p.seq) p) b,
             json_each(duban_chunks(length(b.body))) c;
    INSERT INTO documents_chars (documents_chars, rowid, chars)
        SELECT 'delete', old.id, duban_chunk_chars(substr(b.body, json_extract(c.value, '$[0]'), json_extract(c.value, '$[1]')))
        FROM (SELECT CAST(group_concat(p.text, '') AS BLOB) AS body FROM (SELECT text FROM document_text p
              WHERE p.doc_id = old.id AND p.field = 'norm' ORDER BY p.seq) p) b,
             json_each(duban_chunks(length(b.body))) c;
END;

-- step 11: the search index writes a batch's bigrams at once
-- FTS5 holds what it has been given to index in memory (hashsize, 1 MB by default) and writes it
-- to the disk as a new segment when that fills up or the transaction commits; segments are then
-- merged in the background of later writes. A bulk ingest gives documents_bigrams about a second's
-- documents at a time (duban.store.grams.index_texts), whose distinct bigrams take several MB
-- there: with 8 MB they become one segment, with fewer merges after (a fifth less time to index).
-- What the index holds, and so every search, is unchanged.
INSERT INTO documents_bigrams (documents_bigrams, rank) VALUES ('hashsize', 8388608);
