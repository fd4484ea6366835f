// Preload (`node --require bench/requestCpu.cjs server.js --stdio`) for bench/requests.ts: the CPU
// time a language server spends on each request, from the moment its bytes arrive on stdin to the
// moment the response is written to stdout. Wall-clock latency on a shared machine mostly measures
// the other processes (a descheduled server waits, whatever its code costs); process CPU time
// (user + system, garbage collection threads included) is what the server itself spends. Frames
// are read only as far as their head ("id", "method"), so watching costs next to nothing, and
// the same for every server watched. Samples go to $BENCH_CPU_DIR/<pid>.json at exit.
'use strict';
const { isMainThread } = require('node:worker_threads');
const { writeFileSync } = require('node:fs');
const { join } = require('node:path');

const dir = process.env.BENCH_CPU_DIR;
if (isMainThread && dir) {
  const cpu = () => {
    const u = process.cpuUsage();
    return u.user + u.system;
  };
  /** method → [microseconds of CPU per request, in arrival order] */
  const samples = {};
  /** request id → { method, cpu at arrival } */
  const open = new Map();

  // Splits a byte stream into JSON-RPC frames (`Content-Length` header, then the body) and
  // calls `onHead` with the first bytes of each body.
  const framer = (onHead) => {
    let buf = Buffer.alloc(0);
    return (chunk) => {
      buf = buf.length === 0 ? Buffer.from(chunk) : Buffer.concat([buf, Buffer.from(chunk)]);
      for (;;) {
        const end = buf.indexOf('\r\n\r\n');
        if (end < 0) return;
        const m = /Content-Length: *(\d+)/i.exec(buf.subarray(0, end).toString('ascii'));
        const length = m ? Number(m[1]) : 0;
        if (buf.length < end + 4 + length) return;
        onHead(buf.subarray(end + 4, end + 4 + Math.min(length, 200)).toString('utf8'));
        buf = buf.subarray(end + 4 + length);
      }
    };
  };

  const incoming = framer((head) => {
    const id = /"id":\s*(\d+)/.exec(head);
    const method = /"method":\s*"([^"]+)"/.exec(head);
    if (id && method) open.set(id[1], { method: method[1], at: pending ?? cpu() });
  });
  // CPU time when the chunk holding a request arrived: taken in front of the server's own 'data'
  // listener (wrapped as it is added; a listener of our own could drop bytes that arrive before
  // an ES module server has attached its reader).
  let pending;
  const on = process.stdin.on;
  process.stdin.on = process.stdin.addListener = function (event, listener) {
    if (event !== 'data') return on.call(this, event, listener);
    return on.call(this, event, (chunk) => {
      pending = cpu();
      incoming(chunk);
      pending = undefined;
      listener(chunk);
    });
  };

  const outgoing = framer((head) => {
    const id = /"id":\s*(\d+)/.exec(head);
    if (!id || /"method":/.test(head)) return;
    const req = open.get(id[1]);
    if (!req) return;
    open.delete(id[1]);
    (samples[req.method] ??= []).push(stamp - req.at);
  });
  // CPU time when the server started writing the response (its work is done then).
  let stamp = 0;
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = (chunk, ...rest) => {
    stamp = cpu();
    outgoing(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk);
    return write(chunk, ...rest);
  };

  process.on('exit', () => {
    try {
      writeFileSync(join(dir, `${process.pid}.json`), JSON.stringify(samples));
    } catch {
      // the figures are optional
    }
  });
}
