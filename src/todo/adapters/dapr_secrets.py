"""Reading the product's secrets from a Dapr secret store, once, at start-up.

With ``TODO_DAPR_SECRET_STORE=kubernetes`` (a secret store component of the pod's sidecar),
the process asks its sidecar for the secret ``TODO_DAPR_SECRET_NAME`` (``todo``) and takes from
it the entries named :data:`SECRET_ENTRIES` (``TODO_SECRET_KEY``, ``TODO_DATABASE_URL``). With the
Kubernetes store a secret is a ``Secret`` object and its entries are its keys; other stores
(Vault, a local file) answer a map the same way.

The sidecar is reached over its gRPC API with the official Dapr SDK's generated client, and the
gRPC library is imported only here, only when a store is named.
"""

from __future__ import annotations

from typing import Any

from todo.errors import ConfigurationError

#: The entries of the secret read, and the setting each one gives.
SECRET_ENTRIES = {"TODO_SECRET_KEY": "secret_key", "TODO_DATABASE_URL": "database_url"}
#: Seconds the sidecar may take to answer.
SECRET_TIMEOUT = 5.0


async def read_dapr_secret(*, address: str, store: str, name: str) -> dict[str, str]:
    """Return the entries of secret ``name`` in the Dapr secret store ``store``, asked of the
    sidecar at ``address``: ``await read_dapr_secret(address="127.0.0.1:50001",
    store="kubernetes", name="todo")`` → ``{"TODO_SECRET_KEY": "…", …}``.

    Raises :class:`ConfigurationError` with one sentence when the sidecar cannot be reached or
    the store or secret is missing (the sentence never holds a secret's value).
    """
    import grpc
    from dapr.proto import api_service_v1, api_v1

    stub_class: Any = api_service_v1.DaprStub  # generated without annotations
    async with grpc.aio.insecure_channel(address) as channel:
        stub = stub_class(channel)
        request = api_v1.GetSecretRequest(store_name=store, key=name)
        try:
            answer = await stub.GetSecret(request, timeout=SECRET_TIMEOUT)
        except grpc.aio.AioRpcError as error:
            code = error.code()
            if code in (grpc.StatusCode.UNAVAILABLE, grpc.StatusCode.DEADLINE_EXCEEDED):
                raise ConfigurationError(
                    f"TODO_DAPR_SECRET_STORE is set but no Dapr sidecar answers at {address}: "
                    "run the process with Dapr (dapr.io/enabled) or unset it."
                ) from None
            raise ConfigurationError(
                f"The Dapr secret store '{store}' did not give the secret '{name}' "
                f"({code.name}): check TODO_DAPR_SECRET_STORE, TODO_DAPR_SECRET_NAME and that "
                "this app may read it."
            ) from None
    return dict(answer.data)
