"""The Helm chart in deploy/helm/todo-evolution, checked offline: nothing is installed.

For each value set — the defaults with the required secrets, the Minikube and production files,
an existing Secret, the ingress with TLS, the autoscaler, network policies, ServiceMonitors, a
single process on the memory broker, a pinned image with extra settings — the chart renders and
lints with ``strict=True``; every manifest passes kubernetes-validate's strict schemas for the
oldest Kubernetes the chart supports and the newest the tool knows; and the rendered pods keep
the product's contract: non-root, read-only root filesystem, no privilege escalation, no
capability, RuntimeDefault seccomp, probes, requests and a memory limit, a pinned image, a grace
period longer than the app's, the migration as a pre-install,pre-upgrade hook that can read its
database URL, and only ``TODO_*`` names that ``todo.config.Settings`` knows.

The tools come from the ``deploy`` dependency group (helm-python-sdk, kubernetes-validate);
without them these tests are skipped, or fail with ``TODO_TEST_REQUIRE_SERVICES=1``.
"""

from __future__ import annotations

import functools
import importlib
import re
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.conftest import missing_service
from tests.deploy.conftest import setting_names

ROOT = Path(__file__).resolve().parents[2]
HELM_DIR = ROOT / "deploy" / "helm"
CHART = HELM_DIR / "todo-evolution"
RELEASE = "todo"
NAMESPACE = "tasks"
FULLNAME = "todo-todo-evolution"
#: Custom resources: kubernetes-validate has no schema for them (they are not part of
#: Kubernetes), so they are left out of its run and test_service_monitors_scrape_both_processes
#: and test_dapr_components_have_the_shape_dapr_reads check their structure instead.
CRD_KINDS = frozenset({"ServiceMonitor", "Component", "Resiliency"})
#: Objects that run containers, and where their pod spec is.
WORKLOAD_KINDS = frozenset({"Deployment", "Job", "StatefulSet", "DaemonSet"})

Values = dict[str, Any]
Manifest = dict[str, Any]

SECRETS: Values = {
    "secretKey": "k" * 48,
    "databaseUrl": "postgresql://todo:secret@db.internal:5432/todo",
    "brokerUrl": "redis://redis.internal:6379",
}


def with_secrets(values: Values | None = None, **secrets: str) -> Values:
    """``values`` plus the secrets the chart requires (and the ``secrets`` given)."""
    return {**(values or {}), "secrets": {**SECRETS, **secrets}}


#: Every value set the chart must render with; a string names a file of deploy/helm/.
VALUE_SETS: dict[str, Values | str] = {
    "defaults": with_secrets(),
    "minikube": "values-minikube.yaml",
    "production": "values-production.yaml",
    "existing-secret": {"secrets": {"existingSecret": "todo-secrets"}},
    "ingress-tls": with_secrets(
        {
            "ingress": {
                "enabled": True,
                "className": "nginx",
                "hosts": [
                    {"host": "todo.example.com", "paths": [{"path": "/", "pathType": "Prefix"}]}
                ],
                "tls": [{"secretName": "todo-tls", "hosts": ["todo.example.com"]}],
            },
            "config": {
                "corsOrigins": ["https://app.example.com"],
                "mcpAllowedHosts": ["todo.example.com", "todo.internal"],
            },
        }
    ),
    "hpa": with_secrets(
        {
            "api": {
                "autoscaling": {
                    "enabled": True,
                    "minReplicas": 2,
                    "maxReplicas": 6,
                    "targetMemoryUtilizationPercentage": 80,
                    "behavior": {"scaleDown": {"stabilizationWindowSeconds": 300}},
                }
            }
        }
    ),
    "network-policy": with_secrets(
        {
            "networkPolicy": {
                "enabled": True,
                "api": {"from": [{"namespaceSelector": {"matchLabels": {"name": "ingress"}}}]},
                "metrics": {
                    "from": [{"namespaceSelector": {"matchLabels": {"name": "monitoring"}}}]
                },
                "egress": {
                    "restrict": True,
                    "to": [
                        {"to": [{"ipBlock": {"cidr": "10.0.0.0/8"}}], "ports": [{"port": 5432}]}
                    ],
                },
            }
        }
    ),
    "service-monitor": with_secrets(
        {"serviceMonitor": {"enabled": True, "labels": {"release": "prometheus"}}},
        opsToken="o" * 24,
    ),
    "single-process": with_secrets(
        {
            "api": {"replicaCount": 1, "podDisruptionBudget": {"enabled": False}},
            "worker": {"enabled": False},
        },
        brokerUrl="memory://",
    ),
    "pinned-and-tuned": with_secrets(
        {
            "image": {"digest": "sha256:" + "a" * 64},
            "shutdownGraceSeconds": 42.5,
            "extraEnv": [{"name": "TODO_WRITE_RATE_LIMIT", "value": "1200/minute"}],
            "config": {
                "chatEngine": "llm",
                "llmBaseUrl": "https://llm.example.com/v1",
                "llmModel": "small",
                "registration": "invite",
            },
            "api": {
                "topologySpreadConstraints": [
                    {"maxSkew": 1, "topologyKey": "zone", "whenUnsatisfiable": "ScheduleAnyway"}
                ]
            },
        },
        llmApiKey="sk-test",
    ),
    "dapr-kafka": with_secrets(
        {"dapr": {"enabled": True, "pubsub": {"kafka": {"brokers": "kafka.internal:9092"}}}},
        brokerUrl="",
    ),
    "dapr-redis-secret-store": with_secrets(
        {
            "dapr": {
                "enabled": True,
                "apiAppId": "tasks-api",
                "pubsub": {
                    "type": "redis",
                    "redis": {
                        "host": "redis.internal:6379",
                        "passwordSecret": {"name": "redis", "key": "password"},
                    },
                },
                "secretStore": {"enabled": True},
                "reminderJobs": True,
            }
        },
        brokerUrl="",
    ),
}
CASES = list(VALUE_SETS)
DAPR_CASES = [case for case in CASES if case.startswith("dapr-")]


