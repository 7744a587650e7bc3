"""The assistant: a chat turn, the offline engine, and the task tools it shares with MCP.

``tools`` defines each tool once (the MCP server offers the same ones), ``tool_views`` what
they return, ``tool_runner`` runs one by name for a chat engine; ``turn`` is one chat turn
with its history, ``offline`` the rules engine, ``conversations`` the stored conversations.
"""
