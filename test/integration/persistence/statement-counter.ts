// Counts the SQL statements a connection runs (exec, and run of a prepared statement) and calls back before each one:
// where the migration crash tests inject their failure.
import type Database from 'better-sqlite3-multiple-ciphers';

type Proto = Pick<Database.Database, 'exec' | 'prepare'>;

/** Wraps exec and prepare on `target` (a connection, or the prototype for every connection); returns the undo. */
export function countStatements(target: Proto, before: (n: number) => void): () => void {
  let n = 0;
  const { exec, prepare } = target;
  target.exec = function (this: Database.Database, sql: string) {
    before(++n);
    return exec.call(this, sql);
  } as Proto['exec'];
  target.prepare = function (this: Database.Database, sql: string) {
    const statement = prepare.call(this, sql) as Database.Statement;
    const run = statement.run;
    statement.run = function (this: Database.Statement, ...params: unknown[]) {
      before(++n);
      return run.apply(this, params);
    } as Database.Statement['run'];
    return statement;
  } as Proto['prepare'];
  return () => {
    target.exec = exec;
    target.prepare = prepare;
  };
}
