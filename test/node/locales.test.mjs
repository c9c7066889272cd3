/**
 * The translations in src/locales/, every file found there (a language added later is checked without touching this
 * test): each has every key of the English messages, the same placeholders, no text left in English (bar brand
 * words), every plural form its language needs, a place in the loader table, a line in docs/languages.md, and at most
 * 1 KB gzip once bundled as the CDN ships it.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { repoRoot } from '../../scripts/pack.mjs';

const LOCALES = path.join(repoRoot, 'src/locales');
const files = readdirSync(LOCALES)
  .filter((file) => file.endsWith('.ts'))
  .map((file) => file.slice(0, -3))
  .sort();
const codes = files.filter((file) => !file.endsWith('-paste'));
/** Words never translated (docs/languages.md, "Terminology"): a text made only of these may equal the English one. */
const BRAND_WORDS = ['Polar'];

/** A TypeScript module of src/, compiled and imported. */
async function load(file) {
  const { outputFiles } = await build({
    entryPoints: [path.join(repoRoot, file)],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    external: ['lit'],
    write: false,
  });
  return import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
}

const placeholders = (text) => (text.match(/\{\w+\}/g) ?? []).sort();
const isPlural = (value) => typeof value == 'object' && value !== null && typeof value.other == 'string';

/** Every text of `messages` with its key path: `problems.network.title` -> 'Couldn't reach Polar'. */
function leaves(messages, prefix = '') {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value == 'string' || isPlural(value) ? [[prefix + key, value]] : leaves(value, `${prefix}${key}.`),
  );
}

/** @type {import('../../src/messages.ts').SeatClaimMessages} */
let english;
/** @type {Record<string, any>} */
const translations = {};

before(async () => {
  english = (await load('src/messages.ts')).defaultMessages;
  for (const code of codes) {
    const card = (await load(`src/locales/${code}.ts`)).default;
    const paste = (await load(`src/locales/${code}-paste.ts`)).default;
    // In the order of the English keys, so that a missing or extra key shows as such.
    translations[code] = Object.fromEntries(
      Object.keys(english)
        .filter((key) => key in card || key in paste)
        .map((key) => [key, key in card ? card[key] : paste[key]]),
    );
    const extra = [...Object.keys(card), ...Object.keys(paste)].filter((key) => !(key in english));
    assert.deepEqual(extra, [], `${code}: keys English does not have`);
  }
});

test('every language Polar speaks is translated, and Arabic and Hebrew beside them', () => {
  const polar = ['nl', 'fr', 'sv', 'es', 'de', 'hu', 'it', 'pt', 'pt-PT', 'ko', 'ja', 'tr', 'pl'];
  assert.deepEqual(codes, [...polar, 'ar', 'he'].sort());
});

test('each language has its card and its paste form, nothing else', () => {
  assert.deepEqual(files, codes.flatMap((code) => [code, `${code}-paste`]).sort());
});

for (const code of codes) {
  describe(`locale ${code}`, () => {
    test('is named by its canonical language tag', () => {
      assert.equal(Intl.getCanonicalLocales(code)[0], code);
    });

    test('has every key of the English messages, and no other', () => {
      assert.deepEqual(
        leaves(translations[code]).map(([key]) => key),
        leaves(english).map(([key]) => key),
      );
    });

    test('keeps the placeholders of each English text', () => {
      const own = new Map(leaves(translations[code]));
      for (const [key, value] of leaves(english)) {
        const expected = placeholders(isPlural(value) ? value.other : value);
        const forms = isPlural(own.get(key)) ? Object.values(own.get(key)) : [own.get(key)];
        for (const form of forms) assert.deepEqual(placeholders(form), expected, `${code} ${key}: ${form}`);
      }
    });

    test('leaves no text in English, brand words aside', () => {
      const own = new Map(leaves(translations[code]));
      const brandOnly = (text) => !/\p{L}/u.test(BRAND_WORDS.reduce((t, word) => t.replaceAll(word, ''), text));
      for (const [key, value] of leaves(english)) {
        const mine = own.get(key);
        if (JSON.stringify(mine) === JSON.stringify(value)) {
          const texts = isPlural(value) ? Object.values(value) : [value];
          assert.ok(
            texts.every((text) => brandOnly(text.replace(/\{\w+\}/g, ''))),
            `${code} ${key} is the English text`,
          );
        }
      }
    });

    test('gives every plural form its language uses', () => {
      const categories = new Intl.PluralRules(code).resolvedOptions().pluralCategories;
      for (const [key, value] of leaves(translations[code]).filter(([, value]) => isPlural(value)))
        for (const category of categories) assert.equal(typeof value[category], 'string', `${code} ${key}.${category}`);
    });

    test('is in the supported list of docs/languages.md', () => {
      const docs = readFileSync(path.join(repoRoot, 'docs/languages.md'), 'utf8');
      assert.match(docs, new RegExp(`^\\| \`${code}\` \\|`, 'm'), `docs/languages.md lists ${code}`);
    });
  });
}

test('the element offers exactly the languages of src/locales/, and English', async () => {
  const { bundledLocales } = await load('src/locale.ts');
  assert.deepEqual([...bundledLocales].sort(), ['en', ...codes].sort());
});

describe('each translation as the CDN ships it (dist/cdn/locales/, after `npm run build`)', () => {
  const CDN = path.join(repoRoot, 'dist/cdn/locales');
  /** @type {typeof import('../../src/messages.ts')} */
  let messages;
  before(async () => {
    messages = await import(pathToFileURL(path.join(repoRoot, 'dist/messages.js')).href);
  });

  test('one file for each of src/locales/', () => {
    const shipped = readdirSync(CDN).filter((file) => file.endsWith('.js'));
    assert.deepEqual(shipped.sort(), files.map((file) => `${file}.js`).sort());
  });

  for (const file of files) {
    test(`${file}: at most 1 KB gzip, and its texts read back as written`, async () => {
      const code = readFileSync(path.join(CDN, `${file}.js`));
      const gzip = gzipSync(code, { level: 9 }).length;
      assert.ok(gzip <= 1024, `${file}: ${gzip} bytes gzip`);
      const { default: packed } = await import(pathToFileURL(path.join(CDN, `${file}.js`)).href);
      const source = (await load(`src/locales/${file}.ts`)).default;
      assert.deepEqual(messages.unpack([...packed], messages.fileShape(file.endsWith('-paste'))), source);
    });
  }
});

describe('counted', () => {
  /** @type {typeof import('../../src/messages.ts').counted} */
  let counted;
  before(async () => {
    ({ counted } = await load('src/messages.ts'));
  });

  test("picks the count's plural form and writes the number the language's way", () => {
    const benefits = { one: '{count} benefit ready', other: '{count} benefits ready' };
    assert.equal(counted(benefits, 1, 'en'), '1 benefit ready');
    assert.equal(counted(benefits, 1200, 'en'), '1,200 benefits ready');
    const vorteile = { one: '{count} Vorteil bereit', other: '{count} Vorteile bereit' };
    assert.equal(counted(vorteile, 1200, 'de'), '1.200 Vorteile bereit');
  });

  test('falls back to other for a form the translation lacks', () => {
    const seconds = { zero: 'zero', one: 'one', two: 'two', few: 'few {count}', other: 'other {count}' };
    assert.equal(counted(seconds, 2, 'ar'), 'two');
    assert.equal(counted(seconds, 3, 'ar-u-nu-latn'), 'few 3');
    assert.equal(counted(seconds, 11, 'ar-u-nu-latn'), 'other 11', 'many (11) is missing: other');
  });
});
