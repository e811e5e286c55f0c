import type pg from 'pg';
import { DICTIONARY_LIMITS, dictionaryWord, type DictionaryRepo } from '../dictionary.ts';
import { StoreError } from '../types.ts';
import { lockWorkspace, now, one, requireWorkspace, touch, tx } from './db.ts';

export class PostgresDictionary implements DictionaryRepo {
  constructor(private readonly pool: pg.Pool) {}

  async words(workspaceId: string): Promise<string[]> {
    return (await this.pool.query<{ word: string }>('SELECT word FROM dictionary_words WHERE workspace_id = $1 ORDER BY word COLLATE "C"', [workspaceId]))
      .rows.map((r) => r.word);
  }

  async add(workspaceId: string, input: string): Promise<void> {
    const word = dictionaryWord(input);
    if (!word) throw new StoreError('invalid', `A dictionary entry is one word of at most ${DICTIONARY_LIMITS.wordChars} letters.`);
    await tx(this.pool, async (c) => {
      await requireWorkspace(c, workspaceId);
      const { n } = (await one<{ n: number }>(c, 'SELECT count(*) AS n FROM dictionary_words WHERE workspace_id = $1', [workspaceId]))!;
      if (n >= DICTIONARY_LIMITS.wordsPerWorkspace) {
        throw new StoreError('workspace_full', `Your dictionary holds at most ${DICTIONARY_LIMITS.wordsPerWorkspace} words; remove one to add another.`);
      }
      await c.query('INSERT INTO dictionary_words (workspace_id, word, created_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [workspaceId, word, now()]);
      await touch(c, workspaceId);
    });
  }

  async remove(workspaceId: string, input: string): Promise<boolean> {
    const word = dictionaryWord(input);
    if (!word) return false;
    return tx(this.pool, async (c) => {
      if (!(await lockWorkspace(c, workspaceId))) return false;
      return ((await c.query('DELETE FROM dictionary_words WHERE workspace_id = $1 AND word = $2', [workspaceId, word])).rowCount ?? 0) > 0;
    });
  }
}
