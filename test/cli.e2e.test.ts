import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, marsad, repoRoot, tempDir } from './cli-harness.js';

const examples = join(repoRoot, 'examples');

beforeAll(buildCli, 180_000);

describe('marsad ingest / stats / list / show', () => {
  it('ingests the bundled examples once, and a second time adds nothing', () => {
    const db = join(tempDir(), 'm.db');
    const first = marsad(['ingest', examples], { db });
    expect(first.status, first.stderr).toBe(0);
    const inserted = Number(/(\d+) new/.exec(first.stdout)?.[1]);
    expect(inserted).toBeGreaterThanOrEqual(8);

    const again = marsad(['ingest', examples], { db });
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout).toContain(' 0 new');
    expect(again.stdout).toContain(`${inserted} already stored`);

    const stats = JSON.parse(marsad(['stats', '--json'], { db }).stdout) as { documents: number };
    expect(stats.documents).toBe(inserted);

    const listed = JSON.parse(marsad(['list', '--json', '-n', '3'], { db }).stdout) as { id: string }[];
    expect(listed).toHaveLength(3);
    const shown = JSON.parse(marsad(['show', listed[0]!.id, '--json'], { db }).stdout) as { id: string; text: string; publishedAt: string };
    expect(shown.id).toBe(listed[0]!.id);
    expect(shown.text.length).toBeGreaterThan(200);
    expect(shown.publishedAt).toMatch(/^20\d\d-\d\d-\d\d/);
  });

  it('says what to do when a document id is unknown', () => {
    const folder = tempDir();
    writeFileSync(join(folder, 'one.txt'), 'وصل المبعوث الأممي إلى طرابلس صباح اليوم.');
    const db = join(folder, 'm.db');
    expect(marsad(['ingest', folder], { db }).status).toBe(0);
    const run = marsad(['show', 'no-such-id'], { db });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('no-such-id');
    expect(run.stderr).toContain('marsad search');
  });
});

describe('marsad search is Arabic-aware', () => {
  const folder = tempDir();
  writeFileSync(
    join(folder, 'clitics.txt'),
    '---\ntitle: اشتباكات قرب الساحل\npublished: 2025-02-03\n---\nاندلعت اشتباكات عنيفة بمصراتة مساء أمس، ووصلت تعزيزات عسكرية ومصراتة تشهد هدوءاً حذراً صباح اليوم.\n',
  );
  writeFileSync(join(folder, 'diacritics.txt'), 'زار المبعوثُ الأمميّ مِصْراتَة يومَ الخميس والتقى أعيان المدينة.\n');
  writeFileSync(join(folder, 'other.txt'), 'قصفت طائرات مسيرة مواقع في مدينة الحديدة اليمنية فجر اليوم.\n');
  const db = join(folder, 'm.db');
  beforeAll(() => {
    expect(marsad(['ingest', folder], { db }).status).toBe(0);
  });

  it('finds مصراتة written only with clitics or with diacritics, and not elsewhere', () => {
    const run = marsad(['search', 'مصراتة', '--json'], { db });
    expect(run.status, run.stderr).toBe(0);
    const hits = JSON.parse(run.stdout) as { title: string | null; snippet: { text: string; highlights: { start: number; end: number }[] } }[];
    expect(hits).toHaveLength(2);
    const highlighted = hits.flatMap((h) => h.snippet.highlights.map((s) => h.snippet.text.slice(s.start, s.end)));
    expect(highlighted).toEqual(expect.arrayContaining(['بمصراتة', 'ومصراتة', 'مِصْراتَة']));
  });

  it('requires every query word (AND) and reports no match plainly', () => {
    expect(JSON.parse(marsad(['search', 'الحديدة', 'مسيرة', '--json'], { db }).stdout)).toHaveLength(1);
    const none = marsad(['search', 'الحديدة', 'مصراتة'], { db });
    expect(none.status).toBe(0);
    expect(none.stdout).toContain('no document matches');
  });

  it('finds the examples article where مصراتة occurs only with clitics', () => {
    const exampleDb = join(tempDir(), 'e.db');
    marsad(['ingest', examples], { db: exampleDb });
    const hits = JSON.parse(marsad(['search', 'مصراتة', '--json'], { db: exampleDb }).stdout) as { id: string }[];
    expect(hits.length).toBeGreaterThan(0);
  });
});

