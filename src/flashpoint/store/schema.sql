-- flashpoint database schema (DuckDB). One writer at a time.
CREATE TABLE IF NOT EXISTS documents (
    doc_id        VARCHAR PRIMARY KEY,
    content_hash  VARCHAR NOT NULL,
    title         VARCHAR,
    doc_date      DATE,
    url           VARCHAR,
    source        VARCHAR,
    path          VARCHAR,
    text          VARCHAR,
    duplicate_of  VARCHAR,
    similarity    DOUBLE,
    signature     UBIGINT[],
    n_events      INTEGER,
    ingested_at   TIMESTAMP DEFAULT current_timestamp
);
CREATE TABLE IF NOT EXISTS doc_bands (
    band_key  UBIGINT NOT NULL,
    doc_id    VARCHAR NOT NULL
);
CREATE TABLE IF NOT EXISTS events (
    event_id        VARCHAR PRIMARY KEY,
    doc_id          VARCHAR NOT NULL,
    doc_date        DATE,
    date            VARCHAR,
    day             DATE,
    source_code     VARCHAR, source_country VARCHAR, source_name VARCHAR,
    source_text     VARCHAR, source_sector VARCHAR,
    target_code     VARCHAR, target_country VARCHAR, target_name VARCHAR,
    target_text     VARCHAR, target_sector VARCHAR,
    cameo           VARCHAR NOT NULL,
    cameo_root      VARCHAR NOT NULL,
    plover          VARCHAR,
    plover_mode     VARCHAR,
    goldstein       DOUBLE,
    quad_class      INTEGER,
    status          VARCHAR,
    attribution_text VARCHAR, attribution_code VARCHAR, attribution_anonymous BOOLEAN,
    quote           VARCHAR,
    location_name   VARCHAR, location_country VARCHAR, lat DOUBLE, lon DOUBLE,
    sentence        VARCHAR,
    span_start      INTEGER, span_end INTEGER,
    trigger_start   INTEGER, trigger_end INTEGER,
    confidence      DOUBLE
);
CREATE INDEX IF NOT EXISTS events_doc ON events(doc_id);
CREATE INDEX IF NOT EXISTS bands_key ON doc_bands(band_key);
