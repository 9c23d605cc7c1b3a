/**
 * A chat platform's id, as its adapter registers it (src/adapters/registry.ts): "console",
 * "slack", "discord", or any platform added later. Open: nothing outside a platform's own
 * adapter branches on it.
 */
export type PlatformId = string;
