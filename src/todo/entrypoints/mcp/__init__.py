"""The MCP door: the assistant tools over stdio (``todo mcp``) and Streamable HTTP (``/mcp/``).

Nothing is imported here, so that importing the package costs nothing: the MCP SDK is loaded by
:mod:`todo.entrypoints.mcp.server` and :mod:`todo.entrypoints.mcp.http` only.
"""