# --- The tools, imported when a test needs them -----------------------------------------------


def tool(name: str) -> ModuleType:
    """Import one of the deploy group's tools, or skip (fail in CI) when it is not installed."""
    try:
        return importlib.import_module(name)
    except ImportError as exc:
        missing_service(f"{name} is not installed (`uv sync --group deploy`): {exc}")
        raise AssertionError("unreachable") from exc


def helm() -> ModuleType:
    return tool("helm_python")


def values_of(case: str) -> Values:
    value_set = VALUE_SETS[case]
    if isinstance(value_set, str):
        parsed: Values = helm().values_from_yaml((HELM_DIR / value_set).read_text())
        return parsed
    return value_set


def render(values: Values) -> dict[str, str]:
    """Render the chart as `helm install` would: template path → text."""
    with helm().Chart.load(CHART) as chart:
        rendered: dict[str, str] = chart.render(
            values, name=RELEASE, namespace=NAMESPACE, is_install=True
        )
    return rendered


def parse(rendered: dict[str, str]) -> list[Manifest]:
    """Every object of a render, each YAML document read by Helm's own parser."""
    objects: list[Manifest] = []
    for path, text in sorted(rendered.items()):
        if not path.endswith(".yaml"):
            continue
        for document in re.split(r"(?m)^---\s*$", text):
            parsed: Manifest = helm().values_from_yaml(document)
            if parsed:
                objects.append(parsed)
    return objects


@functools.cache
def rendered_case(case: str) -> dict[str, str]:
    return render(values_of(case))


def objects_of(case: str) -> list[Manifest]:
    return parse(rendered_case(case))


def latest_kubernetes() -> str:
    latest: str = tool("kubernetes_validate").latest_version()
    return latest


def oldest_kubernetes() -> str:
    """The lowest version Chart.yaml's kubeVersion admits (``>=1.30.0-0`` → ``1.30.0``)."""
    chart = (CHART / "Chart.yaml").read_text()
    match = re.search(r'^kubeVersion:\s*"?>=\s*(\d+\.\d+\.\d+)', chart, re.MULTILINE)
    assert match, "Chart.yaml names no lowest kubeVersion"
    return match.group(1)


# --- Reading the rendered objects -------------------------------------------------------------


def named(objects: list[Manifest], kind: str) -> dict[str, Manifest]:
    return {o["metadata"]["name"]: o for o in objects if o["kind"] == kind}


def pod_specs(objects: list[Manifest]) -> Iterator[tuple[str, Manifest]]:
    for o in objects:
        if o["kind"] in WORKLOAD_KINDS:
            yield f"{o['kind']}/{o['metadata']['name']}", o["spec"]["template"]["spec"]


def containers(pod: Manifest) -> list[Manifest]:
    found: list[Manifest] = [*pod.get("initContainers", []), *pod["containers"]]
    return found


def container_of(objects: list[Manifest], kind: str, name: str) -> Manifest:
    workload = named(objects, kind)[name]
    (container,) = workload["spec"]["template"]["spec"]["containers"]
    found: Manifest = container
    return found


def config_map(objects: list[Manifest]) -> dict[str, str]:
    data: dict[str, str] = named(objects, "ConfigMap")[FULLNAME]["data"]
    return data


def selects(selector: dict[str, str], labels: dict[str, str]) -> bool:
    return all(labels.get(key) == value for key, value in selector.items())


def image_tag(image: str) -> str | None:
    """The tag of an image reference (``repo:tag@sha256:…`` → ``tag``), or None."""
    last = image.split("@", 1)[0].rsplit("/", 1)[-1]
    return last.split(":", 1)[1] if ":" in last else None


# --- The variables the chart sets -----------------------------------------------------------


def emitted_names(objects: list[Manifest]) -> set[str]:
    """Every variable name the chart sets: container env, ConfigMap and Secret keys, and the
    keys env entries read from them."""
    names: set[str] = set()
    for o in objects:
        if o["kind"] == "ConfigMap":
            names.update(o.get("data", {}))
        elif o["kind"] == "Secret":
            names.update(o.get("stringData", {}), o.get("data", {}))
    for _, pod in pod_specs(objects):
        for container in containers(pod):
            for entry in container.get("env", []):
                names.add(entry["name"])
                source = entry.get("valueFrom", {})
                for ref in ("secretKeyRef", "configMapKeyRef"):
                    if ref in source:
                        names.add(source[ref]["key"])
    return names


def unknown_settings(objects: list[Manifest]) -> set[str]:
    """The emitted ``TODO_*`` names that are no setting: a set difference, empty when all is
    well."""
    emitted = {name for name in emitted_names(objects) if name.startswith("TODO_")}
    return emitted - setting_names()


