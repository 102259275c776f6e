import type { AddressInfo } from "node:net";
import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiServer, NODE_SERVER_LIMITS } from "./server.js";

describe("the Node server's limits", () => {
  it("runs `pnpm start` with limits of seconds, checked every second (Node's defaults: 60 s, 300 s, every 30 s)", () => {
    const server = createApiServer(() => {});
    expect(server.headersTimeout).toBe(NODE_SERVER_LIMITS.headersTimeout);
    expect(server.requestTimeout).toBe(NODE_SERVER_LIMITS.requestTimeout);
    expect(NODE_SERVER_LIMITS.headersTimeout).toBeLessThanOrEqual(10_000);
    expect(NODE_SERVER_LIMITS.requestTimeout).toBeLessThanOrEqual(15_000);
    expect(NODE_SERVER_LIMITS.connectionsCheckingInterval).toBeLessThanOrEqual(1_000);
    server.close();
  });

  describe("on a real socket, with short limits", () => {
    const server = createApiServer(
      (req, res) => {
        req.resume();
        req.on("end", () => res.end("ok"));
      },
      { headersTimeout: 300, requestTimeout: 600, keepAliveTimeout: 300, connectionsCheckingInterval: 100 },
    );
    let port = 0;
    beforeAll(async () => {
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      port = (server.address() as AddressInfo).port;
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it("drops a body that trickles in with 408, instead of holding the socket", async () => {
      const socket = connect(port, "127.0.0.1");
      let answer = "";
      socket.on("data", (d: Buffer) => {
        answer += d.toString();
      });
      socket.write(
        "POST /v1/triage HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{",
      );
      // One byte every 100 ms: the body would take 10 s to arrive.
      const drip = setInterval(() => socket.write(" "), 100);
      // The server hangs up after its 408, so a drip written in that moment fails with EPIPE: that is the point, not
      // an error of the test (on a busy machine it came before the close and failed the run as unhandled).
      socket.on("error", () => clearInterval(drip));
      socket.on("end", () => clearInterval(drip));
      await new Promise<void>((resolve) => socket.on("close", () => resolve()));
      clearInterval(drip);
      expect(answer).toMatch(/^HTTP\/1\.1 408 /);
    });
  });
});
