// `npm run start:web`: builds the playground if needed and serves web/dist on 127.0.0.1, printing the URL.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../web/dist/', import.meta.url));
if (!existsSync(join(root, 'index.html')) || process.argv.includes('--build')) {
  execFileSync('npx', ['vite', 'build', 'web'], { stdio: 'inherit', cwd: fileURLToPath(new URL('..', import.meta.url)) });
}
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.ttf': 'font/ttf', '.svg': 'image/svg+xml', '.png': 'image/png' };

/** Serves files under `dir` only; anything else is 404. */
export function serveStatic(dir, port = 0) {
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
    try {
      if (!file.startsWith(dir) || !(await stat(file)).isFile()) throw new Error('not a file');
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
      res.end(await readFile(file));
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 5178);
  const server = await serveStatic(root, port);
  console.log(`DaemonSet Lab playground: http://127.0.0.1:${server.address().port}/`);
}