# --- 1. Render and lint -----------------------------------------------------------------------


@pytest.mark.parametrize("case", CASES)
def test_renders_and_lints_strictly(case: str) -> None:
    """The chart renders every value set into the objects it promises, and `helm lint --strict`
    reports no warning and no error for it."""
    objects = objects_of(case)
    kinds = {o["kind"] for o in objects}
    assert {"ConfigMap", "Deployment", "Job", "Service", "ServiceAccount"} <= kinds
    report: dict[str, Any] = helm().lint(
        CHART,
        values_of(case),
        strict=True,
        namespace=NAMESPACE,
        kube_version=f"v{latest_kubernetes()}",
    )
    problems = [m for m in report["messages"] if m["severity"] >= 2]
    assert report["errors"] == []
    assert problems == []


# --- 2. Kubernetes schemas --------------------------------------------------------------------


@pytest.mark.parametrize("case", CASES)
def test_manifests_pass_kubernetes_validate(case: str) -> None:
    """Every rendered object but the CRDs passes kubernetes-validate --strict (unknown fields
    refused) for the oldest Kubernetes the chart admits and the newest the tool knows; a kind
    without a schema is a failure too, not a warning."""
    validator = tool("kubernetes_validate")
    objects = objects_of(case)
    failures: list[str] = []
    for version in sorted({oldest_kubernetes(), latest_kubernetes()}):
        for o in objects:
            if o["kind"] in CRD_KINDS:
                continue  # not a Kubernetes kind: see test_service_monitors_scrape_both_processes
            where = f"{o['kind']}/{o['metadata']['name']} on {version}"
            try:
                validator.validate(o, version, strict=True)
            except validator.ValidationError as exc:
                path = ".".join(str(part) for part in exc.path)
                failures.append(f"{where}: {path}: {exc.message}")
            except validator.SchemaNotFoundError as exc:
                failures.append(f"{where}: {exc.message}")
    assert failures == []


# --- 3. Policy --------------------------------------------------------------------------------


@pytest.mark.parametrize("case", CASES)
def test_every_container_is_locked_down(case: str) -> None:
    """Every container, the migration hook's included, runs as uid 10001 (non-root) with a
    read-only root filesystem, no privilege escalation, every capability dropped and the
    RuntimeDefault seccomp profile (its own setting, else its pod's); no pod mounts a
    ServiceAccount token; /tmp is a writable emptyDir."""
    found = 0
    for where, pod in pod_specs(objects_of(case)):
        assert pod["automountServiceAccountToken"] is False, where
        pod_security = pod.get("securityContext", {})
        volumes = {v["name"]: v for v in pod.get("volumes", [])}
        for container in containers(pod):
            found += 1
            own = container.get("securityContext", {})
            setting = {**pod_security, **own}  # the container's own setting wins
            name = f"{where}/{container['name']}"
            assert setting.get("runAsNonRoot") is True, name
            assert setting.get("runAsUser") == 10001, name
            assert own.get("readOnlyRootFilesystem") is True, name
            assert own.get("allowPrivilegeEscalation") is False, name
            assert own.get("privileged", False) is False, name
            assert "ALL" in own.get("capabilities", {}).get("drop", []), name
            assert not own.get("capabilities", {}).get("add"), name
            assert setting.get("seccompProfile") == {"type": "RuntimeDefault"}, name
            tmp = [m for m in container.get("volumeMounts", []) if m["mountPath"] == "/tmp"]
            assert tmp, f"{name} has no writable /tmp"
            assert "emptyDir" in volumes[tmp[0]["name"]], name
    assert found >= 2  # at least the API and the migration: the loop did check something


@pytest.mark.parametrize("case", CASES)
def test_processes_have_probes_and_resources(case: str) -> None:
    """The API container runs `todo serve` with a startup and liveness probe on /healthz and a
    readiness probe on /readyz, on port 8000; the worker's, `todo worker`, the same on 8001;
    every container requests CPU and memory and has a memory limit."""
    objects = objects_of(case)
    expected = {
        FULLNAME: (["todo", "serve"], 8000),
        f"{FULLNAME}-worker": (["todo", "worker"], 8001),
    }
    deployments = named(objects, "Deployment")
    assert FULLNAME in deployments
    for name, deployment in deployments.items():
        args, port = expected[name]
        container = container_of(objects, "Deployment", name)
        assert container["args"] == args
        ports = {p["name"]: p["containerPort"] for p in container["ports"]}
        for probe, path in (
            ("startupProbe", "/healthz"),
            ("livenessProbe", "/healthz"),
            ("readinessProbe", "/readyz"),
        ):
            check = container[probe]["httpGet"]
            assert check["path"] == path, (name, probe)
            assert ports.get(check["port"], check["port"]) == port, (name, probe)
        assert deployment["spec"]["template"]["spec"]["containers"] == [container]
    for where, pod in pod_specs(objects):
        for container in containers(pod):
            resources = container.get("resources", {})
            requests = resources.get("requests", {})
            name = f"{where}/{container['name']}"
            assert {"cpu", "memory"} <= set(requests), name
            assert "memory" in resources.get("limits", {}), name


