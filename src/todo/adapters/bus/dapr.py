"""The event bus through a Dapr sidecar (``dapr://``): publish with the SDK, subscribe on the app
channel.

``TODO_BROKER_URL=dapr://127.0.0.1:50001?app_port=6001&pubsub=todo-pubsub&broadcast=todo-broadcast``
names the sidecar's gRPC address (Dapr sets ``DAPR_GRPC_PORT``, 50001 by default), the port of
the *app channel* this bus serves for the sidecar (``dapr.io/app-port``, 6001 by default; on
``app_host``, loopback by default) and two pub/sub components of the sidecar:

* ``pubsub`` (``todo-pubsub``) carries every event and the **groups**. Dapr hands each event to
  one replica of an app id, so the consumer group is the app id (``todo-worker``): its replicas
  share the work. Within one process every group subscribed to a topic gets each event (the
  bus hands the one delivery to each of them), so every replica of one app id must subscribe to
  the same groups. A new group reads the topic from its oldest retained event (the component's
  ``initialOffset: oldest``), which stands in for :meth:`DaprBus.expect`.
* ``broadcast`` (``todo-broadcast``) reads the same topics with a consumer group per pod
  (``consumerID: "{podName}"``, newest events only): every replica gets every event — how each
  API replica hears every change for its WebSocket clients.

Events are published through the sidecar's gRPC API with the official Dapr SDK's generated
client (``dapr.proto``), each with its key as ``partitionKey`` (Kafka orders each key's events).
A CloudEvent (our events are) goes as ``application/cloudevents+json``, so Dapr does not wrap it
in a second envelope; anything else goes as ``application/json`` and Dapr wraps it. A delivery
may come either way — our event as it was published, or inside Dapr's envelope (``data``, or
``data_base64`` for a raw payload) — and the handlers get the event itself.

Answers on the app channel follow Dapr's contract: ``{"status": "SUCCESS"}`` once every handler
returned, ``RETRY`` when one raised (Dapr delivers it again, per its resiliency policy; the
handlers that had succeeded are not called again for it by this process), ``DROP`` for a body
that is not an event. Each group topic names a dead-letter topic
(``{prefix}.{topic}.dead-letters``) where Dapr puts what it dropped or gave up retrying; the bus
subscribes to it too and hands those events to the same groups once more (a database that was
down for longer than Dapr retried is back by then); what fails there too is dropped by Dapr and
is still in the outbox for ``todo events replay``.

The bus is also a :class:`~todo.adapters.bus.protocol.JobTrigger`: :meth:`DaprBus.every`
schedules a job with Dapr's Jobs API (``@every`` period, a failed firing dropped), and Dapr's
scheduler fires it on one replica of the app id at a time, as ``POST /job/{name}`` on the app
channel — how ``TODO_REMINDER_TRIGGER=dapr-jobs`` fires reminders.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Sequence
from typing import Any
from urllib.parse import quote

from todo.adapters.bus.app_channel import AppChannel
from todo.adapters.bus.dapr_wire import CLOUDEVENTS, DaprAddress, Route, is_cloud_event, unwrap
from todo.adapters.bus.protocol import Handler, JobHandler, ManyHandler, Outgoing, redact
from todo.errors import BrokerUnavailable

log = logging.getLogger(__name__)

#: Seconds a call to the sidecar may take before it counts as unreachable.
SIDECAR_TIMEOUT = 3.0
#: How much longer a batch may take, per event in it (seconds).
PER_EVENT_TIMEOUT = 0.1
#: Seconds :meth:`DaprBus.start` waits for the sidecar to ask for the subscriptions.
SUBSCRIBE_WAIT = 10.0


class DaprBus:
    """An event bus through a Dapr sidecar: ``open_bus("dapr://127.0.0.1:50001", member="w-1")``."""

    kind = "dapr"

    def __init__(self, url: str, *, prefix: str) -> None:
        self.address = DaprAddress.parse(url)
        self.prefix = prefix
        self._where = redact(url)
        self._groups: dict[str, list[tuple[str, Handler]]] = {}
        self._broadcasts: dict[str, list[tuple[str, Handler]]] = {}
        self._routes: dict[str, Route] = {}
        self._channel: Any = None
        self._stub: Any = None
        self._app = AppChannel(self.address.app_host, self.address.app_port, self._respond)
        #: The jobs Dapr's Jobs API fires here, by their Dapr name: every how many seconds, what.
        self._jobs: dict[str, tuple[float, JobHandler, asyncio.Lock]] = {}
        #: Set once the sidecar has asked for the subscriptions (a sidecar asks once).
        self.asked = asyncio.Event()
        self._started = False
        self._stopping = False

    def subscribe(
        self,
        topic: str,
        handler: Handler,
        *,
        group: str | None,
        many: ManyHandler | None = None,
    ) -> None:
        """Have the sidecar deliver ``topic`` here: to ``group`` on the pub/sub component (one
        replica of this app id per event), or with ``group=None`` on the broadcast component
        (every replica). ``many`` is not used."""
        if self._routes:
            raise RuntimeError("Subscribe before the bus starts.")
        table = self._broadcasts if group is None else self._groups
        table.setdefault(topic, []).append((f"{topic} ({group or 'this process'})", handler))

    def expect(self, topic: str, group: str) -> None:
        """Nothing to do: a new group reads the topic from its oldest event (the pub/sub
        component's ``initialOffset: oldest``)."""

    def every(self, name: str, seconds: float, handler: JobHandler) -> None:
        """Have Dapr's Jobs API call ``handler`` every ``seconds`` on one replica of this app id
        (the job ``{prefix}-{name}``, scheduled at :meth:`start`; Dapr POSTs ``/job/{name}``);
        a firing that comes while the last one still runs is skipped, a failed one dropped."""
        self._jobs[self.job_name(name)] = (seconds, handler, asyncio.Lock())

    def job_name(self, name: str) -> str:
        """The Dapr name of the job ``name``: ``todo-reminders``."""
        return f"{self.prefix}-{name}"

    def subscriptions(self) -> list[dict[str, Any]]:
        """What ``GET /dapr/subscribe`` answers: a subscription per topic and component, each
        group topic with its dead-letter topic (and a subscription to that)."""
        found: list[dict[str, Any]] = []
        for topic in self._groups:
            found.append(
                {
                    "pubsubname": self.address.pubsub,
                    "topic": self.topic(topic),
                    "route": f"/events/{quote(topic)}",
                    "deadLetterTopic": self.dead_letter_topic(topic),
                }
            )
            found.append(
                {
                    "pubsubname": self.address.pubsub,
                    "topic": self.dead_letter_topic(topic),
                    "route": f"/dead-letters/{quote(topic)}",
                }
            )
        for topic in self._broadcasts:
            found.append(
                {
                    "pubsubname": self.address.broadcast,
                    "topic": self.topic(topic),
                    "route": f"/live/{quote(topic)}",
                }
            )
        return found

    def topic(self, topic: str) -> str:
        """The broker's name of ``topic``: ``todo.task-events``."""
        return f"{self.prefix}.{topic}"

    def dead_letter_topic(self, topic: str) -> str:
        """Where Dapr puts the events of ``topic`` it gave up on (retries spent, or dropped):
        ``todo.task-events.dead-letters``."""
        return f"{self.prefix}.{topic}.dead-letters"

    async def start(self) -> None:
        """Serve the app channel, reach the sidecar, schedule the jobs, and wait (up to
        :data:`SUBSCRIBE_WAIT`) for the sidecar to ask for the subscriptions.

        The app channel listens first, and stays listening when the sidecar cannot be reached
        yet (a sidecar may wait for the app port before it serves); :meth:`stop` closes it.
        Raises :class:`BrokerUnavailable` when the app port cannot be listened on, or the
        sidecar does not answer, lacks a component or cannot schedule a job.
        """
        if self._started:
            return
        if not self._routes:
            for topic, handlers in self._groups.items():
                self._routes[f"/events/{quote(topic)}"] = Route(topic, handlers)
                self._routes[f"/dead-letters/{quote(topic)}"] = Route(topic, handlers)
            for topic, handlers in self._broadcasts.items():
                self._routes[f"/live/{quote(topic)}"] = Route(topic, handlers)
        self._stopping = False
        try:
            await self._app.start()
        except OSError as error:
            raise BrokerUnavailable(
                f"The Dapr app channel cannot listen on {self.address.app_host}:"
                f"{self.address.app_port} ({error.strerror or 'refused'}); under Dapr run one "
                "process per pod (todo serve --workers 1) and give each its own app_port."
            ) from None
        problem = await self.check()
        if problem is not None:
            await self._close_channel()
            raise BrokerUnavailable(problem[0].upper() + problem[1:] + ".")
        try:
            await self._schedule_jobs()
        except BrokerUnavailable:
            await self._close_channel()
            raise
        self._started = True
        if not self.asked.is_set():
            try:
                await asyncio.wait_for(self.asked.wait(), SUBSCRIBE_WAIT)
            except TimeoutError:
                log.warning(
                    "the Dapr sidecar has not asked for the subscriptions; is its app port "
                    "(dapr.io/app-port) %s?",
                    self.address.app_port,
                )

    async def stop(self) -> None:
        """Stop the app channel (deliveries under way finish) and close the sidecar channel."""
        self._stopping = True
        self._started = False
        await self._app.stop()
        await self._close_channel()

    def stalled(self) -> list[str]:
        """Name the subscriptions that cannot be delivered: all of them when the app channel
        stopped listening while the bus runs."""
        if not self._started or self._app.serving:
            return []
        return [name for table in (self._groups, self._broadcasts) for name, _ in _all(table)]

    async def publish(self, topic: str, event: dict[str, Any], *, key: str) -> None:
        """Publish ``event`` through the sidecar; return once it holds it (see
        :class:`~todo.adapters.bus.protocol.Bus`)."""
        await self.publish_many([(topic, key, event)])

    async def publish_many(self, events: Sequence[Outgoing]) -> None:
        """Publish ``(topic, key, event)`` triples in order, each once the one before it was
        accepted (Dapr's bulk publish makes no promise of order)."""
        import grpc
        from dapr.proto import api_v1

        stub = self._connect()
        try:
            async with asyncio.timeout(SIDECAR_TIMEOUT + len(events) * PER_EVENT_TIMEOUT):
                for topic, key, event in events:
                    cloud = is_cloud_event(event)
                    request = api_v1.PublishEventRequest(
                        pubsub_name=self.address.pubsub,
                        topic=self.topic(topic),
                        data=json.dumps(event, separators=(",", ":")).encode(),
                        data_content_type=CLOUDEVENTS if cloud else "application/json",
                        metadata={"partitionKey": key},
                    )
                    await stub.PublishEvent(request)
        except (TimeoutError, OSError, grpc.aio.AioRpcError) as error:
            raise self._unavailable(error) from None

    async def check(self) -> str | None:
        """Return ``None`` when the sidecar answers and has both components, else one sentence
        saying what is wrong."""
        import grpc
        from dapr.proto import api_v1

        stub = self._connect()
        try:
            answer = await stub.GetMetadata(api_v1.GetMetadataRequest(), timeout=SIDECAR_TIMEOUT)
        except (TimeoutError, OSError, grpc.aio.AioRpcError) as error:
            log.debug("sidecar error: %s", type(error).__name__)
            if not self._started:
                await self._close_channel()
            return f"the broker at {self._where} cannot be reached"
        components = {item.name for item in answer.registered_components}
        wanted = [self.address.pubsub] + ([self.address.broadcast] if self._broadcasts else [])
        missing = [name for name in wanted if name not in components]
        if missing:
            return f"the Dapr sidecar at {self._where} has no component named {missing[0]}"
        return None

    def _connect(self) -> Any:
        """The sidecar's gRPC client (the SDK's generated stub), opened on first use."""
        if self._stub is None:
            import grpc
            from dapr.proto import api_service_v1

            stub: Any = api_service_v1.DaprStub  # generated without annotations
            self._channel = grpc.aio.insecure_channel(self.address.grpc)
            self._stub = stub(self._channel)
        return self._stub

    async def _schedule_jobs(self) -> None:
        """Schedule (or schedule again: the name is kept) each job with the sidecar."""
        import grpc
        from dapr.proto import api_v1, common_v1

        stub = self._connect()
        for name, (seconds, _, _) in self._jobs.items():
            job = api_v1.Job(
                name=name,
                schedule=f"@every {max(1, round(seconds * 1000))}ms",
                failure_policy=common_v1.JobFailurePolicy(drop=common_v1.JobFailurePolicyDrop()),
            )
            request = api_v1.ScheduleJobRequest(job=job, overwrite=True)
            try:
                await stub.ScheduleJob(request, timeout=SIDECAR_TIMEOUT)
            except (TimeoutError, OSError, grpc.aio.AioRpcError) as error:
                code = getattr(error, "code", None)
                reason = code().name if callable(code) else type(error).__name__
                raise BrokerUnavailable(
                    f"The Dapr sidecar at {self._where} cannot schedule the job {name} "
                    f"({reason}); is Dapr's scheduler service running?"
                ) from None

    async def _fire(self, name: str) -> tuple[int, Any]:
        """Run the job ``name`` once, unless it is running already."""
        seconds, handler, running = self._jobs[name]
        if running.locked():
            return 200, {"skipped": "the last firing still runs"}
        async with running:
            try:
                await handler()
            except Exception:
                log.exception("The job %s failed; Dapr fires it again in %.3g s.", name, seconds)
                return 500, {"error": "the job failed"}
        return 200, {}

    async def _close_channel(self) -> None:
        channel, self._channel, self._stub = self._channel, None, None
        if channel is not None:
            await channel.close()

    def _unavailable(self, error: BaseException) -> BrokerUnavailable:
        code = getattr(error, "code", None)
        reason = code().name if callable(code) else type(error).__name__
        log.debug("sidecar error: %s", reason)  # the details may quote the broker's address
        return BrokerUnavailable(
            f"The Dapr sidecar at {self._where} cannot take the events ({reason})."
        )

    async def _respond(self, method: str, path: str, body: bytes) -> tuple[int, Any]:
        """Answer one request of the sidecar on the app channel."""
        path = path.partition("?")[0]
        if method == "GET" and path == "/dapr/subscribe":
            self.asked.set()
            return 200, self.subscriptions()
        if method == "GET" and path == "/healthz":
            return 200, {"status": "ok"}
        job = path.removeprefix("/job/") if path.startswith("/job/") else None
        if method == "POST" and job in self._jobs:
            return (503, {}) if self._stopping else await self._fire(job)
        route = self._routes.get(path) if method == "POST" else None
        if route is None:
            return 404, {"error": f"nothing is subscribed at {method} {path[:100]}"}
        if self._stopping:
            return 503, {"status": "RETRY"}
        try:
            event = unwrap(json.loads(body))
        except ValueError:
            event = None
        if event is None:
            log.warning("Dapr delivered something that is not an event on %s; dropped.", path)
            return 200, {"status": "DROP"}
        return 200, {"status": await route.deliver(event)}


def _all(table: dict[str, list[tuple[str, Handler]]]) -> list[tuple[str, Handler]]:
    return [entry for handlers in table.values() for entry in handlers]
