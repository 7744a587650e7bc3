"""Client addresses as rate limits see them: one network per key.

A host on IPv6 is usually handed a whole ``/64`` and can pick any of its 2**64 addresses, so a
limit keyed on the full address would limit nothing; IPv4 addresses are scarce and kept whole.
"""

from __future__ import annotations

import ipaddress

#: How many leading bits of an IPv6 address name the network one host may hold.
IPV6_NETWORK_BITS = 64


def network_of(address: str) -> str:
    """Return the network ``address`` counts as: an IPv6 address's ``/64``, an IPv4 address
    itself (also when written IPv4-mapped, ``::ffff:192.0.2.1``); anything else unchanged.

    >>> network_of("2001:db8:1:2:aaaa::1")
    '2001:db8:1:2::/64'
    """
    try:
        parsed = ipaddress.ip_address(address.split("%", 1)[0])  # drop a zone (fe80::1%eth0)
    except ValueError:
        return address
    if isinstance(parsed, ipaddress.IPv6Address):
        if parsed.ipv4_mapped is not None:
            return str(parsed.ipv4_mapped)
        network = ipaddress.IPv6Network((parsed, IPV6_NETWORK_BITS), strict=False)
        return str(network)
    return str(parsed)
