/**
 * Where the machine's CPU went during a measurement (Linux /proc; zeros elsewhere): a figure is only
 * worth reporting when the servers, the database and the load generator had the machine to
 * themselves, so what other processes took is reported beside them.
 */
import fs from 'node:fs';
import process from 'node:process';

const TICK = 100; // USER_HZ on Linux

/** CPU seconds since boot (bench: since this process started), per server in the order given. */
export type Cpu = { servers: number[]; postgres: number; bench: number; busy: number; total: number };

/** Shares of the whole machine (all cores = 100 %). */
export type CpuShares = { servers: number[]; postgres: number; bench: number; other: number; idle: number };

function ticksOf(pid: string | number): { comm: string; ticks: number } {
	try {
		const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
		// The command may contain spaces and parentheses: the fields start after the last ')'.
		const close = stat.lastIndexOf(')');
		const fields = stat.slice(close + 2).split(' ');
		// after "pid (comm) ": state is field 3, utime 14 and stime 15 (1-based in proc(5))
		return { comm: stat.slice(stat.indexOf('(') + 1, close), ticks: Number(fields[11]) + Number(fields[12]) };
	} catch {
		// gone between readdir and read
		return { comm: '', ticks: 0 };
	}
}

export function cpuSnapshot(serverPids: (number | undefined)[]): Cpu {
	if (!fs.existsSync('/proc/stat'))
		return { servers: serverPids.map(() => 0), postgres: 0, bench: 0, busy: 0, total: 0 };
	let postgres = 0;
	for (const pid of fs.readdirSync('/proc')) {
		if (!/^[0-9]+$/.test(pid)) continue;
		const p = ticksOf(pid);
		if (p.comm === 'postgres') postgres += p.ticks;
	}
	const [cpuLine = ''] = fs.readFileSync('/proc/stat', 'utf8').split('\n');
	const n = cpuLine.trim().split(/\s+/).slice(1).map(Number);
	const idle = (n[3] ?? 0) + (n[4] ?? 0);
	const total = n.slice(0, 8).reduce((a, b) => a + b, 0);
	const usage = process.cpuUsage();
	return {
		servers: serverPids.map((pid) => (pid ? ticksOf(pid).ticks / TICK : 0)),
		postgres: postgres / TICK,
		bench: (usage.user + usage.system) / 1e6,
		busy: (total - idle) / TICK,
		total: total / TICK
	};
}

/** The servers as one, for a deployment measured as a whole (several processes behind one figure). */
export function serversTogether(cpu: Cpu): Cpu {
	return { ...cpu, servers: [cpu.servers.reduce((a, b) => a + b, 0)] };
}

export function cpuShares(a: Cpu, b: Cpu): CpuShares {
	const total = b.total - a.total || 1;
	const pct = (x: number) => Math.round((1000 * x) / total) / 10;
	const servers = b.servers.map((s, i) => s - (a.servers[i] ?? 0));
	const postgres = b.postgres - a.postgres;
	const bench = b.bench - a.bench;
	const busy = b.busy - a.busy;
	const known = servers.reduce((x, y) => x + y, 0) + postgres + bench;
	return {
		servers: servers.map(pct),
		postgres: pct(postgres),
		bench: pct(bench),
		other: pct(Math.max(0, busy - known)),
		idle: pct(total - busy)
	};
}
