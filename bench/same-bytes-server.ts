/**
 * The origin's ceiling for one answer: a bare node:http server that sends the exact status, headers
 * and body a running replica sent for one URL, to every request. Comparing the replica's cached score
 * lookup with this under the same wrk load shows what the service's own per-request work costs.
 *
 *   tsx bench/same-bytes-server.ts <replica-url> <port>
 *   (e.g. http://127.0.0.1:3000/v1/countries/SV/score 3999)
 */
import { createServer, get } from 'http';

function capture(url: string): Promise<{ status: number; headers: string[]; body: Buffer }> {
  return new Promise((resolve, reject) => {
    get(url, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const headers: string[] = [];
        // Date and the connection headers are written by node:http itself, as for the replica.
        for (let i = 0; i + 1 < res.rawHeaders.length; i += 2) {
          const name = res.rawHeaders[i] ?? '';
          if (!/^(date|connection|keep-alive)$/i.test(name)) headers.push(name, res.rawHeaders[i + 1] ?? '');
        }
        resolve({ status: res.statusCode ?? 200, headers, body: Buffer.concat(chunks) });
      });
    }).on('error', reject);
  });
}

async function main(): Promise<void> {
  const [url, portArg] = process.argv.slice(2);
  if (!url) throw new Error('usage: tsx bench/same-bytes-server.ts <replica-url> <port>');
  const answer = await capture(url);
  createServer((_req, res) => {
    res.writeHead(answer.status, answer.headers);
    res.end(answer.body);
  }).listen(Number(portArg ?? 3999), '127.0.0.1', () => {
    process.stdout.write(`same bytes as ${url} (${answer.body.length} B) on ${portArg ?? 3999}\n`);
  });
}

void main();
