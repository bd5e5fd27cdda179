import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../src/i18n';
import { sameMessage, translate, type Message } from '../../../src/i18n/message';

describe('messages kept as keys and values', () => {
  const i18n = createI18n('en');

  it('are worded in the language in use when shown, nested names lower-cased as each language does', async () => {
    const timeout: Message = {
      key: 'analyst.metrics.sizeTimeout',
      params: { metric: { key: 'analyst.metrics.betweenness' }, seconds: 45 },
    };
    expect(translate(i18n.t, timeout)).toMatch(
      /^Node size by betweenness could not be applied: .* 45 seconds\./,
    );
    await i18n.changeLanguage('sv');
    expect(translate(i18n.t, timeout)).toMatch(
      /^Nodstorlek efter mellanhet kunde inte tillämpas: .* 45 sekunder\./,
    );
    await i18n.changeLanguage('en');
  });

  it('a problem of a file is its path and what is wrong', () => {
    const problem: Message = {
      problem: { path: 'tours[0].steps[1].nodes[0]', code: 'ref.node', params: { value: 'x' } },
    };
    expect(translate(i18n.t, problem)).toBe('tours[0].steps[1].nodes[0]: "x" is not a node id');
  });

  it('are the same when key and values are', () => {
    const a: Message = { key: 'common.url.tooLong', params: { param: 'node' } };
    expect(sameMessage(a, { key: 'common.url.tooLong', params: { param: 'node' } })).toBe(true);
    expect(sameMessage(a, { key: 'common.url.tooLong', params: { param: 'tour' } })).toBe(false);
  });
});
