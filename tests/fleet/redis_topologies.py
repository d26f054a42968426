"""Real Redis deployments on 127.0.0.1 for the failover tests: one server (optionally TLS with an
ACL user), a primary with two replicas and three Sentinels, and a six-node cluster.

Every process is started here on free ports in a temp folder and killed in ``stop()``; every
wait is bounded. Administration goes through redis-py, as a user's tooling would. Used by the
tests and by ``benchmarks/bench_fleet.py`` (so it needs nothing but redis-py, and trustme for TLS).
"""

from __future__ import annotations

import shutil
import signal
import socket
import subprocess
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import redis


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


SERVICE = "fleetmaster"
BOOT_LIMIT = 30.0


def wait_until(condition: Callable[[], bool], what: str, limit: float = BOOT_LIMIT) -> None:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        try:
            if condition():
                return
        except (redis.RedisError, OSError):
            pass
        time.sleep(0.05)
    raise RuntimeError(f"timed out waiting for {what}")


def _peers(c: redis.Redis) -> set[str]:
    """Addresses this node knows as settled cluster members: a node still in its handshake, or
    without an address yet, is not counted (nor does a stale handshake entry spoil the count)."""
    nodes: dict[str, dict[str, object]] = c.cluster("nodes")
    return {
        address for address, node in nodes.items() if not {"handshake", "noaddr"} & set(str(node["flags"]).split(","))
    }


def _peer_table(c: redis.Redis) -> list[tuple[str, object]]:
    try:
        return sorted((address, node["flags"]) for address, node in c.cluster("nodes").items())
    except (redis.RedisError, OSError) as exc:
        return [("unreadable", repr(exc))]


def binaries() -> tuple[str, str] | None:
    server, cli = shutil.which("redis-server"), shutil.which("redis-cli")
    return (server, cli) if server and cli else None


class Node:
    """One redis-server process (a data node or a Sentinel) with its own folder and config file."""

    def __init__(self, binary: str, workdir: Path, name: str, config: list[str], *, sentinel: bool = False) -> None:
        self.binary, self.name, self.sentinel = binary, name, sentinel
        self.port = free_port()
        self.dir = workdir / name
        self.dir.mkdir(parents=True, exist_ok=True)
        self.config = [f"port {self.port}", "bind 127.0.0.1", f"dir {self.dir}", 'save ""', "appendonly no", *config]
        self.process: subprocess.Popen[bytes] | None = None
        self.admin: dict[str, Any] = {}  # extra redis.Redis options for the readiness check

    def start(self) -> None:
        conf = self.dir / "redis.conf"
        conf.write_text("\n".join(self.config) + "\n")
        args = [self.binary, str(conf)] + (["--sentinel"] if self.sentinel else [])
        log = (self.dir / "log").open("ab")
        self.process = subprocess.Popen(args, cwd=self.dir, stdout=log, stderr=subprocess.STDOUT)
        wait_until(lambda: self.client().ping(), f"{self.name} to answer")

    def client(self, **options: Any) -> redis.Redis:
        return redis.Redis(port=self.port, socket_timeout=1.0, **{**self.admin, **options})

    def signal(self, sig: signal.Signals) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(sig)

    def kill(self) -> None:
        if self.process is not None:
            if self.process.poll() is None:
                self.process.send_signal(signal.SIGCONT)  # a paused process cannot die of SIGTERM
                self.process.kill()
            self.process.wait(10)
            self.process = None


class Deployment:
    def __init__(self, workdir: Path) -> None:
        found = binaries()
        assert found is not None
        self.server, self.cli = found
        self.workdir = workdir
        self.nodes: list[Node] = []
        self.plan()  # every port is chosen now, so the URL is known before anything starts

    def plan(self) -> None:
        raise NotImplementedError

    def start(self) -> None:
        raise NotImplementedError

    def node(self, name: str, config: list[str], *, sentinel: bool = False) -> Node:
        node = Node(self.server, self.workdir, name, config, sentinel=sentinel)
        self.nodes.append(node)
        return node

    def stop(self) -> None:
        for node in self.nodes:
            node.kill()


class SentinelDeployment(Deployment):
    """A primary, two replicas and three Sentinels (quorum 2) that fail over within a few seconds."""

    def plan(self) -> None:
        self.primary = self.node("primary", [])
        self.replicas = [self.node(f"replica{i}", [f"replicaof 127.0.0.1 {self.primary.port}"]) for i in (1, 2)]
        self.sentinels = [
            self.node(
                f"sentinel{i}",
                [
                    f"sentinel monitor {SERVICE} 127.0.0.1 {self.primary.port} 2",
                    f"sentinel down-after-milliseconds {SERVICE} 1000",
                    f"sentinel failover-timeout {SERVICE} 4000",
                    f"sentinel parallel-syncs {SERVICE} 2",
                ],
                sentinel=True,
            )
            for i in (1, 2, 3)
        ]

    def start(self) -> None:
        self.primary.start()
        for replica in self.replicas:
            replica.start()
        for replica in self.replicas:
            wait_until(lambda r=replica: r.client().info("replication")["master_link_status"] == "up", "replication")
        for sentinel in self.sentinels:
            sentinel.start()
        for sentinel in self.sentinels:
            s = sentinel.client()
            wait_until(lambda s=s: len(s.sentinel_slaves(SERVICE)) == 2, "the Sentinels to see both replicas")
            wait_until(lambda s=s: len(s.sentinel_sentinels(SERVICE)) == 2, "the Sentinels to see each other")

    @property
    def url(self) -> str:
        hosts = ",".join(f"127.0.0.1:{s.port}" for s in self.sentinels)
        return f"redis+sentinel://{hosts}/{SERVICE}/0"

    def current_primary(self) -> Node:
        _host, port = self.sentinels[0].client().sentinel_get_master_addr_by_name(SERVICE)
        return next(n for n in [self.primary, *self.replicas] if n.port == int(port))

    def promoted_since(self, old: Node) -> bool:
        return all(
            int(s.client().sentinel_get_master_addr_by_name(SERVICE)[1]) != old.port
            for s in self.sentinels
            if s.process is not None
        )


