// The baseline: a bare node:http server answering every request with the exact bytes and headers the API gave
// (uncompressed, or the API's precompressed brotli variant).
import { readFileSync } from "node:fs";
import { createServer } from "node:http";

const file = process.env.BARE_RESPONSE;
if (!file) throw new Error("BARE_RESPONSE must name the captured response file");
// `body` is the text of an identity response; `bodyBase64` the raw bytes of an encoded one (brotli), served as they are.
const captured = JSON.parse(readFileSync(file, "utf8")) as {
  headers: Record<string, string>;
  body?: string;
  bodyBase64?: string;
};
const body =
  captured.bodyBase64 !== undefined
    ? Buffer.from(captured.bodyBase64, "base64")
    : Buffer.from(captured.body ?? "", "utf8");
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
