import { describe, expect, it } from 'vitest';
import { lifeOf } from '../../inspect/lifecycle.ts';
import { buildSequence } from '../../inspect/sequence.ts';
import { testMachine } from '../../inspect/testing.ts';
import { expectedArrow, LINUX_PAIR } from '../../inspect/echo-pair.ts';
import { InspectService } from '../../worker/inspect-service.ts';
import * as S from './state.ts';
import { lifecycleSvg, sequenceSvg, xml } from './svg.ts';

function echoService(): InspectService {
  const t = testMachine();
  t.rec.detach();
  const service = new InspectService();
  service.attach(t.m);
  const s = t.start(['/bin/echod', '9900']);
  t.m.runUntil(() => !t.m.kernel.hasRunnable());
  const c = t.start(['/bin/echo-client', '9900', 'a<b>&"c"']);
  t.m.runUntil(() => t.m.exitStatus(c) !== null && t.m.exitStatus(s) !== null);
  t.m.runUntil(() => false, { maxVirtualMs: 1000 });
  return service;
}

describe('the panel state', () => {
  it('accumulates polls page by page and starts over on a new generation', () => {
    const service = echoService();
    let s = S.initialState();
    s = S.applyPoll(s, service.poll(s.cursor, s.generation, 5));
    expect(s.events.map((e) => e.id)).toEqual([1, 2, 3, 4, 5]);
    s = S.applyPoll(s, service.poll(s.cursor, s.generation));
    const total = s.events.length;
    expect(s.events.map((e) => e.id)).toEqual(Array.from({ length: total }, (_, i) => i + 1));
    expect(s.snapshot!.procs.map((p) => p.pid)).toEqual([1]);
    const before = s;
    s = S.applyPoll(s, service.poll(s.cursor, s.generation));
    expect(s.events).toBe(before.events);
    const many = { ...service.poll(0, s.generation), events: Array.from({ length: S.PAGE_EVENTS + 5 }, (_, i) => ({ ...s.events[0]!, id: i + 1 })) };
    const full = S.applyPoll(S.initialState(), many);
    expect([full.events.length, full.events[0]!.id, full.lost]).toEqual([S.PAGE_EVENTS, 6, 5]);
    service.attach(testMachine().m);
    s = S.applyPoll(s, service.poll(s.cursor, s.generation));
    expect(s.generation).toBe(2);
    expect(s.events).toEqual([]);
  });

  it('opens on the view a scenario step names', () => {
    let s = S.initialState();
    s = S.showView(s, { view: 'sequence', port: 9900 });
    expect([s.open, s.view, s.sequence]).toEqual([true, 'sequence', { conn: null, port: 9900, atNs: null }]);
    s = S.scrubTo(S.chooseConnection(s, 'a>b'), 5);
    expect(s.sequence).toEqual({ conn: 'a>b', port: 9900, atNs: 5 });
    s = S.showView(s, { view: 'lifecycle', comm: 'echod' });
    expect(S.lifecyclePid(S.applyPoll(s, echoService().poll(0, 0)))).toBe(2);
    expect(S.lifecyclePid(S.choosePid(s, 7))).toBe(7);
  });
});

describe('the pictures', () => {
  it('draws one arrow group per segment, with guest bytes escaped', () => {
    const service = echoService();
    const model = buildSequence(service.eventsSince(0).events, { port: 9900 });
    const svg = sequenceSvg(model);
    const kinds = LINUX_PAIR.map((l) => expectedArrow(l).split(' ')[1]);
    expect(svg.match(/<g class="arrow" data-kind="[A-Z-]+"/g)!.map((g) => g.slice(28, -1))).toEqual(kinds);
    expect(svg).toContain('>DATA 9 &#34;a&#60;b&#62;&#38;\\&#34;c\\&#34;\\n&#34;</text>');
    expect(svg).not.toMatch(/<b>/);
    expect(sequenceSvg(model, 3).match(/<g class="arrow"/g)!.length).toBe(3);
    const n = kinds.length;
    const capped = sequenceSvg(model, n, 'x', 4);
    expect(capped.match(/data-kind="[A-Z-]+"/g)).toEqual(kinds.slice(-4).map((k) => `data-kind="${k}"`));
    expect(capped).toContain(`… ${n - 4} earlier segments not drawn (move the slider back)`);
    expect(xml(`<'&">`)).toBe('&#60;&#39;&#38;&#34;&#62;');
  });

  it('draws a life as one box per step', () => {
    const service = echoService();
    const steps = lifeOf(service.eventsSince(0).events, 2);
    const svg = lifecycleSvg(steps);
    expect(svg.match(/data-kind="[a-z]+"/g)).toEqual(
      ['data-kind="spawn"', 'data-kind="exec"', 'data-kind="running"', 'data-kind="exit"', 'data-kind="reap"']);
    expect(lifecycleSvg([])).toContain('no events for this process');
  });
});