@pytest.mark.parametrize("case", CASES)
def test_images_are_pinned(case: str) -> None:
    """Every image has a tag and it is not `latest`: the chart's appVersion unless the values
    name another; a digest, when given, is kept."""
    values = values_of(case)
    app_version = re.search(
        r'^appVersion:\s*"?([^"\s]+)', (CHART / "Chart.yaml").read_text(), re.MULTILINE
    )
    assert app_version
    wanted = values.get("image", {}).get("tag") or app_version.group(1)
    digest = values.get("image", {}).get("digest")
    for where, pod in pod_specs(objects_of(case)):
        for container in containers(pod):
            image = container["image"]
            assert image_tag(image) not in (None, "latest"), f"{where}: {image}"
            assert image_tag(image) == wanted, f"{where}: {image}"
            if digest:
                assert image.endswith(f"@{digest}"), f"{where}: {image}"


@pytest.mark.parametrize("case", CASES)
def test_migration_is_a_hook_that_can_read_its_secrets(case: str) -> None:
    """The migration Job runs `todo db upgrade` as a pre-install,pre-upgrade hook, replaced
    before each run, with few retries and a deadline. It uses nothing the release creates
    before its hooks (ConfigMap, Secret, ServiceAccount): its secrets come from the existing
    Secret or from a Secret that is a hook of the same phases with a lower weight."""
    values = values_of(case)
    objects = objects_of(case)
    jobs = named(objects, "Job")
    job = jobs[f"{FULLNAME}-migration"]
    annotations = job["metadata"]["annotations"]
    assert set(annotations["helm.sh/hook"].split(",")) == {"pre-install", "pre-upgrade"}
    assert "before-hook-creation" in annotations["helm.sh/hook-delete-policy"]
    assert job["spec"]["backoffLimit"] <= 3
    assert job["spec"]["activeDeadlineSeconds"] > 0
    pod = job["spec"]["template"]["spec"]
    (container,) = pod["containers"]
    assert container["args"] == ["todo", "db", "upgrade"]
    assert pod["restartPolicy"] == "Never"
    assert pod.get("serviceAccountName", "default") != FULLNAME
    assert "envFrom" not in container

    existing = values.get("secrets", {}).get("existingSecret")
    secrets = named(objects, "Secret")
    refs = {e["name"]: e["valueFrom"]["secretKeyRef"] for e in container["env"] if "valueFrom" in e}
    assert {"TODO_DATABASE_URL", "TODO_SECRET_KEY"} <= set(refs)
    for key, ref in refs.items():
        assert ref["key"] == key
        if existing:
            assert ref["name"] == existing
            continue
        secret = secrets[ref["name"]]
        hook = secret["metadata"].get("annotations", {})
        assert set(hook.get("helm.sh/hook", "").split(",")) >= {"pre-install", "pre-upgrade"}
        assert int(hook["helm.sh/hook-weight"]) < int(annotations.get("helm.sh/hook-weight", 0))
        assert secret["stringData"][key]
    if existing:
        assert not secrets, "an existing Secret needs no Secret of the chart"


@pytest.mark.parametrize("case", CASES)
def test_grace_period_outlasts_the_apps_own(case: str) -> None:
    """Each pod's terminationGracePeriodSeconds exceeds its preStop sleep plus the
    TODO_SHUTDOWN_GRACE_SECONDS the app is given, so SIGKILL never cuts the app's own
    graceful stop short."""
    objects = objects_of(case)
    grace = float(config_map(objects)["TODO_SHUTDOWN_GRACE_SECONDS"])
    assert grace == float(values_of(case).get("shutdownGraceSeconds", 30))
    for name in named(objects, "Deployment"):
        pod = named(objects, "Deployment")[name]["spec"]["template"]["spec"]
        (container,) = pod["containers"]
        sleep = container.get("lifecycle", {}).get("preStop", {}).get("sleep", {})
        assert pod["terminationGracePeriodSeconds"] > grace + sleep.get("seconds", 0), name


@pytest.mark.parametrize("case", CASES)
def test_every_todo_name_is_a_setting(case: str) -> None:
    """The TODO_* names the chart emits (env entries, ConfigMap and Secret keys) minus those
    todo.config.Settings reads is the empty set: a misspelt or removed setting would be
    ignored by the app in silence."""
    assert unknown_settings(objects_of(case)) == set()


def test_an_unknown_todo_name_is_caught() -> None:
    """The check above can fail: a name that is no setting, given through extraEnv, is the
    difference it reports; and the settings the chart relies on are known."""
    values = with_secrets({"extraEnv": [{"name": "TODO_NOT_A_SETTING", "value": "1"}]})
    assert unknown_settings(parse(render(values))) == {"TODO_NOT_A_SETTING"}
    assert {"TODO_WORKER_PORT", "TODO_SHUTDOWN_GRACE_SECONDS", "TODO_LOG_FORMAT"} <= (
        setting_names()
    )


# --- What the values turn into ----------------------------------------------------------------