describe('marsad analyze', () => {
  it('splits glued words and keeps offsets into the original text', () => {
    const text = 'أعلنت الولاياتالمتحدة دعمها لاتفاق بين مصروالسودان أمس.';
    const run = marsad(['analyze', '--json'], { input: text });
    expect(run.status, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as {
      tokens: { surface: string; start: number; end: number }[];
      repairs: { surface: string; parts: string[] }[];
      sentences: unknown[];
    };
    for (const token of result.tokens) expect(text.slice(token.start, token.end)).toBe(token.surface);
    const surfaces = result.tokens.map((t) => t.surface);
    expect(surfaces).toEqual(expect.arrayContaining(['الولايات', 'المتحدة', 'مصر', 'و', 'السودان']));
    expect(result.repairs.map((r) => r.surface)).toEqual(['الولاياتالمتحدة', 'مصروالسودان']);
    expect(result.sentences).toHaveLength(1);
  });

  it('reads a file, prints a readable summary, and a trace on request', () => {
    const file = join(tempDir(), 'a.txt');
    writeFileSync(file, 'قصفت قوات الدعم السريع مدينة الفاشر. ونزح الآلاف إلى تشاد.');
    const run = marsad(['analyze', file, '--trace']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('2 sentence(s)');
    expect(run.stdout).toContain('trace:');
  });

  it('refuses a file that is not UTF-8 and says how to convert it', () => {
    const file = join(tempDir(), 'cp1256.txt');
    writeFileSync(file, Buffer.from([0xe3, 0xd5, 0xd1, 0xc7, 0xca, 0xc9, 0xff, 0xfe]));
    const run = marsad(['analyze', file]);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('UTF-8');
    expect(run.stderr).toContain('iconv');
  });
});

describe('bad input loses nothing', () => {
  it('ingests the good JSONL lines and reports each bad one with its line number', () => {
    const folder = tempDir();
    const file = join(folder, 'mixed.jsonl');
    const good = (id: string, text: string) => Buffer.from(`${JSON.stringify({ id, text, source: 'test', published: '2015-07-21 10:00:00' })}\n`);
    writeFileSync(
      file,
      Buffer.concat([
        good('a1', 'أعلن الجيش الوطني الليبي سيطرته على قاعدة الجفرة الجوية.'),
        Buffer.from('{"id": "broken", "text": "نص بلا نهاية\n'),
        Buffer.from('{"id": "no-text", "title": "عنوان فقط"}\n'),
        Buffer.concat([Buffer.from('{"id": "bad-utf8", "text": "'), Buffer.from([0xc3, 0x28, 0xa0]), Buffer.from('"}\n')]),
        good('a2', 'وصلت قافلة مساعدات إلى معبر باب الهوى شمال إدلب.'),
      ]),
    );
    const db = join(folder, 'm.db');
    const run = marsad(['ingest', file], { db });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('2 new');
    expect(run.stdout).toContain('3 rejected');
    for (const line of [2, 3, 4]) expect(run.stderr).toContain(`mixed.jsonl:${line}`);

    const rejects = readFileSync(`${db}.rejects.jsonl`, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { origin: { line: number }; reason: string });
    expect(rejects.map((r) => r.origin.line)).toEqual([2, 3, 4]);
    expect(rejects.every((r) => r.reason.length > 10)).toBe(true);

    const strict = marsad(['ingest', '--strict', file], { db });
    expect(strict.status).not.toBe(0);
    expect(strict.stderr).toContain('--strict');
  });
});

describe('every command has --help', () => {
  for (const command of ['ingest', 'search', 'show', 'list', 'stats', 'events', 'analyze', 'eval', 'actors', 'train-ner']) {
    it(command, () => {
      const run = marsad([command, '--help']);
      expect(run.status).toBe(0);
      expect(run.stdout).toContain(`Usage: marsad ${command}`);
    });
  }
  it('the top level lists the commands', () => {
    const run = marsad(['--help']);
    expect(run.stdout).toContain('ingest');
    expect(existsSync(join(repoRoot, 'README.md'))).toBe(true);
  });
});

describe('events from ingest to export', () => {
  const db = join(tempDir(), 'events.db');
  beforeAll(() => {
    expect(marsad(['ingest', examples], { db }).status).toBe(0);
  });

  it('stores the events of the examples and exports them as PLOVER JSON Lines with evidence in the text', () => {
    const run = marsad(['events', '--format', 'jsonl'], { db });
    expect(run.status, run.stderr).toBe(0);
    const events = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as {
      event_type: string;
      event_text: string;
      text: string;
      evidence: { doc_id: string; start: number; end: number; trigger_start: number; trigger_end: number };
    });
    expect(events.length).toBeGreaterThan(20);
    expect(events.map((e) => e.event_type)).toEqual(expect.arrayContaining(['ASSAULT', 'MOBILIZE', 'PROTEST']));
    for (const event of events.slice(0, 10)) {
      const document = JSON.parse(marsad(['show', event.evidence.doc_id, '--json'], { db }).stdout) as { text: string };
      expect(document.text.slice(event.evidence.start, event.evidence.end)).toBe(event.text);
      expect(document.text.slice(event.evidence.trigger_start, event.evidence.trigger_end)).toBe(event.event_text);
    }
    const again = marsad(['ingest', examples], { db });
    expect(again.stdout).toContain(' 0 new');
    expect(marsad(['events'], { db }).stdout).toBe(run.stdout);
  });

  it('filters by type and writes CSV and GeoJSON', () => {
    const csv = marsad(['events', '--type', 'assault', '--format', 'csv'], { db }).stdout.trim().split('\r\n');
    expect(csv[0]).toMatch(/^id,date,date_precision,event_type,/);
    expect(csv.length).toBeGreaterThan(5);
    expect(csv.slice(1).every((row) => row.split(',')[3] === 'ASSAULT')).toBe(true);
    const geo = JSON.parse(marsad(['events', '--format', 'geojson'], { db }).stdout) as { type: string; features: unknown[] };
    expect(geo.type).toBe('FeatureCollection');
  });

  it('refuses an unknown event type and lists the known ones', () => {
    const run = marsad(['events', '--type', 'BOMBING'], { db });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('ASSAULT');
  });

  it('codes the acceptance sentence: a reported drone strike dated yesterday and no asserted counter-attack', () => {
    const text =
      'قالت مصادر إن طائرات مسيرة تابعة لقوات الدعم السريع قصفت أمس مطار بورتسودان، فيما تستعد القوات المسلحة السودانية لشن هجوم مضاد';
    const run = marsad(['analyze', '--json', '--published', '2025-05-05'], { input: text });
    expect(run.status, run.stderr).toBe(0);
    const { events } = JSON.parse(run.stdout) as {
      events: { event_type: string; mode: string | null; modality: string; date: string; date_precision: string; actor: { name: string | null }[] }[];
    };
    const strike = events.find((e) => e.event_type === 'ASSAULT' && e.modality === 'reported');
    expect(strike).toMatchObject({ mode: 'drone', date: '2025-05-04', date_precision: 'day' });
    expect(strike!.actor.map((a) => a.name)).toContain('Rapid Support Forces');
    const asserted = events.filter((e) => e.event_type === 'ASSAULT' && e.modality === 'asserted');
    expect(asserted).toEqual([]);
  });
});
