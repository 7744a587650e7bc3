"""Rate limits count a client by its network: an IPv6 address as its /64, IPv4 whole."""

from __future__ import annotations

import pytest

from todo.domain.addresses import network_of


@pytest.mark.parametrize(
    ("address", "network"),
    [
        ("2001:db8:1:2:aaaa:bbbb:cccc:dddd", "2001:db8:1:2::/64"),
        ("2001:DB8:1:2::1", "2001:db8:1:2::/64"),  # however it is written
        ("2001:db8:1:3::1", "2001:db8:1:3::/64"),  # the next /64 is another network
        ("fe80::1%eth0", "fe80::/64"),
        ("198.51.100.7", "198.51.100.7"),
        ("198.51.100.8", "198.51.100.8"),
        ("::ffff:198.51.100.7", "198.51.100.7"),  # IPv4 seen through an IPv6 socket
        ("unknown", "unknown"),
        ("testclient", "testclient"),
    ],
)
def test_an_address_counts_as_its_network(address: str, network: str) -> None:
    assert network_of(address) == network
