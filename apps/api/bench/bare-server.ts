// The baseline: a bare node:http server answering every request with the exact bytes and headers the API gave.
import { readFileSync } from "node:fs";
import { createServer } from "node:http";

const file = process.env.BARE_RESPONSE;
if (!file) throw new Error("BARE_RESPONSE must name the captured response file");
const captured = JSON.parse(readFileSync(file, "utf8")) as { headers: Record<string, string>; body: string };
const body = Buffer.from(captured.body, "utf8");
const headers = { ...captured.headers, "content-length": String(body.byteLength) };

const server = createServer((_req, res) => {
  res.writeHead(200, headers);
  res.end(body);
});
server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  if (address && typeof address === "object") console.log(`listening on http://127.0.0.1:${address.port}/`);
});
process.once("SIGTERM", () => server.close(() => process.exit(0)));
