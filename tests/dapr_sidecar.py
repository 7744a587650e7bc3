"""A Dapr sidecar double that speaks the real wire protocols, for the tests of the Dapr bus.

No ``daprd`` can run here, so the tests stand up this double instead. Towards the application
it is what ``daprd`` is:

* a **gRPC server** implementing the Dapr SDK's own generated ``DaprServicer`` (the service
  ``dapr.proto.runtime.v1.Dapr``): ``PublishEvent``, ``BulkPublishEvent``, ``GetSecret``,
  ``GetBulkSecret``, ``GetMetadata``, ``ScheduleJob`` / ``GetJob`` / ``DeleteJob`` (a job with an
  ``@every`` schedule is fired by ``POST /job/{name}`` on one running replica of its app id at
  a time, as Dapr's scheduler does; cron schedules are kept, not fired);
* an **HTTP client of the app channel**: once the app port accepts connections it asks
  ``GET /dapr/subscribe`` (once, as ``daprd`` does at start-up), joins the consumer groups the
  components name, and POSTs each event to its route as ``application/cloudevents+json``,
  honouring Dapr's answer contract: ``200`` with ``{"status": "SUCCESS"}`` (or no status) is
  done, ``RETRY`` or any status other than 2xx and 404 is delivered again after
  ``retry_interval`` up to ``retries`` times, ``DROP`` or ``404`` drops it; a dropped event, or one
  whose retries ran out, goes to the subscription's ``deadLetterTopic`` when it names one.

Behind the sidecars is one in-memory broker shared by every sidecar of a :class:`DaprCluster`
(one sidecar per "pod"), modelled on Kafka: each topic has :data:`PARTITIONS` partitions chosen
by the ``partitionKey`` metadata; a consumer group (named by the component's ``consumerID``,
``{appID}`` by default, ``{podName}`` for a broadcast component) keeps an offset per partition
and hands each partition to one member at a time, in order; a new group starts at the oldest
or the newest event (``initialOffset``). Publishing a CloudEvent as
``application/cloudevents+json`` keeps it as it is (Dapr only adds ``topic``, ``pubsubname`` and
the trace attributes); any other payload is wrapped in Dapr's envelope
(``com.dapr.event.sent``); ``rawPayload=true`` keeps the bytes, delivered as ``data_base64``.

What it does not model: resiliency policy files (``retries``/``retry_interval`` stand in),
bulk subscriptions, declarative ``Subscription`` resources, app health checks, mTLS and API
tokens.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import itertools
import json
import re
import uuid
import zlib
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import grpc
import httpx
from dapr.proto import api_v1
from dapr.proto.runtime.v1 import dapr_pb2_grpc

#: Partitions of every topic.
PARTITIONS = 4
#: How often an idle delivery loop looks for new events (seconds).
POLL = 0.01


@dataclass(frozen=True)
class Component:
    """A pub/sub component: its name, its consumer group template and where a new group
    starts reading (``oldest`` or ``newest``)."""

    name: str
    consumer_id: str = "{appID}"
    initial_offset: str = "oldest"


@dataclass
class Message:
    """One event on a partition: what is POSTed to the app (the envelope), or raw bytes."""

    envelope: dict[str, Any] | None
    raw: bytes = b""


@dataclass
class Member:
    """A sidecar subscribed to a topic on behalf of its app."""

    sidecar: Sidecar
    route: str
    dead_letter_topic: str | None
    pubsub: str


@dataclass
class Group:
    """A consumer group over one topic: an offset per partition, and its members."""

    topic: str
    name: str
    offsets: list[int]
    members: list[Member] = field(default_factory=list)

    def owner(self, partition: int) -> Member | None:
        """The member that reads ``partition`` (partitions are dealt out in member order)."""
        if not self.members:
            return None
        members = sorted(self.members, key=lambda m: m.sidecar.pod_name)
        return members[partition % len(members)]


@dataclass
class Delivery:
    """One POST to an app and what came of it."""

    pod: str
    route: str
    envelope: dict[str, Any]
    outcome: str


class DaprCluster:
    """The broker and the sidecars of one test: ``async with dapr_cluster() as cluster``."""

    def __init__(
        self,
        *,
        components: tuple[Component, ...] = (
            Component("todo-pubsub"),
            Component("todo-broadcast", consumer_id="{podName}", initial_offset="newest"),
        ),
        secrets: dict[str, dict[str, dict[str, str]]] | None = None,
        retries: int = 3,
        retry_interval: float = 0.05,
    ) -> None:
        self.components = {component.name: component for component in components}
        self.secrets = secrets or {}
        self.retries, self.retry_interval = retries, retry_interval
        self.topics: dict[str, list[list[Message]]] = {}
        self.groups: dict[tuple[str, str], Group] = {}
        self.sidecars: list[Sidecar] = []
        self.deliveries: list[Delivery] = []
        self._loops: list[asyncio.Task[None]] = []
        #: The jobs scheduled, by ``(app id, name)``, and ``(name, pod, status)`` of each firing.
        self.jobs: dict[tuple[str, str], Any] = {}
        self.firings: list[tuple[str, str, int]] = []
        self._timers: dict[tuple[str, str], asyncio.Task[None]] = {}
        self._firing: set[asyncio.Task[None]] = set()
        self._appended = 0
        self._closed = False

    def sidecar(self, *, app_port: int, app_id: str = "todo", pod_name: str = "") -> Sidecar:
        """A new sidecar for an app on ``app_port`` (start it with :meth:`Sidecar.start`)."""
        sidecar = Sidecar(self, app_port=app_port, app_id=app_id, pod_name=pod_name or app_id)
        self.sidecars.append(sidecar)
        return sidecar

    def log(self, topic: str) -> list[list[Message]]:
        """The partitions of ``topic`` (made on first use)."""
        return self.topics.setdefault(topic, [[] for _ in range(PARTITIONS)])

    def append(self, topic: str, message: Message, key: str) -> None:
        """Put ``message`` on the partition of ``key`` (any partition without a key)."""
        partitions = self.log(topic)
        self._appended += 1
        index = zlib.crc32(key.encode()) % PARTITIONS if key else self._appended % PARTITIONS
        partitions[index].append(message)

    def join(
        self, topic: str, component: Component, member: Member, ends: dict[str, list[int]]
    ) -> None:
        """Add ``member`` to the group its component names for it, making the group if new (at
        ``ends``, where the topics ended when the member subscribed, for ``newest``)."""
        name = (
            component.consumer_id.replace("{appID}", member.sidecar.app_id)
            .replace("{podName}", member.sidecar.pod_name)
            .replace("{namespace}", "default")
        )
        key = (topic, name)
        group = self.groups.get(key)
        if group is None:
            newest = component.initial_offset == "newest"
            start = ends.get(topic, [0] * PARTITIONS) if newest else [0] * PARTITIONS
            group = self.groups[key] = Group(topic, name, start)
            self._loops += [
                asyncio.create_task(self._read(group, partition)) for partition in range(PARTITIONS)
            ]
        group.members.append(member)

    def leave(self, sidecar: Sidecar) -> None:
        """Take ``sidecar`` out of every group (its partitions go to the other members)."""
        for group in self.groups.values():
            group.members = [m for m in group.members if m.sidecar is not sidecar]

    async def _read(self, group: Group, partition: int) -> None:
        """Deliver one partition of ``group`` in order, each event once it was settled."""
        attempts = 0
        while not self._closed:
            messages = self.log(group.topic)[partition]
            offset = group.offsets[partition]
            member = group.owner(partition)
            if offset >= len(messages) or member is None:
                await asyncio.sleep(POLL)
                continue
            message = messages[offset]
            outcome = await member.sidecar.deliver(member.route, message)
            if outcome == "RETRY":
                attempts += 1
                if attempts <= self.retries:
                    await asyncio.sleep(self.retry_interval)
                    continue
            if outcome in ("RETRY", "DROP") and member.dead_letter_topic:
                self.append(member.dead_letter_topic, message, key="")
            attempts = 0
            group.offsets[partition] = offset + 1

    def schedule(self, app_id: str, job: Any) -> None:
        """Keep ``job`` for ``app_id`` (replacing one of the same name) and, for an
        ``@every <duration>`` schedule, fire it on one running replica of the app each time."""
        self.unschedule(app_id, job.name)
        self.jobs[(app_id, job.name)] = job
        match = re.fullmatch(r"@every (\d+(?:\.\d+)?)(ms|s|m|h)", job.schedule)
        if match:
            scale = {"ms": 0.001, "s": 1.0, "m": 60.0, "h": 3600.0}[match.group(2)]
            period = float(match.group(1)) * scale
            self._timers[(app_id, job.name)] = asyncio.create_task(
                self._every(app_id, job.name, period)
            )

    def unschedule(self, app_id: str, name: str) -> None:
        """Forget the job, and stop firing it."""
        self.jobs.pop((app_id, name), None)
        timer = self._timers.pop((app_id, name), None)
        if timer is not None:
            timer.cancel()

    async def _every(self, app_id: str, name: str, period: float) -> None:
        turn = 0
        while not self._closed:
            await asyncio.sleep(period)
            replicas = [s for s in self.sidecars if s.app_id == app_id and s.asked.is_set()]
            replicas = [s for s in replicas if s._running]
            if not replicas:
                continue
            turn += 1
            sidecar = replicas[turn % len(replicas)]
            firing = asyncio.create_task(self._fire(sidecar, name))  # firings overlap freely
            self._firing.add(firing)
            firing.add_done_callback(self._firing.discard)

    async def _fire(self, sidecar: Sidecar, name: str) -> None:
        self.firings.append((name, sidecar.pod_name, await sidecar.fire(name)))

    async def aclose(self) -> None:
        """Stop every sidecar and delivery loop."""
        for timer in [*self._timers.values(), *self._firing]:
            timer.cancel()
        self._closed = True
        for sidecar in self.sidecars:
            await sidecar.stop()
        for task in self._loops:
            task.cancel()
        await asyncio.gather(
            *self._loops, *self._timers.values(), *self._firing, return_exceptions=True
        )


class Sidecar(dapr_pb2_grpc.DaprServicer):  # type: ignore[misc]
    """One pod's sidecar: the Dapr gRPC API on :attr:`grpc_port`, the app on ``app_port``."""

    def __init__(self, cluster: DaprCluster, *, app_port: int, app_id: str, pod_name: str) -> None:
        self.cluster = cluster
        self.app_port, self.app_id, self.pod_name = app_port, app_id, pod_name
        self.server = grpc.aio.server()
        dapr_pb2_grpc.add_DaprServicer_to_server(self, self.server)
        self.grpc_port: int = self.server.add_insecure_port("127.0.0.1:0")
        #: ``(topic, content type, data)`` of every publish this sidecar took.
        self.published: list[tuple[str, str, bytes]] = []
        #: What the app answered at ``GET /dapr/subscribe``.
        self.subscriptions: list[dict[str, Any]] = []
        self.asked = asyncio.Event()
        self._http = httpx.AsyncClient(timeout=10)
        self._discovery: asyncio.Task[None] | None = None
        self._running = False

    def url(self, **query: str) -> str:
        """The ``dapr://`` URL of this sidecar for its app."""
        extra = "".join(f"&{name}={value}" for name, value in query.items())
        return f"dapr://127.0.0.1:{self.grpc_port}?app_port={self.app_port}{extra}"

    async def start(self) -> None:
        """Serve the gRPC API and start looking for the app."""
        await self.server.start()
        self._running = True
        self._discovery = asyncio.create_task(self._discover())

    async def stop(self) -> None:
        """Leave the groups, stop serving and looking."""
        if not self._running:
            return
        self._running = False
        self.cluster.leave(self)
        if self._discovery is not None:
            self._discovery.cancel()
            await asyncio.gather(self._discovery, return_exceptions=True)
        await self.server.stop(grace=0.5)
        await self._http.aclose()

    async def _discover(self) -> None:
        """Wait for the app port, then ask for the subscriptions once and join the groups."""
        while self._running:
            # Where each topic ends when the sidecar asks: a new group reading "newest" starts
            # there (the app may publish as soon as it has answered).
            ends = {topic: [len(p) for p in parts] for topic, parts in self.cluster.topics.items()}
            try:
                answer = await self._http.get(self._app("/dapr/subscribe"))
            except httpx.TransportError:
                await asyncio.sleep(0.02)
                continue
            self.subscriptions = answer.json() if answer.status_code == 200 else []
            break
        for subscription in self.subscriptions:
            component = self.cluster.components.get(subscription.get("pubsubname", ""))
            route = subscription.get("route") or subscription.get("routes", {}).get("default")
            if component is None or not route or not subscription.get("topic"):
                continue  # daprd logs such a subscription and ignores it
            member = Member(self, route, subscription.get("deadLetterTopic"), component.name)
            self.cluster.join(subscription["topic"], component, member, ends)
        self.asked.set()

    def _app(self, path: str) -> str:
        return f"http://127.0.0.1:{self.app_port}{path}"

    async def deliver(self, route: str, message: Message) -> str:
        """POST one event to the app; say ``SUCCESS``, ``RETRY`` or ``DROP``."""
        envelope = message.envelope
        if envelope is None:  # a raw payload: Dapr hands it over base64-encoded
            envelope = _envelope(self, "", "", "application/octet-stream")
            envelope["data_base64"] = base64.b64encode(message.raw).decode()
        try:
            answer = await self._http.post(
                self._app(route),
                content=json.dumps(envelope).encode(),
                headers={"Content-Type": "application/cloudevents+json"},
            )
        except httpx.TransportError:
            outcome = "RETRY"
        else:
            outcome = _outcome(answer)
        self.cluster.deliveries.append(Delivery(self.pod_name, route, envelope, outcome))
        return outcome

    # --- The Dapr gRPC API --------------------------------------------------------------------

    async def PublishEvent(self, request: Any, context: Any) -> Any:
        """Put one event on its topic, wrapped as Dapr would."""
        await self._publish(
            request.pubsub_name,
            request.topic,
            request.data,
            request.data_content_type,
            dict(request.metadata),
            context,
        )
        return _empty()

    async def BulkPublishEvent(self, request: Any, context: Any) -> Any:
        """Put each entry on the topic; report none failed."""
        for entry in request.entries:
            metadata = {**dict(request.metadata), **dict(entry.metadata)}
            await self._publish(
                request.pubsub_name,
                request.topic,
                entry.event,
                entry.content_type,
                metadata,
                context,
            )
        return api_v1.BulkPublishResponse()

    async def BulkPublishEventAlpha1(self, request: Any, context: Any) -> Any:
        return await self.BulkPublishEvent(request, context)

    async def GetMetadata(self, request: Any, context: Any) -> Any:
        """Name the app id and the components loaded."""
        components = [
            api_v1.RegisteredComponents(name=name, type="pubsub.kafka", version="v1")
            for name in self.cluster.components
        ] + [
            api_v1.RegisteredComponents(name=name, type="secretstores.kubernetes", version="v1")
            for name in self.cluster.secrets
        ]
        return api_v1.GetMetadataResponse(id=self.app_id, registered_components=components)

    async def GetSecret(self, request: Any, context: Any) -> Any:
        """Answer one secret (a map of values) of a store, or the error daprd gives."""
        store = self.cluster.secrets.get(request.store_name)
        if store is None:
            await context.abort(
                grpc.StatusCode.INVALID_ARGUMENT,
                f"failed finding secret store with key {request.store_name}",
            )
        secret = store.get(request.key) if store is not None else None
        if secret is None:
            await context.abort(
                grpc.StatusCode.INTERNAL,
                f"failed getting secret with key {request.key} from secret store "
                f"{request.store_name}: secret not found",
            )
        return api_v1.GetSecretResponse(data=secret)

    async def GetBulkSecret(self, request: Any, context: Any) -> Any:
        """Answer every secret of a store."""
        store = self.cluster.secrets.get(request.store_name)
        if store is None:
            await context.abort(
                grpc.StatusCode.INVALID_ARGUMENT,
                f"failed finding secret store with key {request.store_name}",
            )
        data = {key: api_v1.SecretResponse(secrets=values) for key, values in store.items()}
        return api_v1.GetBulkSecretResponse(data=data)

    async def ScheduleJob(self, request: Any, context: Any) -> Any:
        """Keep the job for this app id, and fire it as its ``@every`` schedule says."""
        key = (self.app_id, request.job.name)
        if not request.job.name:
            await context.abort(grpc.StatusCode.INVALID_ARGUMENT, "job name is empty")
        if key in self.cluster.jobs and not request.overwrite:
            await context.abort(grpc.StatusCode.ALREADY_EXISTS, "job already exists")
        self.cluster.schedule(self.app_id, request.job)
        return api_v1.ScheduleJobResponse()

    async def ScheduleJobAlpha1(self, request: Any, context: Any) -> Any:
        return await self.ScheduleJob(request, context)

    async def GetJob(self, request: Any, context: Any) -> Any:
        job = self.cluster.jobs.get((self.app_id, request.name))
        if job is None:
            await context.abort(grpc.StatusCode.NOT_FOUND, f"job not found: {request.name}")
        return api_v1.GetJobResponse(job=job)

    async def DeleteJob(self, request: Any, context: Any) -> Any:
        self.cluster.unschedule(self.app_id, request.name)
        return api_v1.DeleteJobResponse()

    async def fire(self, name: str) -> int:
        """POST ``/job/{name}`` to the app, as daprd does when the scheduler fires it; return
        the status (0 when the app cannot be reached)."""
        try:
            answer = await self._http.post(self._app(f"/job/{name}"), content=b"")
        except httpx.TransportError:
            return 0
        return answer.status_code

    async def _publish(
        self,
        pubsub: str,
        topic: str,
        data: bytes,
        content_type: str,
        metadata: dict[str, str],
        context: Any,
    ) -> None:
        if pubsub not in self.cluster.components:
            await context.abort(grpc.StatusCode.INVALID_ARGUMENT, f"pubsub {pubsub} not found")
        if not topic:
            await context.abort(grpc.StatusCode.INVALID_ARGUMENT, "topic is empty")
        self.published.append((topic, content_type, data))
        key = metadata.get("partitionKey", "")
        if metadata.get("rawPayload", "").lower() == "true":
            self.cluster.append(topic, Message(None, data), key)
            return
        if content_type.startswith("application/cloudevents+json"):
            try:
                event = json.loads(data)
            except ValueError:
                event = None
            if not isinstance(event, dict):
                await context.abort(
                    grpc.StatusCode.INVALID_ARGUMENT, "the payload is not a CloudEvent"
                )
            envelope = {**_envelope(self, topic, pubsub, "application/json"), **event}
            envelope.update(topic=topic, pubsubname=pubsub)
        else:
            envelope = _envelope(self, topic, pubsub, content_type or "text/plain")
            try:
                envelope["data"] = json.loads(data) if "json" in content_type else data.decode()
            except ValueError:
                envelope["data"] = data.decode(errors="replace")
        self.cluster.append(topic, Message(envelope), key)