def test_settings_and_secrets_reach_the_pods() -> None:
    """The API and worker pods read the ConfigMap and the Secret's six keys (the three the app
    needs required); the ConfigMap has the chart's contract (production, 0.0.0.0:8000 and
    :8001, JSON logs, consumers left to the worker Deployment) and JSON lists; an existing
    Secret replaces the chart's."""
    objects = objects_of("ingress-tls")
    data = config_map(objects)
    assert data["TODO_ENV"] == "production"
    assert (data["TODO_HOST"], data["TODO_PORT"]) == ("0.0.0.0", "8000")
    assert (data["TODO_WORKER_HOST"], data["TODO_WORKER_PORT"]) == ("0.0.0.0", "8001")
    assert data["TODO_LOG_FORMAT"] == "json"
    assert data["TODO_WORKERS_IN_SERVER"] == "no"
    assert data["TODO_PUBLIC_URL"] == "https://todo.example.com"
    assert data["TODO_CORS_ORIGINS"] == '["https://app.example.com"]'
    assert data["TODO_MCP_ALLOWED_HOSTS"] == '["todo.example.com","todo.internal"]'
    assert "TODO_MCP_ALLOWED_ORIGINS" not in data  # empty: the product's default stays
    assert config_map(objects_of("single-process"))["TODO_WORKERS_IN_SERVER"] == "yes"

    for case, secret_name in (("defaults", FULLNAME), ("existing-secret", "todo-secrets")):
        case_objects = objects_of(case)
        for name in named(case_objects, "Deployment"):
            container = container_of(case_objects, "Deployment", name)
            assert container["envFrom"] == [{"configMapRef": {"name": FULLNAME}}]
            refs = {
                e["name"]: e["valueFrom"]["secretKeyRef"]
                for e in container["env"]
                if "secretKeyRef" in e.get("valueFrom", {})
            }
            assert {ref["name"] for ref in refs.values()} == {secret_name}
            required = {key for key, ref in refs.items() if not ref.get("optional")}
            assert required == {"TODO_SECRET_KEY", "TODO_DATABASE_URL", "TODO_BROKER_URL"}
            assert set(refs) - required == {"TODO_REDIS_URL", "TODO_OPS_TOKEN", "TODO_LLM_API_KEY"}
    secret = named(objects_of("defaults"), "Secret")[FULLNAME]
    assert secret["stringData"] == {
        "TODO_SECRET_KEY": SECRETS["secretKey"],
        "TODO_DATABASE_URL": SECRETS["databaseUrl"],
        "TODO_BROKER_URL": SECRETS["brokerUrl"],
    }


def test_a_config_change_rolls_the_pods() -> None:
    """The pods carry checksums of the ConfigMap and the Secret: a changed setting or secret
    changes the pod template, so the Deployments roll."""

    def checksums(values: Values) -> dict[str, dict[str, str]]:
        deployments = named(parse(render(values)), "Deployment")
        return {
            name: {
                key: value
                for key, value in d["spec"]["template"]["metadata"]["annotations"].items()
                if key.startswith("checksum/")
            }
            for name, d in deployments.items()
        }

    before = checksums(with_secrets())
    assert set(before[FULLNAME]) == {"checksum/config", "checksum/secret"}
    assert before[FULLNAME] == before[f"{FULLNAME}-worker"]
    config_changed = checksums(with_secrets({"config": {"logLevel": "DEBUG"}}))
    assert config_changed[FULLNAME]["checksum/config"] != before[FULLNAME]["checksum/config"]
    assert config_changed[FULLNAME]["checksum/secret"] == before[FULLNAME]["checksum/secret"]
    secret_changed = checksums(with_secrets(redisUrl="redis://redis.internal:6379"))
    assert secret_changed[FULLNAME]["checksum/secret"] != before[FULLNAME]["checksum/secret"]


@pytest.mark.parametrize("case", CASES)
def test_selectors_find_their_pods(case: str) -> None:
    """Each Service, PodDisruptionBudget and NetworkPolicy selects the pods of one Deployment;
    the HorizontalPodAutoscaler scales the API Deployment (which then leaves `replicas` to
    it); the Ingress sends every path to the API Service's http port."""
    objects = objects_of(case)
    deployments = named(objects, "Deployment")
    pod_labels = {n: d["spec"]["template"]["metadata"]["labels"] for n, d in deployments.items()}
    for name, deployment in deployments.items():
        assert selects(deployment["spec"]["selector"]["matchLabels"], pod_labels[name])

    def selected(selector: dict[str, str]) -> list[str]:
        return [n for n, labels in pod_labels.items() if selects(selector, labels)]

    for service in named(objects, "Service").values():
        assert len(selected(service["spec"]["selector"])) == 1, service["metadata"]["name"]
    for kind in ("PodDisruptionBudget", "NetworkPolicy"):
        for name, o in named(objects, kind).items():
            selector = o["spec"].get("selector") or o["spec"]["podSelector"]
            assert len(selected(selector["matchLabels"])) == 1, f"{kind}/{name}"
    for hpa in named(objects, "HorizontalPodAutoscaler").values():
        assert hpa["spec"]["scaleTargetRef"]["name"] == FULLNAME
        assert "replicas" not in deployments[FULLNAME]["spec"]
    services = named(objects, "Service")
    for ingress in named(objects, "Ingress").values():
        for rule in ingress["spec"]["rules"]:
            for path in rule["http"]["paths"]:
                backend = path["backend"]["service"]
                ports = {p["name"] for p in services[backend["name"]]["spec"]["ports"]}
                assert backend["port"]["name"] in ports


