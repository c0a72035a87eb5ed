// The least a Node.js service in front of Meilisearch can cost on this machine: a bare proxy (node:http in,
// one keep-alive undici pool out, the answer parsed and serialised again, as any API that shapes it must). The
// search benchmark runs it as a child process (`node bench/search-floor.ts MEILI_URL PORT`) and sends it the
// same requests as Meilisearch: API / floor is what our own code costs, floor / Meilisearch what the hop costs.
import http from 'node:http';
import { Pool } from 'undici';

const [meiliUrl, port] = process.argv.slice(2);
if (!meiliUrl || !port) throw new Error('usage: search-floor.ts MEILI_URL PORT');
const pool = new Pool(meiliUrl, { connections: 64, keepAliveTimeout: 30_000 });

http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    pool.request({ path: req.url ?? '/', method: 'POST', headers: { authorization: req.headers.authorization ?? '', 'content-type': 'application/json' }, body: Buffer.concat(chunks) })
      .then(async (up) => {
        const body = JSON.stringify(JSON.parse(await up.body.text()));
        res.writeHead(up.statusCode, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }).end(body);
      })
      .catch(() => res.writeHead(502).end());
  });
}).listen(Number(port), '127.0.0.1', () => process.send?.('ready'));
