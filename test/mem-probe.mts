import { FakeSlack } from './fakes/slack/fake-slack.ts';
import { spawn } from 'node:child_process';
const fake = await FakeSlack.start({ recordResponses: false });
for (const flags of [[]]) {
const env = { ...process.env, SLACK_BOT_TOKEN: fake.botToken, SLACK_SIGNING_SECRET: 's', SLACK_API_URL: fake.apiUrl, PORT: '0', LOG_LEVEL: 'silent', DISCORD_TOKEN: '', BRIEFBOT_SQLITE_PATH: ':memory:' };
const child = spawn(process.execPath, [...flags, '-e', `
  import('/work/main/dist/cli/main.js').then(({ main }) => main(['start']));
  setTimeout(() => { const m = process.memoryUsage(); console.log(${JSON.stringify(flags.join(' '))}, JSON.stringify(Object.fromEntries(Object.entries(m).map(([k, v]) => [k, Math.round(v / 1048576)])))); process.exit(0); }, 2500);
`], { env, stdio: ['ignore', 'inherit', 'ignore'] });
await new Promise((r) => child.on('close', r));
}
await fake.close();
