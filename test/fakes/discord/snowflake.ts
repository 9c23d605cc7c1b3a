/** Discord-style snowflakes: increasing, with a plausible timestamp part. */
const DISCORD_EPOCH = 1420070400000n;
let counter = 0n;

export function snowflake(): string {
  counter += 1n;
  return (((BigInt(Date.now()) - DISCORD_EPOCH) << 22n) | (counter & 0x3fffffn)).toString();
}
