/** What the Slack adapter needs from configuration (read from the environment by src/app/config.ts). */
export interface SlackConfig {
  /** `xoxb-…` bot token. */
  botToken: string;
  /** Verifies HTTP requests (HTTP mode). */
  signingSecret: string;
  /** `xapp-…` app-level token: Socket Mode when set. */
  appToken: string | undefined;
  /** Web API base URL (Enterprise Grid proxies, tests); Slack's own when undefined. */
  apiUrl: string | undefined;
  /** HTTP port for /slack/events and /healthz. */
  port: number;
}
