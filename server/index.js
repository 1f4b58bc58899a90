// Production entry (ADR 002). adapter-node derives the request origin from headers; without a
// fixed origin it assumes https, which makes plain-http form posts fail the CSRF check. This entry
// tells the handler which protocol the request really came in on: from the socket, or, behind a
// trusted reverse proxy (TRUST_PROXY=1), from the proxy's X-Forwarded-Proto.
import http from 'node:http';
import process from 'node:process';

const PROTO = 'x-forwarded-proto';
process.env.PROTOCOL_HEADER = PROTO;
if (process.env.TRUST_PROXY === '1') process.env.ADDRESS_HEADER ??= 'x-forwarded-for';
// National registry files are a few megabytes; the import itself refuses more than 20 MB.
process.env.BODY_SIZE_LIMIT ??= '25M';

const { handler } = await import('../build/handler.js');

const host = process.env.HOST ?? '0.0.0.0';
const port = Number(process.env.PORT ?? '3000');
const trustProxy = process.env.TRUST_PROXY === '1';

const server = http.createServer((req, res) => {
	if (!trustProxy || !req.headers[PROTO]) {
		req.headers[PROTO] = 'encrypted' in req.socket && req.socket.encrypted ? 'https' : 'http';
	}
	handler(req, res, () => {
		res.statusCode = 404;
		res.end();
	});
});

// An idle kept-alive connection is closed by the server only after the clients and proxies in front
// of it have given up on it (they idle out at 60 s): closing it sooner races a request the client is
// just sending on it, which then fails with a reset connection.
const keepAlive = Number(process.env.KEEP_ALIVE_TIMEOUT ?? '65');
server.keepAliveTimeout = keepAlive * 1000;
server.headersTimeout = (keepAlive + 1) * 1000;

server.listen(port, host, () => {
	console.log(`Werkwijzer Samen Leren: http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`);
});

let stopping = false;
function shutdown(signal) {
	if (stopping) return;
	stopping = true;
	server.close(() => {
		// The app closes its database on this event; PGlite needs it to flush its data directory.
		process.emit('sveltekit:shutdown', signal);
	});
	server.closeIdleConnections();
	setTimeout(() => server.closeAllConnections(), 10_000).unref();
}
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
