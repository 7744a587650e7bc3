"""Reading a ``kafka://`` URL: servers, sign-in, TLS and topic options, and one sentence for
whatever it cannot honour."""

from __future__ import annotations

from pathlib import Path

import pytest
import trustme
from faststream.kafka.security import parse_security

from todo.adapters.bus.factory import open_bus
from todo.adapters.bus.kafka_url import KafkaURL
from todo.adapters.bus.protocol import redact


def test_a_plain_url_names_its_servers_and_takes_the_defaults() -> None:
    url = KafkaURL.parse("kafka://kafka-1:9092,kafka-2:9092")

    assert url.servers == ["kafka-1:9092", "kafka-2:9092"]
    assert (url.security_protocol, url.partitions, url.replication_factor) == ("PLAINTEXT", 6, None)
    assert url.security() is None


def test_a_user_and_password_sign_in_over_tls_unless_told_otherwise() -> None:
    url = KafkaURL.parse("kafka://todo:p%40ss@kafka:9093?sasl_mechanism=scram-sha-512")

    settings = parse_security(url.security())

    assert settings["security_protocol"] == "SASL_SSL"
    assert settings["sasl_mechanism"] == "SCRAM-SHA-512"
    assert (settings["sasl_plain_username"], settings["sasl_plain_password"]) == ("todo", "p@ss")
    assert settings["ssl_context"] is not None
    assert "p%40ss" not in redact("kafka://todo:p%40ss@kafka:9093?sasl_mechanism=PLAIN")


def test_sasl_in_the_clear_only_when_asked_for() -> None:
    url = KafkaURL.parse("kafka://todo:secret@kafka:9092?security_protocol=SASL_PLAINTEXT")

    settings = parse_security(url.security())

    assert (settings["security_protocol"], settings["sasl_mechanism"]) == (
        "SASL_PLAINTEXT",
        "PLAIN",
    )
    assert settings["ssl_context"] is None


def test_tls_trusts_the_authority_and_presents_the_certificate_it_is_given(
    tmp_path: Path,
) -> None:
    authority = trustme.CA()
    client = authority.issue_cert("todo-worker")
    ca, cert, key = (tmp_path / "ca.pem", tmp_path / "cert.pem", tmp_path / "key.pem")
    authority.cert_pem.write_to_path(str(ca))
    client.cert_chain_pems[0].write_to_path(str(cert))
    client.private_key_pem.write_to_path(str(key))

    url = KafkaURL.parse(
        f"kafka://kafka:9093?security_protocol=SSL&ssl_cafile={ca}"
        f"&ssl_certfile={cert}&ssl_keyfile={key}"
    )
    settings = parse_security(url.security())

    assert settings["security_protocol"] == "SSL"
    context = settings["ssl_context"]
    assert [entry["subject"] for entry in context.get_ca_certs()] == [
        entry["subject"] for entry in _authority_only(str(ca))
    ]


def _authority_only(path: str) -> list[dict[str, object]]:
    import ssl

    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.load_verify_locations(cafile=path)
    return context.get_ca_certs()  # type: ignore[return-value]


def test_the_topic_options_are_read() -> None:
    url = KafkaURL.parse("kafka://kafka:9092?partitions=24&replication_factor=2")

    assert (url.partitions, url.replication_factor) == (24, 2)


@pytest.mark.parametrize(
    ("options", "sentence"),
    [
        ("?partitions=0", "partitions must be a whole number from 1 to 1000"),
        ("?partitions=many", "partitions must be a whole number"),
        ("?replication_factor=11", "replication_factor must be a whole number from 1 to 10"),
        ("?acks=0", "unknown option 'acks'"),
        ("?partitions", "options cannot be read"),
        ("?security_protocol=SASL_SSL", "SASL_SSL needs a user and a password"),
        ("?security_protocol=TLS", "security_protocol must be one of"),
        ("?sasl_mechanism=GSSAPI", "sasl_mechanism must be one of"),
        ("?ssl_certfile=/nowhere.pem", "ssl_certfile and ssl_keyfile go together"),
    ],
)
def test_a_url_with_options_it_cannot_honour_is_refused(options: str, sentence: str) -> None:
    with pytest.raises(ValueError, match=sentence):
        open_bus("kafka://127.0.0.1:9092" + options, prefix="p", member="m")


def test_a_url_with_no_server_is_refused() -> None:
    with pytest.raises(ValueError, match="names no server"):
        KafkaURL.parse("kafka://")


def test_a_missing_certificate_file_is_named_in_one_sentence() -> None:
    with pytest.raises(ValueError, match=r"ssl_cafile /nowhere/ca\.pem cannot be read\."):
        open_bus(
            "kafka://127.0.0.1:9093?security_protocol=SSL&ssl_cafile=/nowhere/ca.pem",
            prefix="p",
            member="m",
        )


def test_a_file_that_is_no_certificate_is_refused_in_one_sentence(tmp_path: Path) -> None:
    (tmp_path / "ca.pem").write_text("not a certificate")

    with pytest.raises(ValueError, match="The Kafka TLS files cannot be used"):
        KafkaURL.parse(
            f"kafka://k:9093?security_protocol=SSL&ssl_cafile={tmp_path}/ca.pem"
        ).security()


def test_a_long_query_is_refused_not_read_to_its_end() -> None:
    query = "&".join(f"partitions={n}" for n in range(1, 5000))

    with pytest.raises(ValueError, match="options cannot be read"):
        KafkaURL.parse(f"kafka://kafka:9092?{query}")