def test_service_monitors_scrape_both_processes() -> None:
    """ServiceMonitor is a CRD, so instead of a Kubernetes schema: one per process, each
    selects exactly one rendered Service, scrapes /metrics on a port that Service names, and
    sends the Secret's TODO_OPS_TOKEN as a bearer token."""
    objects = objects_of("service-monitor")
    monitors = named(objects, "ServiceMonitor")
    services = named(objects, "Service")
    secret = named(objects, "Secret")[FULLNAME]
    assert set(monitors) == {FULLNAME, f"{FULLNAME}-worker"}
    for name, monitor in monitors.items():
        assert monitor["apiVersion"] == "monitoring.coreos.com/v1"
        assert monitor["metadata"]["labels"]["release"] == "prometheus"
        selector = monitor["spec"]["selector"]["matchLabels"]
        chosen = [s for s in services.values() if selects(selector, s["metadata"]["labels"])]
        assert len(chosen) == 1, name
        (endpoint,) = monitor["spec"]["endpoints"]
        assert endpoint["path"] == "/metrics"
        assert endpoint["port"] in {p["name"] for p in chosen[0]["spec"]["ports"]}
        credentials = endpoint["authorization"]["credentials"]
        assert endpoint["authorization"]["type"] == "Bearer"
        assert credentials == {"name": FULLNAME, "key": "TODO_OPS_TOKEN"}
        assert secret["stringData"]["TODO_OPS_TOKEN"] == "o" * 24


def test_network_policies_open_the_api_and_close_the_workers() -> None:
    """With network policies on, the API takes port http from the peers named (and the
    scrapers), the workers take only the scrapers on their metrics port, and restricted egress
    allows DNS plus the rules given."""
    policies = named(objects_of("network-policy"), "NetworkPolicy")
    api, worker = policies[FULLNAME], policies[f"{FULLNAME}-worker"]
    (api_rule,) = api["spec"]["ingress"]
    assert api_rule["ports"] == [{"port": "http", "protocol": "TCP"}]
    assert len(api_rule["from"]) == 2
    (worker_rule,) = worker["spec"]["ingress"]
    assert worker_rule["ports"] == [{"port": "metrics", "protocol": "TCP"}]
    assert worker_rule["from"] == [{"namespaceSelector": {"matchLabels": {"name": "monitoring"}}}]
    for policy in (api, worker):
        assert policy["spec"]["policyTypes"] == ["Ingress", "Egress"]
        dns, database = policy["spec"]["egress"]
        assert {p["port"] for p in dns["ports"]} == {53}
        assert database["ports"] == [{"port": 5432}]
    open_egress = named(objects_of("production"), "NetworkPolicy")
    assert all(p["spec"]["policyTypes"] == ["Ingress"] for p in open_egress.values())


def test_minikube_and_production_files_keep_their_promises() -> None:
    """values-minikube.yaml: the locally built image never pulled, one API replica, a NodePort,
    in-cluster PostgreSQL and Redis. values-production.yaml: an existing Secret, the API on an
    autoscaler from three replicas with a disruption budget, TLS at the ingress, ServiceMonitors
    and network policies."""
    minikube = objects_of("minikube")
    api = named(minikube, "Deployment")[FULLNAME]
    container = container_of(minikube, "Deployment", FULLNAME)
    assert container["image"] == "localhost/todo-evolution:0.2.0"
    assert container["imagePullPolicy"] == "Never"
    assert api["spec"]["replicas"] == 1
    assert named(minikube, "Service")[FULLNAME]["spec"]["type"] == "NodePort"
    database_url = named(minikube, "Secret")[FULLNAME]["stringData"]["TODO_DATABASE_URL"]
    assert database_url.startswith("postgresql://")

    production = objects_of("production")
    kinds = {o["kind"] for o in production}
    assert {"HorizontalPodAutoscaler", "PodDisruptionBudget", "Ingress"} <= kinds
    assert {"ServiceMonitor", "NetworkPolicy"} <= kinds
    assert not named(production, "Secret")
    assert named(production, "HorizontalPodAutoscaler")[FULLNAME]["spec"]["minReplicas"] == 3
    ingress = named(production, "Ingress")[FULLNAME]
    assert ingress["spec"]["tls"][0]["hosts"] == ["todo.example.com"]
    assert config_map(production)["TODO_PUBLIC_URL"] == "https://todo.example.com"


# --- 4. The schema and the template's own refusals --------------------------------------------


@pytest.mark.parametrize(
    ("values", "complaint"),
    [
        pytest.param({"replicas": 3}, "additional properties 'replicas'", id="top-level-typo"),
        pytest.param({"api": {"replica": 3}}, "additional properties 'replica'", id="nested-typo"),
        pytest.param({"api": {"replicaCount": "three"}}, "/api/replicaCount", id="bad-type"),
        pytest.param({"image": {"tag": "latest"}}, "/image/tag", id="latest-tag"),
        pytest.param(
            {"secrets": {"databaseUrl": "mysql://db/todo"}}, "/secrets/databaseUrl", id="not-pg"
        ),
        pytest.param({"config": {"registration": "maybe"}}, "/config/registration", id="enum"),
    ],
)
def test_schema_refuses_typos_and_bad_types(values: Values, complaint: str) -> None:
    """values.schema.json refuses an unknown key (top-level or nested) and a value of the wrong
    type or outside its choices: rendering raises a values error naming it, and lint reports
    it as an error."""
    merged = with_secrets()
    for key, value in values.items():
        merged[key] = {**merged.get(key, {}), **value} if isinstance(value, dict) else value
    with pytest.raises(helm().HelmValuesError) as caught:
        render(merged)
    assert complaint in str(caught.value)
    report: dict[str, Any] = helm().lint(CHART, merged, strict=True)
    assert any(complaint in error for error in report["errors"]), report["errors"]


