"""Tests of the MCP server: in-process, over stdio and over Streamable HTTP."""
