// The user's own dictionary, on SQLite and PostgreSQL alike: per workspace, lower-case, no duplicates, limited,
// refused for a workspace that does not exist.
import { expect, it } from 'vitest';
import { DICTIONARY_LIMITS, dictionaryWord } from '../../src/store/dictionary.ts';
import { StoreError } from '../../src/store/types.ts';
import { forEachStore } from './backends.ts';

forEachStore('the user\'s dictionary', (s) => {
  it('keeps each workspace\'s words apart, lower-case, sorted and once', async () => {
    const a = (await s().workspaces.create()).id;
    const b = (await s().workspaces.create()).id;
    await s().dictionary.add(a, 'Westgate');
    await s().dictionary.add(a, 'televisited');
    await s().dictionary.add(a, 'WESTGATE');
    await s().dictionary.add(b, 'Carefinder');
    expect(await s().dictionary.words(a)).toEqual(['televisited', 'westgate']);
    expect(await s().dictionary.words(b)).toEqual(['carefinder']);
    expect(await s().dictionary.remove(a, 'Westgate')).toBe(true);
    expect(await s().dictionary.remove(a, 'Westgate')).toBe(false);
    expect(await s().dictionary.words(a)).toEqual(['televisited']);
  });

  it('refuses what is not one word, a missing workspace, and a full dictionary', async () => {
    const ws = (await s().workspaces.create()).id;
    await expect(s().dictionary.add(ws, 'two words')).rejects.toThrow(StoreError);
    await expect(s().dictionary.add(ws, '<script>')).rejects.toThrow(StoreError);
    await expect(s().dictionary.add('0'.repeat(32), 'word')).rejects.toMatchObject({ code: 'not_found' });
    for (let i = 0; i < DICTIONARY_LIMITS.wordsPerWorkspace; i++) await s().dictionary.add(ws, `word${String.fromCharCode(97 + (i % 26))}${'x'.repeat(Math.floor(i / 26))}`);
    await expect(s().dictionary.add(ws, 'onemore')).rejects.toMatchObject({ code: 'workspace_full' });
    expect(await s().dictionary.words('nope')).toEqual([]);
  });
});

it('accepts words with inner apostrophes and hyphens only', () => {
  expect(dictionaryWord(' O’Brien ')).toBe('o’brien');
  expect(dictionaryWord('follow-up')).toBe('follow-up');
  expect(dictionaryWord('a b')).toBeNull();
  expect(dictionaryWord('x'.repeat(61))).toBeNull();
  expect(dictionaryWord(42)).toBeNull();
});
