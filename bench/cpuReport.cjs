// Preloaded (`node --require`) into child processes of `npm run bench`: writes the process's CPU
// time (user + system, ms) to $BENCH_CPU_FILE when it exits, so whole-process cases can be measured
// in CPU time on a shared machine.
const { writeFileSync } = require('node:fs');
process.on('exit', () => {
  const u = process.cpuUsage();
  if (process.env.BENCH_CPU_FILE) writeFileSync(process.env.BENCH_CPU_FILE, String((u.user + u.system) / 1000));
});