@pytest.mark.parametrize(
    ("values", "complaint"),
    [
        pytest.param({}, "secrets.secretKey is required", id="no-secrets"),
        pytest.param(
            {"secrets": {**SECRETS, "databaseUrl": ""}}, "secrets.databaseUrl", id="no-db"
        ),
        pytest.param(
            {"secrets": {**SECRETS, "brokerUrl": ""}}, "secrets.brokerUrl", id="no-broker"
        ),
        pytest.param(
            {"secrets": {**SECRETS, "secretKey": "short"}}, "at least 32 bytes", id="short-key"
        ),
        pytest.param(
            {"secrets": {**SECRETS, "brokerUrl": "memory://"}}, "memory://", id="memory-scaled"
        ),
        pytest.param(
            with_secrets({"serviceMonitor": {"enabled": True}}), "secrets.opsToken", id="no-token"
        ),
        pytest.param(
            with_secrets({"config": {"corsOrigins": ["*"]}}), "refuses '*'", id="cors-star"
        ),
        pytest.param(
            with_secrets({"dapr": {"enabled": True}}, brokerUrl=""),
            "dapr.pubsub.kafka.brokers is required",
            id="dapr-no-kafka",
        ),
        pytest.param(
            with_secrets({"dapr": {"enabled": True, "pubsub": {"type": "redis"}}}),
            "dapr.pubsub.redis.host is required",
            id="dapr-no-redis",
        ),
        pytest.param(
            with_secrets(
                {
                    "dapr": {
                        "enabled": True,
                        "pubsub": {
                            "broadcastName": "todo-pubsub",
                            "kafka": {"brokers": "kafka:9092"},
                        },
                    }
                }
            ),
            "must differ",
            id="dapr-one-component",
        ),
    ],
)
def test_template_refuses_what_cannot_run(values: Values, complaint: str) -> None:
    """The chart refuses in one sentence what the pods could not start with: without an
    existing Secret, no secret key (or a short one), no database or broker URL, the memory
    broker with several processes; a ServiceMonitor without the token /metrics needs; a `*`
    CORS origin in production."""
    with pytest.raises(helm().HelmRenderError) as caught:
        render(values)
    assert complaint in str(caught.value)


# --- 5. NOTES.txt ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("case", "reach"),
    [
        pytest.param(
            "defaults",
            f"kubectl port-forward --namespace {NAMESPACE} svc/{FULLNAME} 8000:80",
            id="port-forward",
        ),
        pytest.param(
            "minikube",
            f"minikube service --namespace {NAMESPACE} {FULLNAME} --url",
            id="node-port",
        ),
        pytest.param("production", "https://todo.example.com/", id="ingress"),
    ],
)
def test_notes_say_how_to_reach_the_app_and_make_an_admin(case: str, reach: str) -> None:
    """NOTES.txt renders, says how to reach the app for the way it is exposed, and how to make
    the first admin inside the API Deployment."""
    notes = rendered_case(case)["todo-evolution/templates/NOTES.txt"]
    assert reach in notes
    assert (
        f"kubectl exec -it --namespace {NAMESPACE} deploy/{FULLNAME} -- "
        "todo user create admin@example.com --admin"
    ) in notes
    assert "{{" not in notes


# --- 6. Dapr ----------------------------------------------------------------------------------


def pod_annotations(objects: list[Manifest]) -> dict[str, dict[str, str]]:
    """The pod template annotations of each Deployment, by its name."""
    return {
        name: deployment["spec"]["template"]["metadata"].get("annotations", {})
        for name, deployment in named(objects, "Deployment").items()
    }


def env_names(container: Manifest) -> set[str]:
    return {entry["name"] for entry in container.get("env", [])}


def test_dapr_is_off_by_default() -> None:
    """Without dapr.enabled no pod asks for a sidecar and no Dapr object is made."""
    objects = objects_of("defaults")
    for found in pod_annotations(objects).values():
        assert not [key for key in found if key.startswith("dapr.io/")]
    assert not [o for o in objects if o["apiVersion"].startswith("dapr.io/")]
    assert "TODO_BROKER_URL" not in config_map(objects)


@pytest.mark.parametrize("case", DAPR_CASES)
def test_dapr_pods_get_a_sidecar_that_reaches_their_app_channel(case: str) -> None:
    """Each Deployment asks for a sidecar under an app id of its own; the ConfigMap's
    TODO_BROKER_URL, read by the product's own parser, names the annotated app port and the two
    components; no container's env overrides it with the Secret's broker URL."""
    from todo.adapters.bus.dapr import DaprAddress

    objects = objects_of(case)
    address = DaprAddress.parse(config_map(objects)["TODO_BROKER_URL"])
    annotations = pod_annotations(objects)
    assert set(annotations) == {FULLNAME, f"{FULLNAME}-worker"}
    app_ids = set()
    for name, found in annotations.items():
        assert found["dapr.io/enabled"] == "true", name
        assert found["dapr.io/app-port"] == str(address.app_port), name
        assert found["dapr.io/app-protocol"] == "http", name
        assert found["dapr.io/app-health-check-path"] == "/healthz", name
        grace = named(objects, "Deployment")[name]["spec"]["template"]["spec"]
        assert (
            int(found["dapr.io/graceful-shutdown-seconds"])
            == grace["terminationGracePeriodSeconds"]
        )
        app_ids.add(found["dapr.io/app-id"])
        assert "TODO_BROKER_URL" not in env_names(container_of(objects, "Deployment", name))
    assert len(app_ids) == 2
    assert (address.grpc, address.app_host) == ("127.0.0.1:50001", "127.0.0.1")
    assert (address.pubsub, address.broadcast) == ("todo-pubsub", "todo-broadcast")