def _envelope(sidecar: Sidecar, topic: str, pubsub: str, content_type: str) -> dict[str, Any]:
    """Dapr's CloudEvent envelope around a payload (the payload itself goes in ``data``)."""
    trace = f"00-{uuid.uuid4().hex}-{uuid.uuid4().hex[:16]}-01"
    return {
        "specversion": "1.0",
        "id": str(uuid.uuid4()),
        "source": sidecar.app_id,
        "type": "com.dapr.event.sent",
        "datacontenttype": content_type,
        "time": datetime.now(UTC).isoformat(),
        "topic": topic,
        "pubsubname": pubsub,
        "traceid": trace,
        "traceparent": trace,
        "tracestate": "",
    }


def _outcome(answer: httpx.Response) -> str:
    """Read the app's answer as daprd does."""
    if answer.status_code == 404:
        return "DROP"
    if not 200 <= answer.status_code < 300:
        return "RETRY"
    try:
        body = answer.json()
    except ValueError:
        return "SUCCESS"
    status = str(body.get("status") or "SUCCESS").upper() if isinstance(body, dict) else "SUCCESS"
    return status if status in ("SUCCESS", "RETRY", "DROP") else "RETRY"


def _empty() -> Any:
    from google.protobuf.empty_pb2 import Empty

    return Empty()


_PORTS_GIVEN = itertools.count()


def free_port() -> int:
    """A TCP port free on 127.0.0.1 right now (for an app channel), below the kernel's range of
    ephemeral ports: a port the kernel handed out could be taken again by any outgoing
    connection (the sidecar's own, say) before the app channel listens on it."""
    import os
    import socket

    start = (os.getpid() * 7919 + next(_PORTS_GIVEN) * 101) % 10000
    for offset in range(10000):
        port = 20000 + (start + offset) % 10000
        with socket.socket() as probe:
            try:
                probe.bind(("127.0.0.1", port))
            except OSError:
                continue
        return port
    raise RuntimeError("no free port between 20000 and 30000 on 127.0.0.1")


@asynccontextmanager
async def dapr_cluster(**options: Any) -> AsyncIterator[DaprCluster]:
    """A :class:`DaprCluster` closed (every sidecar and loop stopped) on the way out."""
    cluster = DaprCluster(**options)
    try:
        yield cluster
    finally:
        with contextlib.suppress(Exception):
            await asyncio.wait_for(cluster.aclose(), 10)
