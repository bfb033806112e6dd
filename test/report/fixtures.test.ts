import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlToPolicy } from '../../src/cli/read-policy';
import { buildReport } from '../../src/grading/build-report';

// Pages written by someone else, independently of the rules and of this rubric.
const gradeOf = (name: string) => {
  const html = readFileSync(resolve(__dirname, `../fixtures/pages/${name}.html`), 'utf8');
  const { text, title } = htmlToPolicy(html, `https://${name}.example/privacy`);
  return buildReport(text, { url: `https://${name}.example/privacy`, title });
};

describe('grades of policies nobody tuned the rubric to', () => {
  it('a privacy-first messenger (end-to-end encryption, no logs, no sale) grades A', () => {
    const r = gradeOf('private-messenger');
    expect(r.grade).toBe('A');
    const answer = (id: string) => r.rubric.find((a) => a.id === id)!.answer;
    expect([answer('sells-data'), answer('activity-logged'), answer('end-to-end')]).toEqual(['no', 'no', 'yes']);
  });

  it('a surveillance-style chat app grades E', () => {
    const r = gradeOf('surveillance-chat');
    expect(r.grade).toBe('E');
    const answer = (id: string) => r.rubric.find((a) => a.id === id)!.answer;
    expect([answer('activity-logged'), answer('address-book'), answer('forced-consent')]).toEqual(['yes', 'yes', 'yes']);
  });
});
