import { expect } from '@open-wc/testing';
import { ApiError, type SubmitResponseInput } from './client.ts';
import { Outbox } from './outbox.ts';

const KEY = 'nps-survey:outbox:test';
const answer = (clientResponseId: string, extra: Partial<SubmitResponseInput> = {}): SubmitResponseInput => ({
  siteKey: 'pk_test',
  clientResponseId,
  score: 9,
  language: 'en',
  ...extra,
});

describe('the outbox', () => {
  beforeEach(() => localStorage.removeItem(KEY));

  it('keeps an answer the API did not acknowledge, and a later page sends it exactly once', async () => {
    const offline = new Outbox({
      key: KEY,
      retryMs: 60_000,
      send: () => Promise.reject(new ApiError('offline', 'NETWORK', true)),
    });
    await offline.add(answer('a'));
    expect(offline.pending).to.deep.equal([answer('a')]);
    expect(localStorage.getItem(KEY)).to.contain('"clientResponseId":"a"');

    const sent: SubmitResponseInput[] = [];
    // The next page load: the entry's backoff has not run out, so it waits for its time.
    const next = new Outbox({ key: KEY, retryMs: 1, send: async (input) => void sent.push(input) });
    localStorage.setItem(KEY, JSON.stringify([{ input: answer('a'), attempts: 1, notBefore: 0 }]));
    await next.flush();
    await next.flush();
    expect(sent).to.deep.equal([answer('a')]);
    expect(next.pending).to.deep.equal([]);
    expect(localStorage.getItem(KEY)).to.equal(null);
  });

  it('retries with backoff until the API answers', async () => {
    let calls = 0;
    const outbox = new Outbox({
      key: KEY,
      retryMs: 10,
      send: async () => {
        calls++;
        if (calls < 3) throw new ApiError('busy', 'HTTP_503', true);
      },
    });
    await outbox.add(answer('b'));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(calls).to.equal(3);
    expect(outbox.pending).to.deep.equal([]);
  });

  it('replaces a waiting answer by its later version with the comment', async () => {
    const outbox = new Outbox({
      key: KEY,
      retryMs: 60_000,
      send: () => Promise.reject(new ApiError('offline', 'NETWORK', true)),
    });
    await outbox.add(answer('c'));
    await outbox.add(answer('c', { comment: 'Fast delivery' }));
    expect(outbox.pending).to.deep.equal([answer('c', { comment: 'Fast delivery' })]);
  });

  it('holds an answer until it is due, then sends it; its later version, added, goes at once in its place', async () => {
    const sent: SubmitResponseInput[] = [];
    const outbox = new Outbox({ key: KEY, send: async (input) => void sent.push(input) });
    outbox.hold(answer('g'), 50);
    outbox.hold(answer('h'), 60_000);
    await outbox.add(answer('i'));
    expect(sent).to.deep.equal([answer('i')]);
    expect(localStorage.getItem(KEY)).to.contain('"clientResponseId":"g"');
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(sent).to.deep.equal([answer('i'), answer('g')]);

    await outbox.add(answer('h', { comment: 'Quick checkout' }));
    expect(sent.at(-1)).to.deep.equal(answer('h', { comment: 'Quick checkout' }));
    expect(sent).to.have.length(3);
    expect(outbox.pending).to.deep.equal([]);
  });

  it('sends an answer added while an earlier one is still being sent at once, not behind it', async () => {
    const sent: string[] = [];
    let releaseFirst = () => {};
    const firstStarted = new Promise<void>((started) => {
      releaseFirst = started;
    });
    let finishFirst = () => {};
    const outbox = new Outbox({
      key: KEY,
      send: async (input) => {
        if (input.clientResponseId === 'e') {
          releaseFirst();
          await new Promise<void>((resolve) => {
            finishFirst = resolve;
          });
        }
        sent.push(String(input.clientResponseId));
      },
    });
    const first = outbox.add(answer('e'));
    await firstStarted;
    // The comment of a score whose request is slow: sent, and acknowledged, while the score's request still runs.
    await outbox.add(answer('f'));
    expect(sent).to.deep.equal(['f']);
    finishFirst();
    await first;
    expect(sent).to.deep.equal(['f', 'e']);
    expect(outbox.pending).to.deep.equal([]);
  });

  it('drops an answer the API refuses for good, and says so', async () => {
    const dropped: string[] = [];
    const outbox = new Outbox({
      key: KEY,
      send: () => Promise.reject(new ApiError('inactive', 'FORBIDDEN', false)),
      onDropped: (input, error) => dropped.push(`${input.clientResponseId}:${error.code}`),
    });
    await outbox.add(answer('d'));
    expect(outbox.pending).to.deep.equal([]);
    expect(dropped).to.deep.equal(['d:FORBIDDEN']);
  });
});
