"""The event bus: the protocol every door and worker uses, the in-process bus, the FastStream
bus with one module per broker family, and the factory that opens the one a URL names.
"""
