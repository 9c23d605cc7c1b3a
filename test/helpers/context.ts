import type { CommandContext, Platform } from '../../src/bot/contracts.ts';

export function testContext(overrides: Partial<CommandContext> & { manager?: boolean; platform?: Platform } = {}): CommandContext {
  const { manager = false, ...rest } = overrides;
  return {
    platform: 'console',
    user: { id: 'U1', name: 'tester' },
    channelId: 'C1',
    isChannelManager: async () => manager,
    ...rest,
  };
}
