// The discussion data of a case: impairments (with Almaraz/Guzman), combine-or-add per injury, apportionment with its
// factors, prior §4664 awards, temporary disability periods, and one row of scalar inputs (P&S, deadlines, fee).
import type { Migration } from '../migrate';

export const migration0004: Migration = {
  id: 4,
  name: 'discussion',
  up(db) {
    db.exec(`
      CREATE TABLE discussion_impairments (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        injury_id TEXT NOT NULL REFERENCES injuries (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        body_part TEXT NOT NULL,
        method TEXT NOT NULL DEFAULT '',
        citation TEXT NOT NULL DEFAULT '',
        regional_value INTEGER CHECK (regional_value BETWEEN 0 AND 100),
        regional_level TEXT,
        wpi INTEGER CHECK (wpi BETWEEN 0 AND 100),
        region TEXT CHECK (region IN ('A', 'B', 'C', 'D', 'E', 'F', 'G')),
        ag_strict_wpi INTEGER CHECK (ag_strict_wpi BETWEEN 0 AND 100),
        ag_alternative_wpi INTEGER CHECK (ag_alternative_wpi BETWEEN 0 AND 100),
        ag_reasons TEXT
      );
      CREATE INDEX discussion_impairments_case ON discussion_impairments (case_id, position);
      CREATE INDEX discussion_impairments_injury ON discussion_impairments (injury_id);
      CREATE TABLE discussion_combine_options (
        injury_id TEXT PRIMARY KEY REFERENCES injuries (id) ON DELETE CASCADE,
        case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        method TEXT NOT NULL CHECK (method IN ('combine', 'add')),
        add_reason TEXT NOT NULL DEFAULT ''
      );
      CREATE INDEX discussion_combine_options_case ON discussion_combine_options (case_id);
      CREATE TABLE discussion_apportionments (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        injury_id TEXT NOT NULL REFERENCES injuries (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        body_part TEXT NOT NULL,
        industrial_percent INTEGER CHECK (industrial_percent BETWEEN 0 AND 100),
        industrial_explanation TEXT NOT NULL DEFAULT '',
        cannot_apportion INTEGER NOT NULL DEFAULT 0,
        cannot_apportion_reasons TEXT NOT NULL DEFAULT ''
      );
      CREATE INDEX discussion_apportionments_case ON discussion_apportionments (case_id, position);
      CREATE INDEX discussion_apportionments_injury ON discussion_apportionments (injury_id);
      CREATE TABLE discussion_apportionment_factors (
        apportionment_id TEXT NOT NULL REFERENCES discussion_apportionments (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        kind TEXT NOT NULL,
        label TEXT NOT NULL DEFAULT '',
        percent INTEGER NOT NULL CHECK (percent BETWEEN 0 AND 100),
        explanation TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (apportionment_id, position)
      );
      CREATE TABLE discussion_prior_awards (
        case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        region TEXT NOT NULL CHECK (region IN ('A', 'B', 'C', 'D', 'E', 'F', 'G')),
        percent INTEGER NOT NULL CHECK (percent BETWEEN 0 AND 100),
        description TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (case_id, position)
      );
      CREATE TABLE discussion_td_periods (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        from_date TEXT NOT NULL,
        to_date TEXT,
        kind TEXT NOT NULL CHECK (kind IN ('total', 'partial'))
      );
      CREATE INDEX discussion_td_periods_case ON discussion_td_periods (case_id, position);
      CREATE TABLE discussion_settings (
        case_id TEXT PRIMARY KEY REFERENCES cases (id) ON DELETE CASCADE,
        ps_status TEXT CHECK (ps_status IN ('permanent-and-stationary', 'not-yet', 'mmi')),
        ps_date TEXT,
        referral_due_date TEXT,
        supplemental_request_date TEXT,
        agreed_extra_days INTEGER NOT NULL DEFAULT 0,
        extension_kind TEXT CHECK (extension_kind IN ('good-cause', 'pending-tests')),
        extension_days INTEGER,
        extension_approved INTEGER NOT NULL DEFAULT 0,
        fee_json TEXT,
        updated_at TEXT NOT NULL
      );
    `);
  },
};
