/** Wraps a BriefbotCore to record calls (the real core still answers). */
import type { BriefbotCore } from '../../../src/bot/briefbot-core.ts';
import { runTurn } from '../../../src/bot/turn.ts';

export interface CoreCall {
  method: 'handleCommand' | 'handleMention' | 'rememberThread';
  args: unknown[];
}

export function spyCore(core: BriefbotCore, calls: CoreCall[], notify: () => void = () => undefined): BriefbotCore {
  const record = (call: CoreCall): void => {
    calls.push(call);
    notify();
  };
  const spy: BriefbotCore = {
    // Runs turns through the spy, so the calls a turn makes are recorded too.
    run: (turn) => runTurn(spy, turn),
    handleCommand: (text, ctx) => {
      record({ method: 'handleCommand', args: [text, ctx] });
      return core.handleCommand(text, ctx);
    },
    handleMention: (text, ctx) => {
      record({ method: 'handleMention', args: [text, ctx] });
      return core.handleMention(text, ctx);
    },
    rememberThread: (platform, channel, ts, topic) => {
      record({ method: 'rememberThread', args: [platform, channel, ts, topic] });
      return core.rememberThread(platform, channel, ts, topic);
    },
    suggestTopics: (q, limit) => core.suggestTopics(q, limit),
  };
  return spy;
}