@pytest.mark.parametrize("case", DAPR_CASES)
def test_dapr_components_have_the_shape_dapr_reads(case: str) -> None:
    """The Components (not in the Kubernetes schemas, so checked here): dapr.io/v1alpha1, a
    type and version v1, metadata entries each with a string value or a secretKeyRef, scoped to
    exactly the two app ids; the pub/sub and broadcast components the URL names, the broadcast
    one with a consumer group per pod (and on Kafka newest events only, the groups' from the
    oldest); a Resiliency whose targets are those components."""
    from todo.adapters.bus.dapr import DaprAddress

    objects = objects_of(case)
    address = DaprAddress.parse(config_map(objects)["TODO_BROKER_URL"])
    app_ids = sorted(a["dapr.io/app-id"] for a in pod_annotations(objects).values())
    components = named(objects, "Component")
    for name, component in components.items():
        assert component["apiVersion"] == "dapr.io/v1alpha1", name
        assert component["metadata"]["namespace"] == NAMESPACE, name
        assert set(component) == {"apiVersion", "kind", "metadata", "spec", "scopes"}, name
        spec = component["spec"]
        assert set(spec) == {"type", "version", "metadata"}, name
        assert re.fullmatch(r"(pubsub|secretstores)\.[a-z.]+", spec["type"]), name
        assert spec["version"] == "v1", name
        for entry in spec["metadata"]:
            assert set(entry) in ({"name", "value"}, {"name", "secretKeyRef"}), (name, entry)
            if "value" in entry:
                assert isinstance(entry["value"], str), (name, entry)
            else:
                assert set(entry["secretKeyRef"]) == {"name", "key"}, (name, entry)
        assert sorted(component["scopes"]) == app_ids, name
    pubsub, broadcast = components[address.pubsub], components[address.broadcast]
    assert pubsub["spec"]["type"] == broadcast["spec"]["type"]
    settings = {
        which: {e["name"]: e.get("value") for e in c["spec"]["metadata"]}
        for which, c in (("pubsub", pubsub), ("broadcast", broadcast))
    }
    assert "consumerID" not in settings["pubsub"]  # the app id: one replica per event
    assert settings["broadcast"]["consumerID"] == "{podName}"
    if pubsub["spec"]["type"] == "pubsub.kafka":
        assert settings["pubsub"]["initialOffset"] == "oldest"
        assert settings["broadcast"]["initialOffset"] == "newest"
    else:
        assert settings["pubsub"]["concurrency"] == "1"
    (resiliency,) = named(objects, "Resiliency").values()
    targets = resiliency["spec"]["targets"]["components"]
    assert set(targets) == {address.pubsub, address.broadcast}
    policies = resiliency["spec"]["policies"]["retries"]
    assert all(target["inbound"]["retry"] in policies for target in targets.values())


def test_dapr_secret_store_keeps_the_secrets_out_of_the_environment() -> None:
    """With the secret store, the API and worker containers get neither TODO_SECRET_KEY nor
    TODO_DATABASE_URL from the environment; the ConfigMap names the store and the Secret; a
    Role lets the pods' service account read that Secret and nothing else; the migration Job,
    which runs without a sidecar, still reads them from its environment."""
    objects = objects_of("dapr-redis-secret-store")
    data = config_map(objects)
    store = [c for c in named(objects, "Component").values() if c["spec"]["type"].startswith("s")]
    assert [c["metadata"]["name"] for c in store] == [data["TODO_DAPR_SECRET_STORE"]]
    assert data["TODO_DAPR_SECRET_NAME"] == FULLNAME
    assert data["TODO_REMINDER_TRIGGER"] == "dapr-jobs"
    assert "TODO_REMINDER_TRIGGER" not in config_map(objects_of("dapr-kafka"))
    assert FULLNAME in named(objects, "Secret")
    for name in (FULLNAME, f"{FULLNAME}-worker"):
        found = env_names(container_of(objects, "Deployment", name))
        assert not found & {"TODO_SECRET_KEY", "TODO_DATABASE_URL", "TODO_BROKER_URL"}, name
    (role,) = named(objects, "Role").values()
    assert role["rules"] == [
        {
            "apiGroups": [""],
            "resources": ["secrets"],
            "resourceNames": [FULLNAME],
            "verbs": ["get"],
        }
    ]
    (binding,) = named(objects, "RoleBinding").values()
    assert binding["roleRef"]["name"] == role["metadata"]["name"]
    accounts = {
        d["spec"]["template"]["spec"]["serviceAccountName"]
        for d in named(objects, "Deployment").values()
    }
    assert [subject["name"] for subject in binding["subjects"]] == sorted(accounts)
    (job,) = named(objects, "Job").values()
    (migration,) = job["spec"]["template"]["spec"]["containers"]
    assert {"TODO_SECRET_KEY", "TODO_DATABASE_URL"} <= env_names(migration)
    assert "tasks-api" in {a["dapr.io/app-id"] for a in pod_annotations(objects).values()}