class ClusterDeployment(Deployment):
    """Three primaries and three replicas, created with ``redis-cli --cluster create``."""

    def plan(self) -> None:
        self.members = []
        for i in range(6):
            bus = free_port()
            self.members.append(
                self.node(
                    f"node{i}",
                    [
                        "cluster-enabled yes",
                        "cluster-config-file nodes.conf",
                        "cluster-node-timeout 1000",
                        f"cluster-port {bus}",
                    ],
                )
            )

    def start(self) -> None:
        for member in self.members:
            member.start()
        addresses = [f"127.0.0.1:{m.port}" for m in self.members]
        subprocess.run(
            [self.cli, "--cluster", "create", *addresses, "--cluster-replicas", "1", "--cluster-yes"],
            check=True,
            capture_output=True,
            timeout=BOOT_LIMIT,
        )
        for member in self.members:
            c = member.client()
            others = set(addresses) - {f"127.0.0.1:{member.port}"}
            wait_until(lambda c=c: c.cluster("info")["cluster_state"] == "ok", "the cluster to be ok")
            try:
                wait_until(lambda c=c, others=others: others <= _peers(c), "every node to know every node")
            except RuntimeError:
                # What the node did know, for the next time this happens (seen once, under load).
                raise RuntimeError(f"node {member.port} knows {_peer_table(c)}; wanted {sorted(others)}") from None
        # A replica whose link to its primary is not up yet cannot be promoted: a loss right after the
        # start would then wait for the link, not for the failover the tests are about.
        for member in self.members:
            c = member.client()
            wait_until(lambda c=c: _replica_ready(c.info("replication")), "every replica linked to its primary")

    @property
    def url(self) -> str:
        return "redis+cluster://" + ",".join(f"127.0.0.1:{m.port}" for m in self.members[:3])

    def owner_of(self, key: str) -> Node:
        """The primary that serves ``key``'s slot (``CLUSTER KEYSLOT`` + the slot map)."""
        admin = self.members[0].client()
        slot = int(admin.execute_command("CLUSTER", "KEYSLOT", key))
        for start, end, primary, *_ in admin.execute_command("CLUSTER", "SLOTS"):
            if start <= slot <= end:
                port = int(primary[1])
                return next(m for m in self.members if m.port == port)
        raise AssertionError(f"no node serves slot {slot}")

    def promoted_since(self, old: Node, key: str) -> bool:
        alive = next(m for m in self.members if m is not old and m.process is not None and m.process.poll() is None)
        c = alive.client()
        slot = int(c.execute_command("CLUSTER", "KEYSLOT", key))
        info = c.cluster("info")
        owner = next(int(p[1]) for s, e, p, *_ in c.execute_command("CLUSTER", "SLOTS") if s <= slot <= e)
        return info["cluster_state"] == "ok" and owner != old.port


def _replica_ready(replication: dict[str, Any]) -> bool:
    return replication.get("role") != "slave" or replication.get("master_link_status") == "up"


class TLSDeployment(Deployment):
    """One TLS-only server with a certificate made here and an ACL user (the default user is off)."""

    USER, PASSWORD = "fleet", "s3cret-acl-pass"

    def plan(self) -> None:
        import trustme

        ca = trustme.CA()
        cert = ca.issue_cert("127.0.0.1", "localhost")
        self.ca_file = self.workdir / "ca.pem"
        ca.cert_pem.write_to_path(str(self.ca_file))
        cert.private_key_and_cert_chain_pem.write_to_path(str(self.workdir / "server.pem"))
        pem = str(self.workdir / "server.pem")
        self.server_node = self.node("tls", [])
        tls_port = self.server_node.port
        self.server_node.config = [
            line if not line.startswith("port ") else "port 0" for line in self.server_node.config
        ] + [
            f"tls-port {tls_port}",
            f"tls-cert-file {pem}",
            f"tls-key-file {pem}",
            f"tls-ca-cert-file {self.ca_file}",
            "tls-auth-clients no",
            "user default off",
            # least privilege: what the cache needs (README), plus PING and SCAN for the test itself
            f"user {self.USER} on >{self.PASSWORD} ~auth-overlay:* -@all +get +set +del +eval +evalsha"
            " +script|load +ping +scan",
        ]
        self.server_node.admin = {
            "ssl": True,
            "ssl_ca_certs": str(self.ca_file),
            "username": self.USER,
            "password": self.PASSWORD,
        }

    def start(self) -> None:
        self.server_node.start()

    @property
    def url(self) -> str:
        return f"rediss://{self.USER}:{self.PASSWORD}@127.0.0.1:{self.server_node.port}/0?ssl_ca_certs={self.ca_file}"


class SingleDeployment(Deployment):
    """One plain server."""

    def plan(self) -> None:
        self.server_node = self.node("single", [])

    def start(self) -> None:
        self.server_node.start()

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.server_node.port}/0"
