-- Indexes for the queries the screens make that the benchmark found scanning a whole table
-- (tests/core/db/query-plans.test.ts holds them to it). A task's notes mark the ones corrected
-- by looking up the note that supersedes each.
CREATE INDEX progress_by_supersedes ON progress_entries (supersedes_id) WHERE supersedes_id IS NOT NULL;
-- A regime's reporters (报送情况, 今日报送, 指标监测), read by regime in a city's database of many.
CREATE INDEX reporting_units_by_regime ON reporting_units (regime_id);
-- 操作记录 newest first by instant (rows written with 'Z' and '+08:00' compare by julianday).
CREATE INDEX audit_by_instant ON audit_log (julianday(at) DESC, id DESC);
