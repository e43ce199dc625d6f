import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { buildEventCoder, registerEvalEvents } from './eval-events.js';

const XML = `<Sentences>
<Sentence category="PROTEST" date="20150721" id="p1"><EventText eventtext="تظاهر" sourcetext="المتظاهرين" targettext="" />
<Text>تظاهر آلاف المتظاهرين أمس في الخرطوم احتجاجا على غلاء الأسعار.</Text></Sentence>
<Sentence category="ASSAULT" date="20150721" id="a1"><EventText eventtext="قصفت" sourcetext="الطائرات" targettext="" />
<Text>قصفت الطائرات الحربية مواقع المسلحين في درنة.</Text></Sentence>
</Sentences>`;

describe('marsad eval events', () => {
  it('codes with the stages the coder reads: actors, dates against the publication day', () => {
    const [event] = buildEventCoder()('اعتقلت الشرطة أمس خمسة متظاهرين في القاهرة', '2015-07-21', 'doc');
    expect(event).toMatchObject({ event_type: 'COERCE', mode: 'arrest', date: '2015-07-20', date_precision: 'day' });
  });

  it('scores a gold file and prints the figures as JSON', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'marsad-eval-events-')), 'gold.xml');
    writeFileSync(path, XML);
    const output: string[] = [];
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk: string) => output.push(chunk) > 0) as typeof process.stdout.write;
    try {
      const program = new Command().exitOverride();
      registerEvalEvents(program.command('eval'));
      program.parse(['eval', 'events', path, '--json'], { from: 'user' });
    } finally {
      process.stdout.write = write;
    }
    const result = JSON.parse(output.join('')) as { sentences: number; typeFound: number };
    expect(result).toMatchObject({ sentences: 2, typeFound: 2 });
  });
});
